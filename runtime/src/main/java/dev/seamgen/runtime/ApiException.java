package dev.seamgen.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seamgen.runtime.json.ObjectMappers;
import java.io.IOException;
import java.io.Serializable;
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

  private final Details details;

  /** An exception for {@code details}; the runtime's error mapping makes these. */
  public ApiException(Details details) {
    super(message(Objects.requireNonNull(details, "details == null")));
    this.details = details;
  }

  /**
   * Like {@link #ApiException(Details)}, from its parts.
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
    this(new Details(statusCode, errorType, errorMessage, requestId, body, rawBody, headers));
  }

  /** The HTTP status, such as 404. */
  public int statusCode() {
    return details.statusCode;
  }

  /**
   * The error's type as the client's error format reads it, such as Seam's {@code error.type}
   * {@code connected_account_not_found}; or null.
   */
  public String errorType() {
    return details.errorType;
  }

  /**
   * The error's message as the client's error format reads it, such as {@code Connected account not
   * found}; or null.
   */
  public String errorMessage() {
    return details.errorMessage;
  }

  /**
   * The request id the server gave, to quote when asking about this call; or null. It comes from
   * the client's request-id header: {@code x-request-id} by default, {@code seam-request-id} for
   * Seam.
   */
  public String requestId() {
    return details.requestId;
  }

  /** The answer parsed as JSON, or null when it was not JSON. */
  public JsonNode body() {
    return details.body;
  }

  /**
   * The answer's JSON body read as {@code type}, such as the {@code Problem} class the spec
   * declares for this status; empty when the answer was not a JSON object (see {@link #rawBody()}).
   *
   * @throws ResponseDecodingException when the body does not fit {@code type}
   */
  public <T> Optional<T> body(Class<T> type) {
    Objects.requireNonNull(type, "type == null");
    return read(ObjectMappers.shared().constructType(type), type.getSimpleName());
  }

  /**
   * The answer's JSON body read as a generic type, such as {@code new TypeReference<Map<String,
   * Object>>() {}}; empty when the answer was not a JSON object.
   *
   * @throws ResponseDecodingException when the body does not fit {@code type}
   */
  public <T> Optional<T> body(TypeReference<T> type) {
    Objects.requireNonNull(type, "type == null");
    return read(ObjectMappers.shared().constructType(type), type.getType().getTypeName());
  }

  private <T> Optional<T> read(JavaType type, String name) {
    if (details.body == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(ObjectMappers.shared().readerFor(type).<T>readValue(details.body));
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
              + details.statusCode
              + " answer's body does not fit "
              + name
              + ": "
              + ApiException.sanitize(why)
              + (details.requestId == null ? "" : " (request " + details.requestId + ")"),
          e);
    }
  }

  /** The answer as text, shortened to a few kilobytes; empty when there was none. */
  public String rawBody() {
    return details.rawBody == null ? "" : details.rawBody;
  }

  /**
   * The answer's headers, such as {@code Retry-After}; empty for an exception made by hand, and
   * after serialization (which, like {@link #body()}, they do not survive).
   */
  public HttpHeaders headers() {
    return details.headers == null ? Details.NO_HEADERS : details.headers;
  }

  private static String message(Details details) {
    int status = details.statusCode;
    String errorType = details.errorType;
    String errorMessage = details.errorMessage;
    String requestId = details.requestId;
    JsonNode body = details.body;
    String rawBody = details.rawBody;
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

  /**
   * What the API answered to a call that failed, as the runtime read it: the status, the error's
   * type and message as the client's error format finds them, the request id, and the body and
   * headers. Every {@code ApiException} subclass is made from one and reads it through its own
   * accessors; nested, so that a wildcard import of this package cannot clash with a spec's own
   * {@code ErrorResponse} model. The body and headers do not survive serialization.
   */
  public static final class Details implements Serializable {
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
    public Details(
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
      return "Details{" + statusCode + (errorType == null ? "" : " " + errorType) + "}";
    }
  }
}
