package dev.seamgen.runtime.core.transport;

import dev.seamgen.runtime.RequestOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The limits of one call, from its own settings where it has them, else the client's; made when the
 * call starts, which starts its {@link #totalTimeout}.
 */
public final class CallLimits {
  private final int maxRetries;
  private final long maxResponseBytes;
  private final Duration totalTimeout;
  private final boolean repeatable;
  private final Duration attemptTimeout;
  private final Clock clock;
  private final Instant deadline;

  /**
   * @param repeatable whether the request can be sent again: its body is not read from a stream
   */
  public CallLimits(
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
   * The limits of a call with {@code call}'s settings on a client whose settings are {@code client}
   * (every one of them set). A call that sets a timeout longer than the total it inherits gets one
   * attempt's worth: its own setting is the more specific one. A request that is not {@code
   * repeatable} (its body is read from a stream, which cannot be read twice) gets no retries.
   */
  public static CallLimits of(
      RequestOptions client, RequestOptions call, boolean repeatable, Clock clock) {
    Duration attempt = call.timeout().orElseGet(() -> client.timeout().orElseThrow());
    Duration clientTotal = client.totalTimeout().orElseThrow();
    Duration total =
        call.totalTimeout()
            .orElseGet(
                () -> call.timeout().isPresent() ? longer(clientTotal, attempt) : clientTotal);
    return new CallLimits(
        repeatable ? call.maxRetries().orElse(client.maxRetries().orElseThrow()) : 0,
        attempt,
        call.maxResponseBytes().orElse(client.maxResponseBytes().orElseThrow()),
        total,
        clock,
        repeatable);
  }

  /** The longer of two durations. */
  public static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** How many times the call may be retried. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The largest answer the call reads, in bytes. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** How long the whole call may take, retries and waits included. */
  public Duration totalTimeout() {
    return totalTimeout;
  }

  /** Whether the request can be sent again: its body is not read from a stream. */
  public boolean repeatable() {
    return repeatable;
  }

  /** How long an attempt starting now may take: its timeout, cut to what the total leaves. */
  public Duration attemptTimeout() {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.compareTo(attemptTimeout) >= 0) {
      return attemptTimeout;
    }
    // HttpRequest refuses a zero timeout; a millisecond fails the attempt at once.
    return left.compareTo(Duration.ofMillis(1)) > 0 ? left : Duration.ofMillis(1);
  }

  /** Whether waiting {@code wait} from now still leaves time for an attempt. */
  public boolean leavesTimeFor(Duration wait) {
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
