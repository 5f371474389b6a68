package dev.seamgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The API answered with a status that is not 2xx. Subclasses name the common cases; {@link
 * #errorType()} tells the API's own reason, such as {@code connected_account_not_found}.
 */
public class ApiException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String errorType;
  private final String errorMessage;
  private final String requestId;
  private final transient JsonNode body;
  private final String rawBody;

  public ApiException(int statusCode, String errorType, String errorMessage, String requestId,
      JsonNode body, String rawBody) {
    super(message(statusCode, errorType, errorMessage, requestId, body, rawBody));
    this.statusCode = statusCode;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
    this.requestId = requestId;
    this.body = body;
    this.rawBody = rawBody;
  }

  /** The HTTP status, such as 404. */
  public int statusCode() {
    return statusCode;
  }

  /** The {@code error.type} of the answer, such as {@code connected_account_not_found}. */
  public String errorType() {
    return errorType;
  }

  /** The {@code error.message} of the answer, if it had one. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** The {@code seam-request-id} header, to quote when asking Seam about this call. */
  public String requestId() {
    return requestId;
  }

  /** The answer parsed as JSON, or null when it was not JSON. */
  public JsonNode body() {
    return body;
  }

  /** The answer as text, shortened to a few kilobytes. */
  public String rawBody() {
    return rawBody;
  }

  private static String message(int status, String errorType, String errorMessage,
      String requestId, JsonNode body, String rawBody) {
    StringBuilder message = new StringBuilder().append(status);
    if (errorType != null) {
      message.append(' ').append(errorType);
    }
    if (errorMessage != null) {
      message.append(": ").append(errorMessage);
    } else if (body == null) {
      String text = rawBody == null ? "" : rawBody.strip().replaceAll("\\s+", " ");
      message.append(": the answer was not JSON")
          .append(text.isEmpty() ? "" : " (" + shorten(text, 200) + ")");
    }
    if (requestId != null) {
      message.append(" (request ").append(requestId).append(')');
    }
    return message.toString();
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "...";
  }
}
