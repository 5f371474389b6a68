package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.BadRequestException;
import dev.seamgen.runtime.NotFoundException;
import dev.seamgen.runtime.RateLimitException;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.core.response.ErrorMapper;
import dev.seamgen.runtime.core.transport.RetryPolicy;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMapperTest {
  private final ErrorMapper mapper =
      new ErrorMapper(
          Json.mapper(),
          new RetryPolicy(Clock.fixed(NOW, ZoneOffset.UTC)),
          ErrorFormat.seam().fields(),
          "seam-request-id");

  private static HttpHeaders headers(String... namesAndValues) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
    }
    return HttpHeaders.of(map, (a, b) -> true);
  }

  private ApiException map(int status, String body, String... headers) {
    return mapper.map(status, headers(headers), body.getBytes(StandardCharsets.UTF_8));
  }

  private static String error(String type, String message) {
    return "{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"},\"ok\":false}";
  }

  @ParameterizedTest
  @CsvSource({
    "400, BadRequestException",
    "401, UnauthorizedException",
    "403, ForbiddenException",
    "404, NotFoundException",
    "409, ConflictException",
    "429, RateLimitException",
    "500, ServerException",
    "502, ServerException",
    "503, ServerException",
    "418, ApiException",
    "422, ApiException",
    "302, ApiException"
  })
  void eachStatusGetsItsException(int status, String type) {
    ApiException e = map(status, error("some_type", "some message"));

    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(status, e.statusCode());
    assertEquals("some_type", e.errorType());
    assertEquals("some message", e.errorMessage());
  }

  @Test
  void seamsErrorShapeGivesTypeMessageAndRequestId() {
    NotFoundException e =
        (NotFoundException)
            map(
                404,
                error("connected_account_not_found", "Connected account not found"),
                "seam-request-id",
                "request6");

    assertEquals(
        "404 connected_account_not_found: Connected account not found " + "(request request6)",
        e.getMessage());
    assertEquals("request6", e.requestId());
    assertEquals("connected_account_not_found", e.body().path("error").path("type").asText());
  }

  @Test
  void validationErrorsComeWithABadRequest() {
    BadRequestException e =
        (BadRequestException)
            map(
                400,
                "{\"error\":{\"type\":"
                    + "\"invalid_input\",\"message\":\"Invalid input\",\"validation_errors\":{\"_errors\":[],"
                    + "\"limit\":{\"_errors\":[\"Number must be greater than 0\"]}}},\"ok\":false}");

    assertEquals(Map.of("limit", List.of("Number must be greater than 0")), e.validationErrors());
    assertEquals("invalid_input", e.errorType());
  }

  @Test
  void aRateLimitCarriesRetryAfter() {
    RateLimitException limited =
        (RateLimitException) map(429, error("rate_limited", "slow"), "Retry-After", "5");
    RateLimitException unsaid = (RateLimitException) map(429, error("rate_limited", "slow"));

    assertEquals(Optional.of(Duration.ofSeconds(5)), limited.retryAfter());
    assertEquals(Optional.empty(), unsaid.retryAfter());
  }

  @Test
  void anHtmlErrorPageStillGivesTheStatus() {
    ServerException e =
        (ServerException)
            map(
                502,
                "<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>",
                "Content-Type",
                "text/html");

    assertNull(e.body());
    assertNull(e.errorType());
    assertEquals(
        "502: the answer was not JSON (<html> <body><h1>502 Bad Gateway</h1></body> " + "</html>)",
        e.getMessage());
  }

  @Test
  void jsonThatIsNotAnObjectCountsAsNotJson() {
    ApiException e = map(500, "[1,2]");

    assertNull(e.body());
    assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
  }

  @Test
  void anEmptyAnswerSaysSo() {
    ApiException e = mapper.map(503, headers("seam-request-id", "r9"), new byte[0]);

    assertEquals("503: the answer was empty (request r9)", e.getMessage());
  }

  @Test
  void anErrorGivenAsPlainTextIsItsMessage() {
    ApiException e = map(401, "{\"error\":\"Unauthorized\"}");

    assertEquals("401: Unauthorized", e.getMessage());
    assertNull(e.errorType());
  }

  @Test
  void theFormatAndTheRequestIdHeaderAreTheClients() {
    ErrorMapper generic =
        new ErrorMapper(
            Json.mapper(),
            new RetryPolicy(Clock.fixed(NOW, ZoneOffset.UTC)),
            ErrorFormat.generic().fields(),
            "x-request-id");

    ApiException e =
        generic.map(
            404,
            headers("X-Request-Id", "abc", "seam-request-id", "s1"),
            "{\"code\":1,\"type\":\"error\",\"message\":\"Pet not found\"}"
                .getBytes(StandardCharsets.UTF_8));

    assertEquals("error", e.errorType());
    assertEquals("Pet not found", e.errorMessage());
    assertEquals("abc", e.requestId());
    assertEquals("404 error: Pet not found (request abc)", e.getMessage());
  }

  @Test
  void theRawBodyIsShortened() {
    ApiException e = map(500, "x".repeat(10_000));

    assertEquals(ErrorMapper.MAX_RAW_BODY, e.rawBody().length());
    assertFalse(e.getMessage().length() > 300, e.getMessage());
  }
}
