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
  /** The call's settings, every one of them set. */
  private final RequestOptions settings;

  private final boolean repeatable;
  private final Clock clock;
  private final Instant deadline;

  private CallLimits(RequestOptions settings, boolean repeatable, Clock clock) {
    this.settings = settings;
    this.repeatable = repeatable;
    this.clock = clock;
    this.deadline = clock.instant().plus(settings.totalTimeout().orElseThrow());
  }

  /**
   * The limits of a call with {@code call}'s settings on a client whose settings are {@code client}
   * (every one of them set), starting now by {@code clock}. A call that sets a timeout longer than
   * the total it inherits gets one attempt's worth: its own setting is the more specific one. A
   * request that is not {@code repeatable} (its body is read from a stream, which cannot be read
   * twice) gets no retries.
   */
  public static CallLimits of(
      RequestOptions client, RequestOptions call, boolean repeatable, Clock clock) {
    Duration attempt = call.timeout().orElseGet(() -> client.timeout().orElseThrow());
    Duration clientTotal = client.totalTimeout().orElseThrow();
    RequestOptions settings =
        RequestOptions.builder()
            .timeout(attempt)
            .totalTimeout(
                call.totalTimeout()
                    .orElse(
                        call.timeout().isPresent() ? longer(clientTotal, attempt) : clientTotal))
            .maxRetries(
                repeatable ? call.maxRetries().orElse(client.maxRetries().orElseThrow()) : 0)
            .maxResponseBytes(
                call.maxResponseBytes().orElse(client.maxResponseBytes().orElseThrow()))
            .build();
    return new CallLimits(settings, repeatable, clock);
  }

  /** The longer of two durations. */
  public static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** How many times the call may be retried. */
  public int maxRetries() {
    return settings.maxRetries().getAsInt();
  }

  /** The largest answer the call reads, in bytes. */
  public long maxResponseBytes() {
    return settings.maxResponseBytes().getAsLong();
  }

  /** How long the whole call may take, retries and waits included. */
  public Duration totalTimeout() {
    return settings.totalTimeout().orElseThrow();
  }

  /** Whether the request can be sent again: its body is not read from a stream. */
  public boolean repeatable() {
    return repeatable;
  }

  /** How long an attempt starting now may take: its timeout, cut to what the total leaves. */
  public Duration attemptTimeout() {
    Duration attemptTimeout = settings.timeout().orElseThrow();
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
        + maxRetries()
        + ", attemptTimeout="
        + settings.timeout().orElseThrow()
        + ", maxResponseBytes="
        + maxResponseBytes()
        + ", totalTimeout="
        + totalTimeout()
        + "}";
  }
}
