package dev.seamgen.runtime;

import java.time.Duration;
import java.util.Optional;

/** 429 Too Many Requests: slow down; {@link #retryAfter()} says for how long, if the API did. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public RateLimitException(Details details, Duration retryAfter) {
    super(details);
    this.retryAfter = retryAfter;
  }

  /** How long the API asked to wait, from its {@code Retry-After} header. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
