package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorFormatTest {
  private static JsonNode json(String text) throws IOException {
    return Json.mapper().readTree(text);
  }

  private static String[] read(ErrorFormat format, String body) throws IOException {
    JsonNode json = json(body);
    return new String[] {format.fields().type(json), format.fields().message(json)};
  }

  private static void assertReads(ErrorFormat format, String type, String message, String body)
      throws IOException {
    String[] read = read(format, body);
    assertEquals(type, read[0], "type of " + body);
    assertEquals(message, read[1], "message of " + body);
  }

  @Test
  void seamReadsItsEnvelopeOnly() throws IOException {
    ErrorFormat seam = ErrorFormat.seam();
    assertReads(
        seam,
        "device_not_found",
        "Device not found",
        "{\"error\":{\"type\":\"device_not_found\",\"message\":\"Device not found\","
            + "\"validation_errors\":{}},\"ok\":false}");
    assertReads(seam, null, "Unauthorized", "{\"error\":\"Unauthorized\"}");
    assertReads(seam, null, null, "{\"message\":\"top level\",\"code\":5}");
    assertReads(seam, null, null, "{\"error\":{\"type\":5}}");
    assertEquals("ErrorFormat.seam()", seam.toString());
  }

  @Test
  void genericReadsTheCommonShapes() throws IOException {
    ErrorFormat generic = ErrorFormat.generic();
    // Seam-like and Google-like envelopes
    assertReads(
        generic,
        "device_not_found",
        "Device not found",
        "{\"error\":{\"type\":\"device_not_found\",\"message\":\"Device not found\"}}");
    assertReads(
        generic,
        "404",
        "Requested entity was not found.",
        "{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\"}}");
    // Petstore's ApiResponse
    assertReads(
        generic,
        "error",
        "Pet not found",
        "{\"code\":1,\"type\":\"error\",\"message\":\"Pet not found\"}");
    // RFC 7807
    assertReads(
        generic,
        "https://example.com/probs/out-of-credit",
        "Your current balance is 30, but that costs 50.",
        "{\"type\":\"https://example.com/probs/out-of-credit\",\"title\":\"You do not have "
            + "enough credit.\",\"detail\":\"Your current balance is 30, but that costs 50.\"}");
    assertReads(
        generic,
        "about:blank",
        "Not Found",
        "{\"type\":\"about:blank\"," + "\"title\":\"Not Found\",\"status\":404}");
    // Spring Boot's default: "error" is the reason phrase, "message" the detail
    assertReads(
        generic,
        null,
        "No pet 7",
        "{\"status\":404,\"error\":\"Not Found\","
            + "\"message\":\"No pet 7\",\"path\":\"/pet/7\"}");
    assertReads(generic, null, "Unauthorized", "{\"error\":\"Unauthorized\"}");
    assertReads(generic, "E42", null, "{\"code\":\"E42\"}");
    assertReads(generic, null, null, "{\"message\":{\"nested\":true},\"errors\":[]}");
    assertEquals("ErrorFormat.generic()", generic.toString());
  }

  @Test
  void nullIsRefused() {
    assertEquals(
        "body == null",
        assertThrows(NullPointerException.class, () -> ErrorFormat.generic().fields().type(null))
            .getMessage());
  }
}
