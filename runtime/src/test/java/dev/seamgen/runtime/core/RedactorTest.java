package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static dev.seamgen.runtime.core.Fixtures.KEY;
import static dev.seamgen.runtime.core.Fixtures.READ;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ResponseDecodingException;
import dev.seamgen.runtime.SdkException;
import dev.seamgen.runtime.core.TestServer.Answer;
import dev.seamgen.runtime.core.transport.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private static final ResponseReader<JsonObject> THING =
      ResponseReader.field("thing", JsonObject.class);
  private static final Redactor REDACTOR = new Redactor(List.of("seam_short", "seam_short_long"));

  private final TestServer server = new TestServer();

  RedactorTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiCore core() {
    return ApiCore.create(
        ClientOptions.builder(AUTH)
            .endpoint(server.url())
            .maxRetries(0)
            .environment(Map.of())
            .credential("apiKey", KEY)
            .build());
  }

  /** The exception's message, text, stack trace and causes, all as a log would show them. */
  private static String everythingShown(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return failure + "\n" + trace;
  }

  @Test
  void aLearnedTokenIsRedactedFromThenOnAndOnlyTheLatestAreKept() {
    Redactor redactor = new Redactor(List.of("fixed_secret"));
    assertEquals("tok_1", redactor.redact("tok_1"));

    redactor.learn("tok_1");
    assertEquals("[REDACTED] [REDACTED]", redactor.redact("tok_1 fixed_secret"));

    for (int i = 2; i <= Redactor.MAX_LEARNED + 1; i++) {
      redactor.learn("tok_" + i);
    }
    assertEquals("tok_1", redactor.redact("tok_1"), "the oldest token was forgotten");
    assertEquals("[REDACTED]", redactor.redact("tok_" + (Redactor.MAX_LEARNED + 1)));
    assertEquals("[REDACTED]", redactor.redact("fixed_secret"), "fixed values stay");
  }

  @Test
  void textLosesEveryValueTheLongestFirst() {
    assertEquals("a [REDACTED] b [REDACTED]", REDACTOR.redact("a seam_short_long b seam_short"));
    assertNull(REDACTOR.redact(null));
    assertTrue(REDACTOR.reveals("x seam_short"));
    assertFalse(REDACTOR.reveals("seam_shor"));
  }

  @Test
  void aJsonBodyStaysJsonAndEscapedKeysAreFoundToo() {
    byte[] body =
        ("{\"error\":{\"message\":\"bad key \\u0073eam_short\","
                + "\"seam_short\":[\"seam_short\",1]}}")
            .getBytes(StandardCharsets.UTF_8);

    assertEquals(
        "{\"error\":{\"message\":\"bad key [REDACTED]\"," + "\"[REDACTED]\":[\"[REDACTED]\",1]}}",
        new String(REDACTOR.redactBody(Json.mapper(), body), StandardCharsets.UTF_8));
  }

  @Test
  void aBodyWithoutSecretsIsKeptAsItIs() {
    byte[] body = "{ \"error\" : \"spaced\" }".getBytes(StandardCharsets.UTF_8);
    assertSame(body, REDACTOR.redactBody(Json.mapper(), body));
    byte[] html = "<p>Bad gateway</p>".getBytes(StandardCharsets.UTF_8);
    assertSame(html, REDACTOR.redactBody(Json.mapper(), html));
  }

  @Test
  void anyOtherBodyIsRedactedAsText() {
    assertArrayEquals(
        "<p>key [REDACTED]</p>".getBytes(StandardCharsets.UTF_8),
        REDACTOR.redactBody(
            Json.mapper(), "<p>key seam_short</p>".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void headersAndCausesAreCheckedToo() {
    HttpHeaders headers =
        HttpHeaders.of(Map.of("seam-request-id", List.of("seam_short")), (name, value) -> true);
    assertEquals(
        List.of("[REDACTED]"), REDACTOR.redactHeaders(headers).allValues("seam-request-id"));
    IOException quiet = new IOException("reset");
    assertSame(quiet, REDACTOR.safeCause(quiet));
    assertNull(REDACTOR.safeCause(new IOException("wrapped", new IOException("seam_short"))));
  }

  @Test
  void anErrorBodyAndRequestIdThatEchoTheKeyDoNotPutItInTheException() {
    server.answer(
        Answer.json(
                401,
                "{\"error\":{\"type\":\"invalid_api_key\","
                    + "\"message\":\"Key "
                    + KEY
                    + " is not valid\",\"key\":\""
                    + KEY
                    + "\"}}")
            .withHeader("x-request-id", "req-" + KEY));

    ApiException e =
        assertThrows(
            ApiException.class,
            () -> core().call(READ, WireRequest.empty(), RequestOptions.none(), THING));

    assertEquals(
        "401 invalid_api_key: Key [REDACTED] is not valid (request req-[REDACTED])",
        e.getMessage());
    String shown = everythingShown(e) + e.errorMessage() + e.rawBody() + e.body() + e.requestId();
    assertFalse(shown.contains(KEY), shown);
    assertEquals("[REDACTED]", e.body().path("error").path("key").asText());
  }

  @Test
  void aNonJsonErrorPageThatEchoesTheKeyIsRedacted() {
    server.answer(Answer.raw(502, "text/html", "<h1>Bad gateway</h1> Bearer " + KEY));

    ApiException e =
        assertThrows(
            ApiException.class,
            () -> core().call(READ, WireRequest.empty(), RequestOptions.none(), THING));

    String shown = everythingShown(e) + e.rawBody();
    assertFalse(shown.contains(KEY), shown);
    assertTrue(e.getMessage().contains("Bearer [REDACTED]"), e.getMessage());
  }

  @Test
  void aSuccessfulAnswerThatQuotesTheKeyBadlyDoesNotPutItInTheDecodingError() {
    server.answer(Answer.ok("{\"thing\": " + KEY + "}"), Answer.ok("{\"thing\": \"" + KEY + "\"}"));

    ResponseDecodingException notJson =
        assertThrows(
            ResponseDecodingException.class,
            () -> core().call(READ, WireRequest.empty(), RequestOptions.none(), THING));
    ResponseDecodingException wrongShape =
        assertThrows(
            ResponseDecodingException.class,
            () -> core().call(READ, WireRequest.empty(), RequestOptions.none(), THING));

    for (SdkException e : List.of(notJson, wrongShape)) {
      String shown = everythingShown(e);
      assertFalse(shown.contains(KEY), shown);
      assertTrue(e.getMessage().contains("[REDACTED]"), e.getMessage());
    }
  }

  @Test
  void asyncCallsRedactTheSameWay() {
    server.answer(Answer.json(403, "{\"error\":{\"message\":\"" + KEY + "\"}}"));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> core().callAsync(READ, WireRequest.empty(), RequestOptions.none(), THING).get());

    String shown = everythingShown(e.getCause());
    assertFalse(shown.contains(KEY), shown);
  }
}
