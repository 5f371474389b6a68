package dev.seamgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** 403 Forbidden: the credentials may not do this. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(
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
