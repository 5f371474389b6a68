package dev.seamgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiResponseTest {
  private static HttpHeaders headers(Map<String, List<String>> map) {
    return HttpHeaders.of(map, (name, value) -> true);
  }

  @Test
  void theRequestIdComesFromTheClientsHeader() {
    ApiResponse<String> response =
        new ApiResponse<>(
            200, headers(Map.of("Seam-Request-Id", List.of("req-1"))), "value", "seam-request-id");

    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("req-1"), response.requestId(), "header names ignore case");
    assertEquals("value", response.value());
    assertEquals("ApiResponse{statusCode=200, requestId=req-1, value=value}", response.toString());
  }

  @Test
  void withoutAHeaderNameTheRequestIdIsXRequestId() {
    HttpHeaders both =
        headers(Map.of("X-Request-Id", List.of("x1"), "seam-request-id", List.of("s1")));

    assertEquals(Optional.of("x1"), new ApiResponse<>(200, both, "v").requestId());
    assertEquals(
        "requestIdHeader == null",
        assertThrows(NullPointerException.class, () -> new ApiResponse<>(200, both, "v", null))
            .getMessage());
  }

  @Test
  void aMissingRequestIdIsEmpty() {
    ApiResponse<Void> response = new ApiResponse<>(204, headers(Map.of()), null);

    assertEquals(Optional.empty(), response.requestId());
    assertEquals(null, response.value());
  }

  @Test
  void headersAreRequired() {
    assertEquals(
        "headers == null",
        assertThrows(NullPointerException.class, () -> new ApiResponse<>(200, null, "x"))
            .getMessage());
  }
}
