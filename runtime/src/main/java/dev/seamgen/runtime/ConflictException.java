package dev.seamgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** 409 Conflict: the request clashes with the resource's current state. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(
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
