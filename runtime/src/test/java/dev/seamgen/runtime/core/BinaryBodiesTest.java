package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static dev.seamgen.runtime.core.Fixtures.KEY;
import static dev.seamgen.runtime.core.Fixtures.NOW;
import static dev.seamgen.runtime.core.Fixtures.READ;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ApiResponse;
import dev.seamgen.runtime.Download;
import dev.seamgen.runtime.FilePart;
import dev.seamgen.runtime.NotFoundException;
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
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binary and text request bodies, text answers and streamed downloads, against a local server. */
class BinaryBodiesTest {
  private final TestServer server = new TestServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  BinaryBodiesTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiCore core(int maxRetries) {
    return ApiCore.create(
        ClientOptions.builder(AUTH)
            .endpoint(server.url())
            .credential("apiKey", KEY)
            .maxRetries(maxRetries)
            .sleeper(sleeper)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .environment(Map.of())
            .build());
  }

  private static WireRequest binary(FilePart content, String mediaType) {
    return WireRequest.builder().binaryBody(content, mediaType).build();
  }

  @Test
  void aBinaryBodyIsSentWithTheSpecsMediaType(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.pdf");
    Files.writeString(file, "%PDF-1.7 body");
    server.answer(Answer.ok("{}"));

    core(0)
        .call(
            READ,
            binary(FilePart.of(file), "application/pdf"),
            RequestOptions.none(),
            ResponseReader.none());

    Received received = server.received().get(0);
    assertEquals("%PDF-1.7 body", received.body);
    assertEquals("application/pdf", received.header("Content-Type"));
    assertNull(received.header("Accept"), "an answer that is ignored asks for nothing");
  }

  @Test
  void aWildcardMediaTypeSendsTheContentsOwnTypeElseOctetStream() {
    server.answer(Answer.ok("{}"), Answer.ok("{}"));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    ApiCore core = core(0);

    core.call(
        READ,
        binary(FilePart.of(png, "dog.png").withContentType("image/png"), "image/*"),
        RequestOptions.none(),
        ResponseReader.none());
    core.call(
        READ,
        binary(FilePart.of(png, "dog"), "image/*"),
        RequestOptions.none(),
        ResponseReader.none());

    assertEquals("image/png", server.received().get(0).header("Content-Type"));
    assertEquals("application/octet-stream", server.received().get(1).header("Content-Type"));
  }

  @Test
  void aStreamedBodyIsSentOnceAndNeverRetried() {
    server.answer(Answer.json(503, "{}"), Answer.ok("{}"));
    WireRequest request =
        binary(
            FilePart.of(new ByteArrayInputStream("once".getBytes(StandardCharsets.UTF_8)), "x"),
            "application/octet-stream");

    assertThrows(
        ServerException.class,
        () -> core(3).call(READ, request, RequestOptions.none(), ResponseReader.none()));
    assertEquals(1, server.requestCount());
    assertEquals("once", server.received().get(0).body);
  }

  @Test
  void aTextBodyIsSentInUtf8() {
    server.answer(Answer.ok("{}"), Answer.ok("{}"));
    ApiCore core = core(0);

    core.call(
        READ,
        WireRequest.builder().textBody("grüße", "text/plain").build(),
        RequestOptions.none(),
        ResponseReader.none());
    core.call(
        READ,
        WireRequest.builder().textBody("a,b", "text/csv; charset=utf-8").build(),
        RequestOptions.none(),
        ResponseReader.none());

    assertEquals("grüße", server.received().get(0).body);
    assertEquals("text/plain; charset=UTF-8", server.received().get(0).header("Content-Type"));
    assertEquals("text/csv; charset=utf-8", server.received().get(1).header("Content-Type"));
  }

  @Test
  void aTextBodyIsWrittenInTheCharsetItsMediaTypeNames() {
    server.answer(Answer.ok("{}"), Answer.ok("{}"));
    ApiCore core = core(0);

    core.call(
        READ,
        WireRequest.builder().textBody("caf\u00e9", "text/plain; charset=ISO-8859-1").build(),
        RequestOptions.none(),
        ResponseReader.none());
    core.call(
        READ,
        WireRequest.builder().textBody("x", "text/plain; charset=no-such-charset").build(),
        RequestOptions.none(),
        ResponseReader.none());

    // The test server reads bodies as UTF-8: Latin-1's lone byte for é is not valid UTF-8.
    assertEquals("caf\ufffd", server.received().get(0).body);
    assertEquals("text/plain; charset=ISO-8859-1", server.received().get(0).header("Content-Type"));
    assertEquals("text/plain; charset=UTF-8", server.received().get(1).header("Content-Type"));
  }

