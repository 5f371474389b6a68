package dev.seamgen.generator.read.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HoistedSchemaNamerTest {
  private static final String SPEC =
      """
      {"paths": {"/net/status": {"post": {"operationId": "status"}}, "/a": {"get": {}}},
       "components": {"schemas": {"companyid": {}}}}
      """;

  private final JsonNode root = read(SPEC);
  private final HoistedSchemaNamer names =
      new HoistedSchemaNamer(root, root.at("/components/schemas"));

  @Test
  void namesSayWhereTheSchemaIsWritten() {
    assertEquals(
        "LastHandshakeToken",
        names.take(
            "/paths/~1net~1status/post/responses/200/content/application~1json/schema"
                + "/properties/last_handshake/properties/token"));
    assertEquals(
        "GetAResponse",
        names.take("/paths/~1a/get/responses/200/content/application~1json/schema"));
    assertEquals(
        "StatusBody",
        names.take("/paths/~1net~1status/post/requestBody/content/application~1json/schema"));
    assertEquals(
        "PrintoutItem",
        names.take(
            "/paths/~1a/get/responses/200/content/application~1json/schema/properties/printout"
                + "/items"));
    assertEquals(
        "PushOptionProperty",
        names.take("/components/schemas/PushOption/definitions/pushOptionProperty"));
    assertEquals(
        "InvalidPayloadErrorInstance",
        names.take(
            "/components/responses/InvalidPayloadError/content/application~1json/schema"
                + "/properties/instance"));
  }

  @Test
  void aNameTakenWhateverItsCaseIsNumbered() {
    assertEquals("CompanyId2", names.take("/components/parameters/companyId/schema"));
    assertEquals("CompanyId3", names.take("/components/headers/companyId/schema"));
  }

  private static JsonNode read(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
