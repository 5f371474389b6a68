package dev.seamgen.runtime.core;

import dev.seamgen.runtime.RequestOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The limits of one call, from its own settings where it has them, else the client's; made when the
 * call starts, which starts its {@link #totalTimeout}.
 */
final class CallLimits {
  final int maxRetries;
  final long maxResponseBytes;
  final Duration totalTimeout;

  /** Whether the request can be sent again: its body is not read from a stream. */
  final boolean repeatable;

  private final Duration attemptTimeout;
  private final Clock clock;
  private final Instant deadline;

  CallLimits(
      int maxRetries,
      Duration attemptTimeout,
      long maxResponseBytes,
      Duration totalTimeout,
      Clock clock) {
    this(maxRetries, attemptTimeout, maxResponseBytes, totalTimeout, clock, true);
  }

  CallLimits(
      int maxRetries,
      Duration attemptTimeout,
      long maxResponseBytes,
      Duration totalTimeout,
      Clock clock,
      boolean repeatable) {
    this.repeatable = repeatable;
    this.maxRetries = maxRetries;
    this.attemptTimeout = attemptTimeout;
    this.maxResponseBytes = maxResponseBytes;
    this.totalTimeout = totalTimeout;
    this.clock = clock;
    this.deadline = clock.instant().plus(totalTimeout);
  }

  /**
   * The call's limits. A call that sets a timeout longer than the total it inherits gets one
   * attempt's worth: its own setting is the more specific one.
   */
  static CallLimits of(ClientOptions client, RequestOptions call) {
    return of(client, call, true);
  }

  /**
   * Like {@link #of(ClientOptions, RequestOptions)}; a request that is not {@code repeatable} (its
   * body is read from a stream, which cannot be read twice) gets no retries.
   */
  static CallLimits of(ClientOptions client, RequestOptions call, boolean repeatable) {
    Duration attempt = call.timeout().orElse(client.timeout());
    Duration total =
        call.totalTimeout()
            .orElseGet(
                () ->
                    call.timeout().isPresent()
                        ? longer(client.totalTimeout(), attempt)
                        : client.totalTimeout());
    return new CallLimits(
        repeatable ? call.maxRetries().orElse(client.maxRetries()) : 0,
        attempt,
        call.maxResponseBytes().orElse(client.maxResponseBytes()),
        total,
        client.clock(),
        repeatable);
  }

  static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** How long an attempt starting now may take: its timeout, cut to what the total leaves. */
  Duration attemptTimeout() {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.compareTo(attemptTimeout) >= 0) {
      return attemptTimeout;
    }
    // HttpRequest refuses a zero timeout; a millisecond fails the attempt at once.
    return left.compareTo(Duration.ofMillis(1)) > 0 ? left : Duration.ofMillis(1);
  }

  /** Whether waiting {@code wait} from now still leaves time for an attempt. */
  boolean leavesTimeFor(Duration wait) {
    return clock.instant().plus(wait).isBefore(deadline);
  }

  @Override
  public String toString() {
    return "CallLimits{maxRetries="
        + maxRetries
        + ", attemptTimeout="
        + attemptTimeout
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", totalTimeout="
        + totalTimeout
        + "}";
  }
}
