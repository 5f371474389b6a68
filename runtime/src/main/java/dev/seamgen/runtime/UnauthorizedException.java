package dev.seamgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** 401 Unauthorized: the credentials are missing, wrong or revoked. */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(
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
