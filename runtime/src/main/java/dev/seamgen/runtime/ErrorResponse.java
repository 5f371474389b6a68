package dev.seamgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.net.http.HttpHeaders;
import java.util.Map;

/**
 * What the API answered to a call that failed, as the runtime read it: the status, the error's type
 * and message as the client's error format finds them, the request id, and the body and headers.
 * Every {@link ApiException} subclass is made from one and reads it through its own accessors. The
 * body and headers do not survive serialization.
 */
public final class ErrorResponse implements Serializable {
  private static final long serialVersionUID = 1L;

  static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

  final int statusCode;
  final String errorType;
  final String errorMessage;
  final String requestId;
  final transient JsonNode body;
  final String rawBody;
  final transient HttpHeaders headers;

  /**
   * @param errorType the error's type, or null
   * @param errorMessage the error's message, or null
   * @param requestId the request id the server gave, or null
   * @param body the answer parsed as JSON, or null when it was not JSON
   * @param rawBody the answer as text, already shortened; null for none
   * @param headers the answer's headers; null for none
   */
  public ErrorResponse(
      int statusCode,
      String errorType,
      String errorMessage,
      String requestId,
      JsonNode body,
      String rawBody,
      HttpHeaders headers) {
    this.statusCode = statusCode;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
    this.requestId = requestId;
    this.body = body;
    this.rawBody = rawBody == null ? "" : rawBody;
    this.headers = headers == null ? NO_HEADERS : headers;
  }

  /** The status and type only: the body may echo what was sent. */
  @Override
  public String toString() {
    return "ErrorResponse{" + statusCode + (errorType == null ? "" : " " + errorType) + "}";
  }
}
