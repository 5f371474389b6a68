package dev.seamgen.runtime.core.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.BadRequestException;
import dev.seamgen.runtime.ConflictException;
import dev.seamgen.runtime.ForbiddenException;
import dev.seamgen.runtime.NotFoundException;
import dev.seamgen.runtime.RateLimitException;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.UnauthorizedException;
import dev.seamgen.runtime.core.transport.RetryPolicy;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * Turns a non-2xx answer into the {@link ApiException} subclass for its status. Reads the error's
 * type and message as the client's {@link ErrorFields} says, and the request id from the client's
 * request-id header; copes with anything else, including HTML.
 */
public final class ErrorMapper {
  public static final int MAX_RAW_BODY = 4096;

  private final ObjectMapper mapper;
  private final RetryPolicy retryPolicy;
  private final ErrorFields fields;
  private final String requestIdHeader;

  public ErrorMapper(
      ObjectMapper mapper, RetryPolicy retryPolicy, ErrorFields fields, String requestIdHeader) {
    this.mapper = mapper;
    this.retryPolicy = retryPolicy;
    this.fields = fields;
    this.requestIdHeader = requestIdHeader;
  }

  public ApiException map(int status, HttpHeaders headers, byte[] body) {
    byte[] bytes = body == null ? new byte[0] : body;
    String raw = new String(bytes, StandardCharsets.UTF_8);
    if (raw.length() > MAX_RAW_BODY) {
      raw = raw.substring(0, MAX_RAW_BODY);
    }
    JsonNode json = parse(bytes);
    String type = null;
    String message = null;
    if (json != null) {
      type = fields.type(json);
      message = fields.message(json);
    }
    ApiException.Details response =
        new ApiException.Details(
            status,
            type,
            message,
            headers.firstValue(requestIdHeader).orElse(null),
            json,
            raw,
            headers);
    switch (status) {
      case 400:
        return new BadRequestException(response);
      case 401:
        return new UnauthorizedException(response);
      case 403:
        return new ForbiddenException(response);
      case 404:
        return new NotFoundException(response);
      case 409:
        return new ConflictException(response);
      case 429:
        return new RateLimitException(response, retryPolicy.retryAfter(headers).orElse(null));
      default:
        return status >= 500 && status < 600
            ? new ServerException(response)
            : new ApiException(response);
    }
  }

  /** The body as a JSON object, or null for anything else: empty, HTML, an array. */
  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode node = mapper.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }
}