  @Test
  void aRequestHasOneBody() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> WireRequest.builder().textBody("a", "text/plain").jsonBody(Map.of()));
    assertEquals("a request has one body: it is already TEXT, not JSON", e.getMessage());
  }

  @Test
  void aTextAnswerIsReadInItsCharset() {
    server.answer(
        Answer.raw(200, "text/plain; charset=ISO-8859-1", "caf\u00e9"),
        Answer.raw(200, "text/plain", "plain"));
    ApiCore core = core(0);

    ApiResponse<String> latin =
        core.callRaw(READ, WireRequest.empty(), RequestOptions.none(), ResponseReader.text());
    assertEquals(
        "plain",
        core.call(READ, WireRequest.empty(), RequestOptions.none(), ResponseReader.text()));

    // The test server writes its bodies in UTF-8: two bytes for é, read as two Latin-1 chars.
    assertEquals("caf\u00c3\u00a9", latin.value());
    assertNull(server.received().get(0).header("Accept"), "a text answer does not ask for JSON");
  }

  @Test
  void aDownloadStreamsTheBodyWithItsTypeAndLength() throws IOException {
    server.answer(
        Answer.raw(200, "application/pdf", "%PDF").withHeader("seam-request-id", "req-9"));

    try (Download download = core(0).download(READ, WireRequest.empty(), RequestOptions.none())) {
      assertEquals(200, download.statusCode());
      assertEquals("application/pdf", download.contentType().orElseThrow());
      assertEquals(4, download.contentLength().getAsLong());
      assertArrayEquals("%PDF".getBytes(StandardCharsets.UTF_8), download.body().readAllBytes());
    }
  }

  @Test
  void aDownloadIsNotHeldToMaxResponseBytes() {
    server.answer(Answer.filler(200, 10_000, true));
    RequestOptions small = RequestOptions.builder().maxResponseBytes(100).build();

    try (Download download = core(0).download(READ, WireRequest.empty(), small)) {
      assertEquals(10_000, download.readAllBytes().length);
    }
  }

  @Test
  void aDownloadsErrorStatusThrowsWithTheErrorBody() {
    server.answer(
        Answer.json(404, "{\"error\":{\"type\":\"file_not_found\",\"message\":\"no file\"}}"));

    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () -> core(0).download(READ, WireRequest.empty(), RequestOptions.none()));
    assertTrue(e.rawBody().contains("file_not_found"), e.rawBody());
  }

  @Test
  void aDownloadIsRetriedLikeAnyCall() {
    server.answer(Answer.json(503, "{}"), Answer.raw(200, "application/octet-stream", "bytes"));

    try (Download download = core(1).download(READ, WireRequest.empty(), RequestOptions.none())) {
      assertEquals("bytes", new String(download.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertEquals(2, server.requestCount());
  }

  @Test
  void aDownloadOutlastsTheAttemptTimeoutOnceItsHeadersAreIn() throws IOException {
    server.answer(Answer.stallAfterHeaders("start"));
    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofMillis(200)).build();

    try (Download download = core(0).download(READ, WireRequest.empty(), quick)) {
      byte[] start = download.body().readNBytes(5);
      assertEquals("start", new String(start, StandardCharsets.UTF_8));
      // Well past the attempt's timeout, the stream is still open: nothing cut it.
      sleepPast(Duration.ofMillis(400));
      assertEquals(0, download.body().available());
    }
  }

  @Test
  void asyncDownloadsCompleteWithTheHeadersAndFailLikeCalls() throws Exception {
    server.answer(
        Answer.raw(200, "image/png", "png"),
        Answer.json(404, "{\"error\":{\"type\":\"x\",\"message\":\"y\"}}"));
    ApiCore core = core(0);

    ApiResponse<Download> raw =
        core.downloadRawAsync(READ, WireRequest.empty(), RequestOptions.none()).get();
    try (Download download = raw.value()) {
      assertEquals("png", new String(download.readAllBytes(), StandardCharsets.UTF_8));
    }
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> core.downloadAsync(READ, WireRequest.empty(), RequestOptions.none()).get());
    assertInstanceOf(NotFoundException.class, e.getCause());
    assertFalse(sleeper.delayed.size() > 0);
  }

  private static void sleepPast(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
