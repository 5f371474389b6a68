package dev.seamgen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecSlicerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode spec() throws Exception {
    return MAPPER.readTree(
        """
        {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
         "paths": {
           "/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/A"}}}},
           "/b": {"get": {"responses": {"200": {"description": "b",
             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}}}}},
           "/c": {"post": {"requestBody": {"$ref": "#/components/requestBodies/C"},
             "responses": {"204": {"description": "c"}}}}
         },
         "components": {
           "schemas": {
             "A": {"type": "object", "properties": {"inner": {"$ref": "#/components/schemas/Inner"}}},
             "Inner": {"type": "string"},
             "B": {"type": "integer"},
             "C": {"type": "object"},
             "a~b/c": {"type": "object"},
             "Unused": {"type": "boolean"}
           },
           "responses": {"A": {"description": "a", "content": {"application/json":
             {"schema": {"$ref": "#/components/schemas/A"}}}}},
           "requestBodies": {"C": {"content": {"application/json": {"schema": {"allOf": [
             {"$ref": "#/components/schemas/C"}, {"$ref": "#/components/schemas/a~0b~1c"}]}}}}},
           "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "k"}}
         }}
        """);
  }

  @Test
  void keepsEveryNthPathAndTheComponentsItReachesTransitively() throws Exception {
    ObjectNode cut = SpecSlicer.cut(spec(), 2);

    assertEquals(List.of("/a", "/c"), names(cut.get("paths")));
    assertEquals(List.of("A", "Inner", "C", "a~b/c"), names(cut.get("components").get("schemas")));
    assertEquals(List.of("A"), names(cut.get("components").get("responses")));
    assertEquals(List.of("C"), names(cut.get("components").get("requestBodies")));
    assertEquals(List.of("key"), names(cut.get("components").get("securitySchemes")));
    assertEquals("t", cut.get("info").get("title").asText());
  }

  @Test
  void theWholeSpecLosesOnlyWhatNothingReaches() throws Exception {
    ObjectNode cut = SpecSlicer.cut(spec(), 1);

    assertEquals(List.of("/a", "/b", "/c"), names(cut.get("paths")));
    assertEquals(
        List.of("A", "Inner", "B", "C", "a~b/c"), names(cut.get("components").get("schemas")));
  }

  @Test
  void rejectsADivisorBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> SpecSlicer.cut(spec(), 0));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
