package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.NOW;
import static dev.seamgen.runtime.core.Fixtures.READ;
import static dev.seamgen.runtime.core.Fixtures.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.NotFoundException;
import dev.seamgen.runtime.RateLimitException;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.core.TestServer.Answer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryingTransportTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Duration FAST = Duration.ofMillis(250);

  private final TestServer server = new TestServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  RetryingTransportTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  private RetryingTransport transport(Sleeper sleeper) {
    RetryPolicy policy = new RetryPolicy(Clock.fixed(NOW, ZoneOffset.UTC));
    return new RetryingTransport(
        CLIENT,
        policy,
        sleeper,
        new ErrorMapper(Json.mapper(), policy, ErrorFormat.seam(), "seam-request-id"),
        Redactor.NONE,
        (endpoint, request) -> request,
        (endpoint, request) -> false);
  }

  private static HttpRequest request(String base) {
    return HttpRequest.newBuilder(URI.create(base + "/things"))
        .timeout(FAST)
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build();
  }

  private HttpResponse<byte[]> send(Endpoint endpoint, int maxRetries) {
    return transport(sleeper).send(endpoint, request(server.url()), limits(maxRetries));
  }

  private static CallLimits limits(int maxRetries) {
    return new CallLimits(
        maxRetries,
        FAST,
        ClientOptions.DEFAULT_MAX_RESPONSE_BYTES,
        ClientOptions.DEFAULT_TOTAL_TIMEOUT,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Answer status(int status) {
    return Answer.json(status, "{\"error\":{\"type\":\"e" + status + "\",\"message\":\"m\"}}");
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void aReadIsRetriedOnTransientStatuses(int status) {
    server.answer(status(status), Answer.ok("{}"));

    assertEquals(200, send(READ, 2).statusCode());
    assertEquals(2, server.requestCount());
    assertEquals(1, sleeper.slept.size());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void clientErrorsAreNeverRetried(int status) {
    server.answer(status(status), Answer.ok("{}"));

    ApiException e = assertThrows(ApiException.class, () -> send(READ, 2));
    assertEquals(status, e.statusCode());
    assertEquals("e" + status, e.errorType());
    assertEquals(1, server.requestCount());
    assertEquals(List.of(), sleeper.slept);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void aWriteIsNotRetriedWhenTheServerMayHaveActed(int status) {
    server.answer(status(status), Answer.ok("{}"));

    assertEquals(status, assertThrows(ApiException.class, () -> send(WRITE, 2)).statusCode());
    assertEquals(1, server.requestCount());
    assertEquals(List.of(), sleeper.slept);
  }

  @Test
  void aWriteIsRetriedOn429AndOn503WithRetryAfter() {
    server.answer(status(429), status(503).withHeader("Retry-After", "1"), Answer.ok("{}"));

    assertEquals(200, send(WRITE, 2).statusCode());
    assertEquals(3, server.requestCount());
    long backoff = sleeper.slept.get(0).toMillis();
    assertTrue(backoff >= 375 && backoff <= 500, "first backoff " + backoff);
    assertEquals(Duration.ofSeconds(1), sleeper.slept.get(1));
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    server.answer(status(429).withHeader("Retry-After", "3"), Answer.ok("{}"));

    send(READ, 1);

    assertEquals(List.of(Duration.ofSeconds(3)), sleeper.slept);
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredAgainstTheClock() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(NOW.plusSeconds(7), ZoneOffset.UTC));
    server.answer(status(503).withHeader("Retry-After", date), Answer.ok("{}"));

    send(READ, 1);

    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.slept);
  }

  @Test
  void aLongRetryAfterIsCapped() {
    server.answer(status(429).withHeader("Retry-After", "86400"), Answer.ok("{}"));

    send(WRITE, 1);

    assertEquals(List.of(Duration.ofSeconds(60)), sleeper.slept);
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastError() {
    server.answer(
        status(500), status(502), status(429).withHeader("Retry-After", "2"), Answer.ok("{}"));

    RateLimitException e = assertThrows(RateLimitException.class, () -> send(READ, 2));

    assertEquals("e429", e.errorType());
    assertEquals(3, server.requestCount());
    assertEquals(2, sleeper.slept.size(), "no wait after the last attempt");
  }

  @Test
  void zeroRetriesMeansOneAttempt() {
    server.answer(status(503), Answer.ok("{}"));

    assertThrows(ServerException.class, () -> send(READ, 0));
    assertEquals(1, server.requestCount());
  }

  @Test
  void aRefusedConnectionIsRetriedForReadsAndWrites() throws IOException {
    String refusing = TestServer.refusingUrl();
    for (Endpoint endpoint : List.of(READ, WRITE)) {
      sleeper.slept.clear();

      ConnectionException e =
          assertThrows(
              ConnectionException.class,
              () -> transport(sleeper).send(endpoint, request(refusing), limits(2)));

      assertEquals(2, sleeper.slept.size(), endpoint.toString());
      assertTrue(
          e.getMessage()
              .startsWith(
                  endpoint.name() + " to 127.0.0.1 failed after 3 " + "attempts: ConnectException"),
          e.getMessage());
      assertInstanceOf(ConnectException.class, e.getCause());
    }
  }

  @Test
  void aTimedOutReadIsRetried() {
    server.answer(Answer.ok("{\"late\":true}").delayed(10_000), Answer.ok("{\"late\":false}"));

    HttpResponse<byte[]> response = send(READ, 1);

    assertEquals("{\"late\":false}", new String(response.body()));
    assertEquals(1, sleeper.slept.size());
  }

  @Test
  void aTimedOutWriteIsNotRetried() {
    server.answer(Answer.ok("{}").delayed(10_000), Answer.ok("{}"));

    ConnectionException e = assertThrows(ConnectionException.class, () -> send(WRITE, 2));

    assertTrue(
        e.getMessage().contains("failed after 1 attempt: HttpTimeoutException"), e.getMessage());
    assertInstanceOf(HttpTimeoutException.class, e.getCause());
    assertEquals(1, server.requestCount());
    assertEquals(List.of(), sleeper.slept);
  }

  @Test
  void aDroppedConnectionIsRetriedForAReadOnly() {
    server.answer(Answer.hangUp(), Answer.ok("{}"));
    assertEquals(200, send(READ, 1).statusCode());

    server.answer(Answer.hangUp(), Answer.ok("{}"));
    assertThrows(ConnectionException.class, () -> send(WRITE, 1));
    assertEquals(3, server.requestCount());
  }

  @Test
  void asyncRetriesAreScheduledThroughTheSleeper() {
    server.answer(status(503), status(429).withHeader("Retry-After", "4"), Answer.ok("{}"));

    HttpResponse<byte[]> response =
        transport(sleeper).sendAsync(READ, request(server.url()), limits(2)).join();

    assertEquals(200, response.statusCode());
    assertEquals(List.of(), sleeper.slept, "no thread slept");
    assertEquals(2, sleeper.delayed.size());
    assertEquals(Duration.ofSeconds(4), sleeper.delayed.get(1));
  }

  @Test
  void asyncFailuresAreTheSameExceptions() throws IOException {
    server.answer(status(404), status(500), Answer.ok("{}"));
    RetryingTransport transport = transport(sleeper);

    ExecutionException notFound =
        assertThrows(
            ExecutionException.class,
            () -> transport.sendAsync(READ, request(server.url()), limits(2)).get());
    assertInstanceOf(NotFoundException.class, notFound.getCause());

    ExecutionException server500 =
        assertThrows(
            ExecutionException.class,
            () -> transport.sendAsync(WRITE, request(server.url()), limits(2)).get());
    assertInstanceOf(ServerException.class, server500.getCause());
    assertEquals(2, server.requestCount(), "the write was not retried");

    ExecutionException refused =
        assertThrows(
            ExecutionException.class,
            () -> transport.sendAsync(WRITE, request(TestServer.refusingUrl()), limits(1)).get());
    assertInstanceOf(ConnectionException.class, refused.getCause());
    assertEquals(1, sleeper.delayed.size(), "a refused write is retried");
  }

  @Test
  void anInterruptedWaitStopsRetrying() {
    server.answer(status(503), Answer.ok("{}"));
    Sleeper interrupted =
        duration -> {
          throw new InterruptedException();
        };

    ConnectionException e =
        assertThrows(
            ConnectionException.class,
            () -> transport(interrupted).send(READ, request(server.url()), limits(2)));

    assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here)");
  }
}
