package dev.seamgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiExceptionTest {
  private static final JsonNode JSON = JsonNodeFactory.instance.objectNode();

  @Test
  void theMessageHasStatusTypeServerMessageAndRequestId() {
    ApiException e =
        new ApiException(
            404,
            "connected_account_not_found",
            "Connected account not found",
            "request6",
            JSON,
            "{}",
            null);

    assertEquals(
        "404 connected_account_not_found: Connected account not found (request request6)",
        e.getMessage());
    assertEquals(404, e.statusCode());
    assertEquals("connected_account_not_found", e.errorType());
    assertEquals("Connected account not found", e.errorMessage());
    assertEquals("request6", e.requestId());
    assertEquals(JSON, e.body());
  }

  @Test
  void absentPartsAreLeftOutOfTheMessage() {
    ApiException e = new ApiException(409, null, null, null, JSON, "{}", null);

    assertEquals("409", e.getMessage());
    assertNull(e.errorType());
    assertNull(e.errorMessage());
    assertNull(e.requestId());
  }

  @Test
  void aNonJsonAnswerIsQuotedOnOneShortLine() {
    String page =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\n\t<body>"
            + "x".repeat(500)
            + "</body></html>";

    ApiException e = new ApiException(502, null, null, "r1", null, page, null);

    String message = e.getMessage();
    assertTrue(
        message.startsWith(
            "502: the answer was not JSON (<html> <head><title>502 Bad "
                + "Gateway</title></head> <body>xxx"),
        message);
    assertTrue(message.endsWith("...) (request r1)"), message);
    assertFalse(
        message.contains("\n") || message.contains("\r") || message.contains("\t"), message);
    assertTrue(message.length() < 260, "at most ~200 characters are quoted: " + message.length());
    assertEquals(page, e.rawBody(), "rawBody keeps the text as it came");
    assertNull(e.body());
  }

  @Test
  void anEmptyAnswerSaysSo() {
    ApiException e = new ApiException(503, null, null, null, null, null, null);

    assertEquals("503: the answer was empty", e.getMessage());
    assertEquals("", e.rawBody());
  }

  @Test
  void aSerializedCopyKeepsStatusAndTextButNoHeadersOrParsedBody() throws Exception {
    HttpHeaders headers = HttpHeaders.of(Map.of("x-trace", List.of("t")), (name, value) -> true);
    ApiException e = new ApiException(404, "gone", null, "r1", JSON, "{}", headers);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    ApiException copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ApiException) in.readObject();
    }

    assertEquals(404, copy.statusCode());
    assertEquals("{}", copy.rawBody());
    assertTrue(copy.headers().map().isEmpty());
    assertFalse(copy.body(Map.class).isPresent());
  }

  @Test
  void everyApiExceptionIsAnUncheckedSdkException() {
    RuntimeException e =
        new ServerException(new ApiException.Details(500, null, null, null, null, "", null));
    assertTrue(e instanceof SdkException);
    assertTrue(e instanceof ApiException);
  }
}
