package dev.seamgen.runtime.core.transport;

import static dev.seamgen.runtime.core.Fixtures.NOW;
import static dev.seamgen.runtime.core.Fixtures.READ;
import static dev.seamgen.runtime.core.Fixtures.WRITE;
import static dev.seamgen.runtime.core.transport.ScriptedTransport.failure;
import static dev.seamgen.runtime.core.transport.ScriptedTransport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ResponseTooLargeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry wrapper over a scripted transport: no server, no waiting, exact waits (no jitter). */
class RetryingTransportTest {
  private final ScriptedTransport next = new ScriptedTransport();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final RetryingTransport retrying = retrying(sleeper);

  private RetryingTransport retrying(Sleeper sleeper) {
    return new RetryingTransport(
        next, new RetryPolicy(this.sleeper.clock(), () -> 0.0), sleeper, Redactor.NONE);
  }

  private Call<byte[]> call(Operation operation, int maxRetries) {
    return Call.of(
        operation,
        ScriptedTransport.request("Bearer t"),
        CallLimits.of(
            RequestOptions.builder()
                .maxRetries(maxRetries)
                .timeout(Duration.ofSeconds(30))
                .maxResponseBytes(1000)
                .totalTimeout(Duration.ofMinutes(2))
                .build(),
            RequestOptions.none(),
            true,
            sleeper.clock()),
        BodyMode.BUFFERED);
  }

  private List<Integer> attempts() {
    return next.calls.stream().map(Call::attempt).collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void aReadIsRetriedOnTransientStatusesAfterHalfASecond(int status) {
    next.then(status(status), status(200));

    assertEquals(200, retrying.send(call(READ, 2)).statusCode());
    assertEquals(List.of(0, 1), attempts());
    assertEquals(List.of(Duration.ofMillis(500)), sleeper.slept);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void aClientErrorIsGivenBackAtOnce(int status) {
    next.then(status(status), status(200));

    assertEquals(status, retrying.send(call(READ, 2)).statusCode());
    assertEquals(List.of(0), attempts());
    assertEquals(List.of(), sleeper.slept);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void aWriteIsNotRetriedWhenTheServerMayHaveActed(int status) {
    next.then(status(status), status(200));

    assertEquals(status, retrying.send(call(WRITE, 2)).statusCode());
    assertEquals(List.of(0), attempts());
  }

  @Test
  void aWriteIsRetriedOn429AndOn503WithRetryAfter() {
    next.then(status(429), status(503, "Retry-After", "1"), status(200));

    assertEquals(200, retrying.send(call(WRITE, 2)).statusCode());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), sleeper.slept);
  }

  @Test
  void waitsDoubleAndTheLastErrorIsGivenBackAfterMaxRetries() {
    next.then(status(500), status(502), status(503), status(200));

    assertEquals(503, retrying.send(call(READ, 2)).statusCode());
    assertEquals(List.of(0, 1, 2), attempts());
    assertEquals(
        List.of(Duration.ofMillis(500), Duration.ofSeconds(1)),
        sleeper.slept,
        "no wait after the last attempt");
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredAgainstTheClockAndLongOnesAreCapped() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(NOW.plusSeconds(7), ZoneOffset.UTC));
    next.then(status(503, "Retry-After", date), status(429, "Retry-After", "86400"), status(200));

    retrying.send(call(READ, 2));

    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(60)), sleeper.slept);
  }

  @Test
  void noRetryIsMadeWhoseWaitWouldPassTheTotalTimeout() {
    next.then(status(503, "Retry-After", "60"), status(503, "Retry-After", "60"), status(200));

    assertEquals(503, retrying.send(call(READ, 5)).statusCode());
    assertEquals(List.of(Duration.ofSeconds(60)), sleeper.slept, "a second wait ends at 2 min");
  }

  @Test
  void aRefusedConnectionIsRetriedEvenForAWriteThenReported() {
    next.then(
        failure(new ConnectException("refused")),
        failure(new ConnectException("refused")),
        failure(new ConnectException("refused")));

    ConnectionException e =
        assertThrows(ConnectionException.class, () -> retrying.send(call(WRITE, 2)));

    assertEquals(
        "things.update to api.example.com failed after 3 attempts: ConnectException: refused",
        e.getMessage());
    assertInstanceOf(ConnectException.class, e.getCause());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), sleeper.slept);
  }

  @Test
  void aTimedOutReadIsRetriedButATimedOutWriteIsNot() {
    next.then(failure(new HttpTimeoutException("late")), status(200));
    assertEquals(200, retrying.send(call(READ, 1)).statusCode());

    next.then(failure(new HttpTimeoutException("late")), status(200));
    ConnectionException e =
        assertThrows(ConnectionException.class, () -> retrying.send(call(WRITE, 1)));
    assertTrue(e.getMessage().endsWith("failed after 1 attempt: HttpTimeoutException: late"));
  }

  @Test
  void anAnswerTooLargeIsNeverAskedForAgain() {
    next.then(failure(new BoundedBody.TooLarge(1000, "passes")), status(200));

    ResponseTooLargeException e =
        assertThrows(ResponseTooLargeException.class, () -> retrying.send(call(READ, 2)));

    assertEquals(1000, e.limit());
    assertEquals(List.of(0), attempts());
  }

  @Test
  void asyncRetriesAreScheduledThroughTheSleeperWithoutSleeping() throws Exception {
    next.then(status(503), status(429, "Retry-After", "4"), status(200));

    HttpResponse<byte[]> response = retrying.sendAsync(call(READ, 2)).get();

    assertEquals(200, response.statusCode());
    assertEquals(List.of(), sleeper.slept, "no thread slept");
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(4)), sleeper.delayed);
  }

  @Test
  void asyncFailuresAreTheSameExceptions() {
    next.then(failure(new ConnectException("refused")), failure(new ConnectException("refused")));

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> retrying.sendAsync(call(WRITE, 1)).get());

    assertInstanceOf(ConnectionException.class, e.getCause());
    assertEquals(List.of(Duration.ofMillis(500)), sleeper.delayed);
  }

  @Test
  void anInterruptedWaitStopsRetrying() {
    next.then(status(503), status(200));
    Sleeper interrupted =
        duration -> {
          throw new InterruptedException();
        };

    ConnectionException e =
        assertThrows(ConnectionException.class, () -> retrying(interrupted).send(call(READ, 2)));

    assertEquals("things.get was interrupted while waiting to retry", e.getMessage());
    assertTrue(Thread.interrupted(), "the interrupt is kept");
    assertEquals(List.of(0), attempts());
  }

  @Test
  void theCredentialsNeverReachTheMessage() throws IOException {
    RetryingTransport redacting =
        new RetryingTransport(
            next,
            new RetryPolicy(sleeper.clock(), () -> 0.0),
            sleeper,
            new Redactor(List.of("sk_secret")));
    next.then(failure(new IOException("proxy refused key sk_secret")));

    ConnectionException e =
        assertThrows(ConnectionException.class, () -> redacting.send(call(WRITE, 0)));

    assertEquals(
        "things.update to api.example.com failed after 1 attempt: IOException: proxy refused key"
            + " [REDACTED]",
        e.getMessage());
  }
}
