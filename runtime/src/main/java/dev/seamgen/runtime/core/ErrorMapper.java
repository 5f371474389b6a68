package dev.seamgen.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.BadRequestException;
import dev.seamgen.runtime.ForbiddenException;
import dev.seamgen.runtime.NotFoundException;
import dev.seamgen.runtime.RateLimitException;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.UnauthorizedException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** Turns a non-2xx answer into the {@link ApiException} subclass for its status. */
final class ErrorMapper {
  private static final int MAX_RAW_BODY = 4096;

  private final ObjectMapper mapper;
  private final RetryPolicy retryPolicy;

  ErrorMapper(ObjectMapper mapper, RetryPolicy retryPolicy) {
    this.mapper = mapper;
    this.retryPolicy = retryPolicy;
  }

  ApiException map(int status, HttpHeaders headers, byte[] body) {
    String raw = new String(body, StandardCharsets.UTF_8);
    if (raw.length() > MAX_RAW_BODY) {
      raw = raw.substring(0, MAX_RAW_BODY);
    }
    JsonNode json = parse(body);
    JsonNode error = json == null ? null : json.path("error");
    String type = text(error, "type");
    String message = text(error, "message");
    String requestId = headers.firstValue("seam-request-id").orElse(null);
    switch (status) {
      case 400:
        return new BadRequestException(status, type, message, requestId, json, raw);
      case 401:
        return new UnauthorizedException(status, type, message, requestId, json, raw);
      case 403:
        return new ForbiddenException(status, type, message, requestId, json, raw);
      case 404:
        return new NotFoundException(status, type, message, requestId, json, raw);
      case 429:
        return new RateLimitException(status, type, message, requestId, json, raw,
            retryPolicy.retryAfter(headers).orElse(null));
      default:
        return status >= 500
            ? new ServerException(status, type, message, requestId, json, raw)
            : new ApiException(status, type, message, requestId, json, raw);
    }
  }

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

  private static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
