package dev.seamgen.generator.read.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaPositionsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/components/schemas/Pet",
        "/components/schemas/Pet/properties/tags/items",
        "/components/schemas/PushOption/definitions/pushOptionProperty",
        "/components/parameters/companyId/schema",
        "/components/responses/Error/content/application~1json/schema/properties/instance",
        "/paths/~1a/get/parameters/0/schema",
        "/paths/~1a/get/responses/200/content/application~1json/schema/allOf/1",
        "/paths/~1a/get/responses/200/headers/X-Rate/schema",
        // A property called schema, and a path that looks like a keyword.
        "/components/schemas/Doc/properties/schema",
        "/paths/schema/get/requestBody/content/text~1plain/schema"
      })
  void schemas(String pointer) {
    assertTrue(SchemaPositions.isSchema(SchemaPositions.split(pointer)), pointer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/components/responses/CaptionSrt",
        "/components/parameters/companyId",
        "/components/schemas",
        "/paths/~1a/get/responses/200",
        "/paths/~1a/get/responses/200/content/application~1json/examples/one/value",
        "/components/schemas/Pet/example",
        "/components/schemas/Pet/properties/id/x-extra",
        "/components/schemas/Pet/discriminator/mapping"
      })
  void notSchemas(String pointer) {
    assertFalse(SchemaPositions.isSchema(SchemaPositions.split(pointer)), pointer);
  }

  @Test
  void referencesArePercentDecodedAndUnescaped() {
    assertEquals(
        List.of("paths", "/pets/{id}", "get"),
        SchemaPositions.tokens("#/paths/~1pets~1%7Bid%7D/get"));
    assertEquals(List.of("paths", "100%"), SchemaPositions.tokens("#/paths/100%"));
    assertNull(SchemaPositions.tokens("other.yaml#/components/schemas/Pet"));
    assertEquals(
        "/paths/~1pets~1{id}/a~0b", SchemaPositions.pointer(List.of("paths", "/pets/{id}", "a~b")));
  }
}
