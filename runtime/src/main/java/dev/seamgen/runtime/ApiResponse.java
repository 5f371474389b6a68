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

  public ApiResponse(int statusCode, HttpHeaders headers, T value) {
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers == null");
    this.value = value;
  }

  public int statusCode() {
    return statusCode;
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** The {@code seam-request-id} header. */
  public Optional<String> requestId() {
    return headers.firstValue("seam-request-id");
  }

  /** The decoded value; null for an operation that returns nothing. */
  public T value() {
    return value;
  }

  @Override
  public String toString() {
    return "ApiResponse{statusCode=" + statusCode + ", requestId=" + requestId().orElse(null)
        + ", value=" + value + "}";
  }
}
