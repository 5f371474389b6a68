package dev.seamgen.runtime;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded answer together with what came with it: status, headers and request id.
 *
 * @param <T> the decoded value's type
 */
public final class ApiResponse<T> {
  private final int statusCode;
  private final HttpHeaders headers;
  private final T value;
  private final String requestIdHeader;

  /** An answer whose request id is in {@code x-request-id}. */
  public ApiResponse(int statusCode, HttpHeaders headers, T value) {
    this(statusCode, headers, value, "x-request-id");
  }

  /** An answer whose request id is in {@code requestIdHeader}, such as {@code seam-request-id}. */
  public ApiResponse(int statusCode, HttpHeaders headers, T value, String requestIdHeader) {
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers == null");
    this.value = value;
    this.requestIdHeader = Objects.requireNonNull(requestIdHeader, "requestIdHeader == null");
  }

  public int statusCode() {
    return statusCode;
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** The request id the server gave, from the client's request-id header. */
  public Optional<String> requestId() {
    return headers.firstValue(requestIdHeader);
  }

  /** The decoded value; null for an operation that returns nothing. */
  public T value() {
    return value;
  }

  @Override
  public String toString() {
    return "ApiResponse{statusCode="
        + statusCode
        + ", requestId="
        + requestId().orElse(null)
        + ", value="
        + value
        + "}";
  }
}
