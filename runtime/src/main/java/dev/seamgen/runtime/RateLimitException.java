package dev.seamgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/** 429 Too Many Requests: slow down; {@link #retryAfter()} says for how long, if the API did. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public RateLimitException(
      int statusCode,
      String errorType,
      String errorMessage,
      String requestId,
      JsonNode body,
      String rawBody,
      HttpHeaders headers,
      Duration retryAfter) {
    super(statusCode, errorType, errorMessage, requestId, body, rawBody, headers);
    this.retryAfter = retryAfter;
  }

  /** How long the API asked to wait, from its {@code Retry-After} header. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
