package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static dev.seamgen.runtime.core.Fixtures.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.FilePart;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.core.TestServer.Answer;
import dev.seamgen.runtime.core.TestServer.Received;
import dev.seamgen.runtime.core.transport.RecordingSleeper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Form and multipart bodies as a server receives them, byte for byte. */
class MultipartBodyTest {
  private static final Endpoint UPLOAD = Endpoint.of("pet.upload", "POST", "/pet/{petId}", true);

  private final TestServer server = new TestServer();

  @TempDir Path dir;

  MultipartBodyTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiCore core(int maxRetries) {
    return ApiCore.create(
        ClientOptions.builder(AUTH)
            .endpoint(server.url())
            .maxRetries(maxRetries)
            .sleeper(new RecordingSleeper())
            .credential("apiKey", KEY)
            .environment(Map.of())
            .build());
  }

  private Received send(WireRequest request) {
    server.answer(Answer.raw(200, "application/json", "{}"));
    core(0).call(UPLOAD, request, RequestOptions.none(), ResponseReader.none());
    return server.received().get(server.received().size() - 1);
  }

  private static WireRequest.Builder pet() {
    return WireRequest.builder().path("petId", 7, ParameterStyle.SIMPLE, false);
  }

  /** The boundary the request's content type names. */
  private static String boundary(Received request) {
    String type = request.header("Content-Type");
    assertTrue(type.startsWith("multipart/form-data; boundary="), type);
    return type.substring("multipart/form-data; boundary=".length());
  }

  @Test
  void aFormIsPercentEncodedInEachFieldsStyle() {
    Map<String, Object> tags = new LinkedHashMap<>();
    tags.put("colour", "light brown");
    tags.put("size", 3);
    Received request =
        send(
            pet()
                .formField("name", "Rex & Co/ü+", ParameterStyle.FORM, true, false)
                .formField("status", null, ParameterStyle.FORM, true, false)
                .formField("ids", List.of(1, 2), ParameterStyle.FORM, true, false)
                .formField("codes", List.of("a b", "c"), ParameterStyle.FORM, false, false)
                .formField("tags", tags, ParameterStyle.DEEP_OBJECT, true, false)
                .formField("path", "a/b?c", ParameterStyle.FORM, true, true)
                .build());

    assertEquals("/pet/7", request.path);
    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    assertEquals(
        "name=Rex%20%26%20Co%2F%C3%BC%2B&ids=1&ids=2&codes=a%20b,c"
            + "&tags%5Bcolour%5D=light%20brown&tags%5Bsize%5D=3&path=a/b?c",
        request.body);
  }

  @Test
  void aFormWithEveryFieldNullIsAnEmptyForm() {
    Received request =
        send(pet().formField("name", null, ParameterStyle.FORM, true, false).build());

    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    assertEquals("", request.body);
  }

  @Test
  void partsAreTextJsonAndFilesFromAPathBytesAndAStream() throws IOException {
    Path file = Files.writeString(dir.resolve("dog.txt"), "woof\n");
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("id", 1);
    meta.put("tags", List.of("x"));
    Received request =
        send(
            pet()
                .part("name", "Rex \"the\" dog", null)
                .part("age", 3, null)
                .part("colours", List.of("red", "blue"), null)
                .part("meta", meta, null)
                .part("note", "plain", "text/markdown")
                .part("skipped", null, null)
                .part("photo", FilePart.of(file), null)
                .part("raw", FilePart.of("ab".getBytes(StandardCharsets.UTF_8), "a\"b.bin"), null)
                .part(
                    "stream",
                    FilePart.of(
                            new ByteArrayInputStream("streamed".getBytes(StandardCharsets.UTF_8)),
                            "s.csv")
                        .withContentType("text/csv"),
                    "image/png")
                .part("typed", FilePart.of("x".getBytes(StandardCharsets.UTF_8), "t"), "image/png")
                .build());

    String b = "--" + boundary(request);
    assertEquals(
        b
            + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nRex \"the\" dog\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"age\"\r\n\r\n3\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"colours\"\r\n\r\nred\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"colours\"\r\n\r\nblue\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n"
            + "Content-Type: application/json\r\n\r\n{\"id\":1,\"tags\":[\"x\"]}\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"note\"\r\n"
            + "Content-Type: text/markdown\r\n\r\nplain\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"dog.txt\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nwoof\n\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"raw\"; filename=\"a%22b.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nab\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"stream\"; filename=\"s.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\nstreamed\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"typed\"; filename=\"t\"\r\n"
            + "Content-Type: image/png\r\n\r\nx\r\n"
            + b
            + "--\r\n",
        request.body);
  }

  @Test
  void aListOfFilesIsOnePartPerFile() {
    Received request =
        send(
            pet()
                .part(
                    "files",
                    List.of(
                        FilePart.of(new byte[] {'1'}, "one"), FilePart.of(new byte[] {'2'}, "two")),
                    null)
                .build());

    String b = "--" + boundary(request);
    assertEquals(
        b
            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"one\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n1\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"two\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n2\r\n"
            + b
            + "--\r\n",
        request.body);
  }

  @Test
  void eachRequestHasItsOwnBoundary() {
    WireRequest request = pet().part("a", "1", null).build();

    String first = boundary(send(request));
    String second = boundary(send(request));

    assertNotEquals(first, second);
    assertTrue(first.length() >= 32, first);
  }

  @Test
  void aFileBodyIsSentAgainOnARetryButAStreamBodyIsNot() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "same");
    server.answer(Answer.json(503, "{}"), Answer.raw(200, "application/json", "{}"));

    core(1)
        .call(
            UPLOAD,
            pet().part("f", FilePart.of(file), null).build(),
            RequestOptions.none(),
            ResponseReader.none());

    assertEquals(2, server.requestCount());
    assertEquals(server.received().get(0).body, server.received().get(1).body);
    assertTrue(server.received().get(1).body.contains("\r\n\r\nsame\r\n"));

    server.answer(Answer.json(503, "{}"), Answer.raw(200, "application/json", "{}"));
    WireRequest streamed =
        pet().part("f", FilePart.of(new ByteArrayInputStream(new byte[] {1}), "f"), null).build();
    assertThrows(
        ServerException.class,
        () -> core(3).call(UPLOAD, streamed, RequestOptions.none(), ResponseReader.none()));
    assertEquals(3, server.requestCount());
  }

  @Test
  void aMissingFileFailsTheCallNamingIt() {
    Path missing = dir.resolve("missing.bin");
    WireRequest request = pet().part("f", FilePart.of(missing), null).build();

    Exception e =
        assertThrows(
            Exception.class,
            () -> core(0).call(UPLOAD, request, RequestOptions.none(), ResponseReader.none()));

    assertTrue(e.getMessage().contains("missing.bin"), e.getMessage());
  }

  @Test
  void aRequestHasOneKindOfBody() {
    WireRequest.Builder form = pet().formField("a", "1", ParameterStyle.FORM, true, false);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> form.part("b", "2", null));

    assertEquals("a request has one body: it is already FORM, not MULTIPART", e.getMessage());
  }
}
