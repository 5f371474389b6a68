package dev.seamgen.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seamgen.runtime.core.Json;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The API answered with a status that is not 2xx. Subclasses name the common cases; {@link
 * #errorType()} tells the API's own reason, such as {@code connected_account_not_found}.
 *
 * <p>The message reads like {@code 404 connected_account_not_found: Connected account not found
 * (request request6)}. An answer that is not JSON, such as a proxy's HTML error page, still gives
 * the status, with the start of the page.
 *
 * <p>Where the spec declares the error's body, {@link #body(Class)} reads it as that type, such as
 * {@code e.body(Problem.class)}; the generated method's documentation names the class.
 */
public class ApiException extends SdkException {
  private static final long serialVersionUID = 1L;

  /** How much of a non-JSON answer the message quotes. */
  static final int QUOTED_CHARS = 200;

  private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

  private final int statusCode;
  private final String errorType;
  private final String errorMessage;
  private final String requestId;
  private final transient JsonNode body;
  private final String rawBody;
  private final transient HttpHeaders headers;

  /**
   * For the runtime's error mapping.
   *
   * @param body the answer parsed as JSON, or null when it was not JSON
   * @param rawBody the answer as text, already shortened
   * @param headers the answer's headers; null for none
   */
  public ApiException(
      int statusCode,
      String errorType,
      String errorMessage,
      String requestId,
      JsonNode body,
      String rawBody,
      HttpHeaders headers) {
    super(message(statusCode, errorType, errorMessage, requestId, body, rawBody));
    this.statusCode = statusCode;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
    this.requestId = requestId;
    this.body = body;
    this.rawBody = rawBody;
    this.headers = headers == null ? NO_HEADERS : headers;
  }

  /** The HTTP status, such as 404. */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The error's type as the client's error format reads it, such as Seam's {@code error.type}
   * {@code connected_account_not_found}; or null.
   */
  public String errorType() {
    return errorType;
  }

  /**
   * The error's message as the client's error format reads it, such as {@code Connected account not
   * found}; or null.
   */
  public String errorMessage() {
    return errorMessage;
  }

  /**
   * The request id the server gave, to quote when asking about this call; or null. It comes from
   * the client's request-id header: {@code x-request-id} by default, {@code seam-request-id} for
   * Seam.
   */
  public String requestId() {
    return requestId;
  }

  /** The answer parsed as JSON, or null when it was not JSON. */
  public JsonNode body() {
    return body;
  }

  /**
   * The answer's JSON body read as {@code type}, such as the {@code Problem} class the spec
   * declares for this status; empty when the answer was not a JSON object (see {@link #rawBody()}).
   *
   * @throws ResponseDecodingException when the body does not fit {@code type}
   */
  public <T> Optional<T> body(Class<T> type) {
    Objects.requireNonNull(type, "type == null");
    return read(Json.mapper().constructType(type), type.getSimpleName());
  }

  /**
   * The answer's JSON body read as a generic type, such as {@code new TypeReference<Map<String,
   * Object>>() {}}; empty when the answer was not a JSON object.
   *
   * @throws ResponseDecodingException when the body does not fit {@code type}
   */
  public <T> Optional<T> body(TypeReference<T> type) {
    Objects.requireNonNull(type, "type == null");
    return read(Json.mapper().constructType(type), type.getType().getTypeName());
  }

  private <T> Optional<T> read(JavaType type, String name) {
    if (body == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(Json.mapper().readerFor(type).<T>readValue(body));
    } catch (IOException e) {
      // The original message and the path name the mismatch without quoting the whole body.
      String why =
          e instanceof JsonMappingException
              ? ((JsonMappingException) e).getOriginalMessage()
                  + " at "
                  + ((JsonMappingException) e).getPathReference()
              : e.getMessage();
      throw new ResponseDecodingException(
          "the "
              + statusCode
              + " answer's body does not fit "
              + name
              + ": "
              + ApiException.sanitize(why)
              + (requestId == null ? "" : " (request " + requestId + ")"),
          e);
    }
  }

  /** The answer as text, shortened to a few kilobytes; empty when there was none. */
  public String rawBody() {
    return rawBody == null ? "" : rawBody;
  }

  /**
   * The answer's headers, such as {@code Retry-After}; empty for an exception made by hand, and
   * after serialization (which, like {@link #body()}, they do not survive).
   */
  public HttpHeaders headers() {
    return headers == null ? NO_HEADERS : headers;
  }

  private static String message(
      int status,
      String errorType,
      String errorMessage,
      String requestId,
      JsonNode body,
      String rawBody) {
    StringBuilder message = new StringBuilder().append(status);
    if (errorType != null) {
      message.append(' ').append(errorType);
    }
    if (errorMessage != null) {
      message.append(": ").append(errorMessage);
    } else if (body == null) {
      String text = sanitize(rawBody == null ? "" : rawBody);
      message.append(
          text.isEmpty()
              ? ": the answer was empty"
              : ": the answer was not JSON (" + shorten(text, QUOTED_CHARS) + ")");
    }
    if (requestId != null) {
      message.append(" (request ").append(requestId).append(')');
    }
    return message.toString();
  }

  /** One line of printable text: an HTML page's control characters and line breaks go. */
  static String sanitize(String text) {
    return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "...";
  }
}
