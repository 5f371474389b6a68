package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static dev.seamgen.runtime.core.Fixtures.KEY;
import static dev.seamgen.runtime.core.Fixtures.READ;
import static dev.seamgen.runtime.core.Fixtures.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ResponseTooLargeException;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.core.TestServer.Answer;
import dev.seamgen.runtime.core.response.ErrorMapper;
import dev.seamgen.runtime.core.transport.RecordingSleeper;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Without the bounds these calls would wait forever: the timeout turns that into a failure. */
@Timeout(20)
class BoundedBodyTest {
  private static final ResponseReader<JsonObject> THING =
      ResponseReader.field("thing", JsonObject.class);
  private static final long MB = 1 << 20;

  private final TestServer server = new TestServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  BoundedBodyTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiCore core(int maxRetries) {
    return ApiCore.create(
        ClientOptions.builder(AUTH)
            .endpoint(server.url())
            .maxRetries(maxRetries)
            .timeout(Duration.ofMillis(400))
            .sleeper(sleeper)
            .environment(Map.of())
            .credential("apiKey", KEY)
            .build());
  }

  @Test
  void aBodyThatStallsAfterTheHeadersTimesOutAndAReadIsRetried() {
    server.answer(Answer.stallAfterHeaders("{\"thing\":"), Answer.ok("{\"thing\":{\"a\":1}}"));
    long start = System.nanoTime();

    Map<?, ?> thing = core(1).call(READ, WireRequest.empty(), RequestOptions.none(), THING);

    assertEquals(Map.of("a", 1), thing);
    assertEquals(2, server.requestCount());
    assertEquals(1, sleeper.slept.size(), "the stalled attempt counts as a transient failure");
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void aStalledBodyFailsWithTheTimeoutOnceRetriesRunOut() {
    server.answer(Answer.stallAfterHeaders("{\"thing\":"));

    ConnectionException e =
        assertThrows(
            ConnectionException.class,
            () -> core(0).call(READ, WireRequest.empty(), RequestOptions.none(), THING));

    assertTrue(
        e.getMessage()
            .startsWith(
                "things.get to 127.0.0.1 failed after 1 attempt: " + "HttpTimeoutException"),
        e.getMessage());
    assertTrue(e.getMessage().contains("400 ms"), e.getMessage());
  }

  @Test
  void aStalledBodyOfAWriteIsNotRetried() {
    server.answer(Answer.stallAfterHeaders("{"));

    assertThrows(
        ConnectionException.class,
        () -> core(2).call(WRITE, WireRequest.empty(), RequestOptions.none(), THING));

    assertEquals(1, server.requestCount());
  }

  @Test
  void anAsyncCallTimesOutOnAStalledBodyToo() {
    server.answer(Answer.stallAfterHeaders("{\"thing\":"));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                core(0)
                    .callAsync(READ, WireRequest.empty(), RequestOptions.none(), THING)
                    .get(10, TimeUnit.SECONDS));

    assertInstanceOf(ConnectionException.class, e.getCause());
    assertInstanceOf(HttpTimeoutException.class, e.getCause().getCause());
  }

  @Test
  void aStreamedAnswerOverTheLimitFailsNamingItAndIsNotRetried() {
    server.answer(Answer.filler(200, 5000, false));

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class,
            () ->
                core(2)
                    .call(
                        READ,
                        WireRequest.empty(),
                        RequestOptions.builder().maxResponseBytes(1000).build(),
                        THING));

    assertEquals(
        "things.get: the answer is longer than the limit of 1000 bytes; raise it with "
            + "maxResponseBytes(...) on the client or in RequestOptions",
        e.getMessage());
    assertEquals(1000, e.limit());
    assertEquals(1, server.requestCount());
  }

  @Test
  void anAnnouncedLengthOverTheLimitFailsBeforeAnyOfItIsRead() {
    server.answer(Answer.filler(200, 600 * MB, true));
    long start = System.nanoTime();

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class,
            () -> core(0).call(READ, WireRequest.empty(), RequestOptions.none(), THING));

    assertTrue(
        e.getMessage()
            .startsWith(
                "things.get: the answer announces 629145600 bytes, more "
                    + "than the limit of 67108864 bytes"),
        e.getMessage());
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void aClientLimitAppliesToAsyncCalls() {
    server.answer(Answer.filler(200, 3000, false));
    ApiCore core =
        ApiCore.create(
            ClientOptions.builder(AUTH)
                .endpoint(server.url())
                .maxResponseBytes(2000)
                .environment(Map.of())
                .credential("apiKey", KEY)
                .build());

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                core.callAsync(READ, WireRequest.empty(), RequestOptions.none(), THING)
                    .get(10, TimeUnit.SECONDS));

    assertInstanceOf(ResponseTooLargeException.class, e.getCause());
  }

  @Test
  void aHugeErrorBodyIsCutAndStillGivesTheStatus() {
    server.answer(Answer.filler(503, 100 * MB, false));

    ServerException e =
        assertThrows(
            ServerException.class,
            () -> core(0).call(READ, WireRequest.empty(), RequestOptions.none(), THING));

    assertEquals(503, e.statusCode());
    assertEquals(ErrorMapper.MAX_RAW_BODY, e.rawBody().length());
  }

  @Test
  void anAnswerWithinTheLimitIsReadWhole() {
    String body = "{\"thing\":{\"text\":\"" + "x".repeat(5000) + "\"}}";
    server.answer(Answer.ok(body));

    Map<?, ?> thing =
        core(0)
            .call(
                READ,
                WireRequest.empty(),
                RequestOptions.builder().maxResponseBytes(body.length()).build(),
                THING);

    assertEquals(5000, ((String) thing.get("text")).length());
  }

  /**
   * The case: a 600 MB answer to a client in a 256 MB heap. Without a limit the HTTP
   * client's threads run out of memory and the caller waits forever, so this runs in a JVM of its
   * own, which must end promptly with the size error.
   */
  @Test
  @Timeout(90)
  void aSixHundredMegabyteAnswerInA256MegabyteHeapFailsPromptly() throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                HugeAnswer.class.getName())
            .redirectErrorStream(true)
            .start();
    boolean ended = child.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly();
    }
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertTrue(ended, "the call did not end within 60 s: " + output);
    assertTrue(
        output.contains(
            "ResponseTooLargeException: things.get: the answer is longer "
                + "than the limit of 67108864 bytes"),
        output);
    assertEquals(0, child.exitValue(), output);
  }

  /** Run by the test above in a 256 MB JVM: serves 600 MB, chunked, and calls it. */
  static final class HugeAnswer {
    public static void main(String[] args) throws IOException {
      try (TestServer server = new TestServer()) {
        server.answer(Answer.filler(200, 600 * MB, false));
        ApiCore core =
            ApiCore.create(
                ClientOptions.builder(AUTH)
                    .endpoint(server.url())
                    .maxRetries(0)
                    .environment(Map.of())
                    .credential("apiKey", KEY)
                    .build());
        long start = System.nanoTime();
        try {
          core.call(READ, WireRequest.empty(), RequestOptions.none(), THING);
          System.out.println("no failure");
          System.exit(1);
        } catch (ApiException | ConnectionException e) {
          System.out.println("wrong failure: " + e);
          System.exit(1);
        } catch (ResponseTooLargeException e) {
          System.out.println(
              e + " after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        }
      }
      System.exit(0);
    }

    private HugeAnswer() {}
  }
}
