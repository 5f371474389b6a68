package dev.seamgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** A 5xx answer: the API failed; retrying later may work. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ServerException(
      int statusCode,
      String errorType,
      String errorMessage,
      String requestId,
      JsonNode body,
      String rawBody,
      HttpHeaders headers) {
    super(statusCode, errorType, errorMessage, requestId, body, rawBody, headers);
  }
}
