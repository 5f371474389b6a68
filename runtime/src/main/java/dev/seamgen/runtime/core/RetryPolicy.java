package dev.seamgen.runtime.core;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides whether a failed attempt is retried, and after how long.
 *
 * <p>Reads are retried on any transient failure: connection problems, timeouts, 408, 429 and 5xx.
 * Writes are retried only where the server cannot have acted: 429, 503 with {@code Retry-After},
 * and connections that were refused or never opened. Waits grow exponentially with jitter, unless
 * the server says how long with {@code Retry-After} (seconds or an HTTP date).
 */
final class RetryPolicy {
  static final Duration BASE_DELAY = Duration.ofMillis(500);
  static final Duration MAX_DELAY = Duration.ofSeconds(8);
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private final Clock clock;

  RetryPolicy(Clock clock) {
    this.clock = clock;
  }

  /** The wait before retrying after status {@code status}, or empty to give up. */
  Optional<Duration> afterStatus(Endpoint endpoint, int status, HttpHeaders headers, int attempt) {
    Optional<Duration> retryAfter = retryAfter(headers);
    boolean retry =
        endpoint.isRetrySafe()
            ? status == 408 || status == 429 || status >= 500
            : status == 429 || (status == 503 && retryAfter.isPresent());
    if (!retry) {
      return Optional.empty();
    }
    return Optional.of(retryAfter.orElseGet(() -> backoff(attempt)));
  }

  /** The wait before retrying after {@code failure}, or empty to give up. */
  Optional<Duration> afterFailure(Endpoint endpoint, IOException failure, int attempt) {
    return endpoint.isRetrySafe() || neverSent(failure)
        ? Optional.of(backoff(attempt))
        : Optional.empty();
  }

  /**
   * Whether the connection was never opened, so the server cannot have seen the request. The HTTP
   * client sometimes wraps the cause, so the whole chain is searched.
   */
  static boolean neverSent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** 0.5 s, 1 s, 2 s ... up to 8 s, each shortened by up to a quarter at random. */
  static Duration backoff(int attempt) {
    long millis = Math.min(MAX_DELAY.toMillis(), BASE_DELAY.toMillis() << Math.min(attempt, 10));
    double jitter = 1 - ThreadLocalRandom.current().nextDouble() * 0.25;
    return Duration.ofMillis((long) (millis * jitter));
  }

  /** The server's {@code Retry-After}, in seconds or as an HTTP date, capped at a minute. */
  Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    Duration wait;
    try {
      long seconds = Long.parseLong(value.get());
      if (seconds < 0) {
        return Optional.empty();
      }
      wait = Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        wait = Duration.between(clock.instant(), at.toInstant());
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) {
      wait = Duration.ZERO;
    }
    return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
  }
}
