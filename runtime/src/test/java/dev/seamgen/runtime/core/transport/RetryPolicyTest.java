package dev.seamgen.runtime.core.transport;

import static dev.seamgen.runtime.core.Fixtures.NOW;
import static dev.seamgen.runtime.core.Fixtures.READ;
import static dev.seamgen.runtime.core.Fixtures.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
  private final RetryPolicy policy = new RetryPolicy(Clock.fixed(NOW, ZoneOffset.UTC));

  private static HttpHeaders none() {
    return HttpHeaders.of(Map.of(), (a, b) -> true);
  }

  private static HttpHeaders retryAfter(String value) {
    return HttpHeaders.of(Map.of("Retry-After", List.of(value)), (a, b) -> true);
  }

  private static String httpDate(long secondsFromNow) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.ofInstant(NOW.plusSeconds(secondsFromNow), ZoneOffset.UTC));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504, 599})
  void aReadIsRetriedOnTransientStatuses(int status) {
    assertTrue(policy.afterStatus(READ, status, none(), 0).isPresent());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void noCallIsRetriedOnClientErrors(int status) {
    assertEquals(Optional.empty(), policy.afterStatus(READ, status, none(), 0));
    assertEquals(Optional.empty(), policy.afterStatus(WRITE, status, retryAfter("1"), 0));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void aWriteIsNotRetriedWhereTheServerMayHaveActed(int status) {
    assertEquals(Optional.empty(), policy.afterStatus(WRITE, status, none(), 0));
  }

  @Test
  void aWriteIsRetriedOn429AndOn503WithRetryAfter() {
    assertTrue(policy.afterStatus(WRITE, 429, none(), 0).isPresent());
    assertEquals(
        Optional.of(Duration.ofSeconds(2)), policy.afterStatus(WRITE, 503, retryAfter("2"), 0));
  }

  @Test
  void retryAfterReplacesTheBackoff() {
    assertEquals(
        Optional.of(Duration.ofSeconds(3)), policy.afterStatus(READ, 500, retryAfter("3"), 4));
  }

  @Test
  void retryAfterIsReadInSecondsOrAsAnHttpDate() {
    assertEquals(Optional.of(Duration.ofSeconds(5)), policy.retryAfter(retryAfter(" 5 ")));
    assertEquals(Optional.of(Duration.ZERO), policy.retryAfter(retryAfter("0")));
    assertEquals(Optional.of(Duration.ofSeconds(7)), policy.retryAfter(retryAfter(httpDate(7))));
    assertEquals(
        Optional.of(Duration.ZERO),
        policy.retryAfter(retryAfter(httpDate(-30))),
        "a date in the past means now");
  }

  @Test
  void retryAfterIsCappedAtAMinute() {
    assertEquals(Optional.of(Duration.ofSeconds(60)), policy.retryAfter(retryAfter("3600")));
    assertEquals(
        Optional.of(Duration.ofSeconds(60)), policy.retryAfter(retryAfter(httpDate(7200))));
  }

  @Test
  void anUnreadableRetryAfterFallsBackToBackoff() {
    assertEquals(Optional.empty(), policy.retryAfter(retryAfter("soon")));
    assertEquals(Optional.empty(), policy.retryAfter(retryAfter("-3")));
    assertEquals(Optional.empty(), policy.retryAfter(retryAfter("")));
    assertEquals(Optional.empty(), policy.retryAfter(none()));
    Duration wait = policy.afterStatus(READ, 503, retryAfter("soon"), 0).orElseThrow();
    assertTrue(wait.toMillis() >= 375 && wait.toMillis() <= 500, wait.toString());
  }

  @Test
  void backoffDoublesFromHalfASecondUpToEightSecondsLessAtMostAQuarterOfJitter() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    RetryPolicy noJitter = new RetryPolicy(clock, () -> 0.0);
    RetryPolicy mostJitter = new RetryPolicy(clock, () -> 1.0);

    assertEquals(Duration.ofMillis(500), noJitter.backoff(0));
    assertEquals(Duration.ofMillis(1000), noJitter.backoff(1));
    assertEquals(Duration.ofMillis(2000), noJitter.backoff(2));
    assertEquals(Duration.ofMillis(8000), noJitter.backoff(4));
    assertEquals(Duration.ofMillis(8000), noJitter.backoff(1000));
    assertEquals(Duration.ofMillis(375), mostJitter.backoff(0));
    assertEquals(Duration.ofMillis(6000), mostJitter.backoff(10));
  }

  @Test
  void aReadIsRetriedAfterAnyFailureAndAWriteOnlyWhenNothingWasSent() {
    IOException reset = new IOException("connection reset");
    HttpTimeoutException timeout = new HttpTimeoutException("request timed out");
    assertTrue(policy.afterFailure(READ, reset, 0).isPresent());
    assertTrue(policy.afterFailure(READ, timeout, 0).isPresent());

    assertEquals(Optional.empty(), policy.afterFailure(WRITE, reset, 0));
    assertEquals(Optional.empty(), policy.afterFailure(WRITE, timeout, 0));
    assertTrue(policy.afterFailure(WRITE, new ConnectException("refused"), 0).isPresent());
    assertTrue(
        policy.afterFailure(WRITE, new HttpConnectTimeoutException("connect"), 0).isPresent());
    assertTrue(
        policy.afterFailure(WRITE, new IOException(new ConnectException("refused")), 0).isPresent(),
        "a wrapped refusal still counts");
  }
}
