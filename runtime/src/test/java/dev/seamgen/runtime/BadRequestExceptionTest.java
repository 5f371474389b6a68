package dev.seamgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BadRequestExceptionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static BadRequestException exception(String body) throws Exception {
    JsonNode json = MAPPER.readTree(body);
    return new BadRequestException(
        new ApiException.Details(400, "invalid_input", "Invalid input", "r", json, body, null));
  }

  @Test
  void zodStyleErrorsAreFlattenedPerField() throws Exception {
    BadRequestException e =
        exception(
            "{\"error\":{\"type\":\"invalid_input\",\"message\":"
                + "\"Invalid input\",\"validation_errors\":{\"_errors\":[],\"limit\":{\"_errors\":"
                + "[\"Number must be greater than 0\"]}}},\"ok\":false}");

    assertEquals(Map.of("limit", List.of("Number must be greater than 0")), e.validationErrors());
  }

  @Test
  void nestedFieldsAreJoinedWithDotsAndBodyErrorsGoUnderTheEmptyKey() throws Exception {
    BadRequestException e =
        exception(
            "{\"error\":{\"validation_errors\":{"
                + "\"_errors\":[\"Unrecognized key: x\"],"
                + "\"custom_metadata\":{\"_errors\":[],\"note\":{\"_errors\":[\"too long\",\"bad\"]}},"
                + "\"accepted_capabilities\":{\"0\":{\"_errors\":[\"Invalid enum value\"]}}}}}");

    assertEquals(
        Map.of(
            "", List.of("Unrecognized key: x"),
            "custom_metadata.note", List.of("too long", "bad"),
            "accepted_capabilities.0", List.of("Invalid enum value")),
        e.validationErrors());
  }

  @Test
  void noValidationErrorsGiveAnEmptyMap() throws Exception {
    assertEquals(
        Map.of(), exception("{\"error\":{\"type\":\"invalid_input\"}}").validationErrors());
    assertEquals(
        Map.of(),
        new BadRequestException(
                new ApiException.Details(400, null, null, null, null, "<html>", null))
            .validationErrors());
  }

  @Test
  void theMapCannotBeChanged() throws Exception {
    Map<String, List<String>> errors =
        exception("{\"error\":{\"validation_errors\":" + "{\"a\":{\"_errors\":[\"x\"]}}}}")
            .validationErrors();
    assertThrows(UnsupportedOperationException.class, () -> errors.put("b", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> errors.get("a").add("y"));
  }
}
