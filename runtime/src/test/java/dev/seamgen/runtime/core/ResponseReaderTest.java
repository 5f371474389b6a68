package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseReaderTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  /** A parser on the first token of {@code json}, as the runtime hands answers to readers. */
  private static JsonParser tree(String json) throws IOException {
    JsonParser parser = MAPPER.createParser(json);
    parser.nextToken();
    return parser;
  }

  @Test
  void fieldUnwrapsOnePropertyOfTheEnvelope() throws IOException {
    Map<?, ?> account =
        ResponseReader.field("connected_account", Map.class)
            .read(MAPPER, tree("{\"connected_account\":{\"id\":\"ca1\"},\"ok\":true}"));

    assertEquals(Map.of("id", "ca1"), account);
  }

  @Test
  void aGenericFieldKeepsItsElementType() throws IOException {
    List<Map<String, Integer>> items =
        ResponseReader.field("items", new TypeReference<List<Map<String, Integer>>>() {})
            .read(MAPPER, tree("{\"items\":[{\"n\":1},{\"n\":2}]}"));

    assertEquals(List.of(Map.of("n", 1), Map.of("n", 2)), items);
    assertEquals(Integer.class, items.get(1).get("n").getClass());
  }

  @Test
  void bodyReadsTheWholeAnswer() throws IOException {
    assertEquals(
        Map.of("ok", true), ResponseReader.body(Map.class).read(MAPPER, tree("{\"ok\":true}")));
    assertEquals(
        List.of(1L, 2L),
        ResponseReader.body(new TypeReference<List<Long>>() {}).read(MAPPER, tree("[1,2]")));
  }

  @Test
  void noneIgnoresTheBody() throws IOException {
    assertTrue(ResponseReader.none().ignoresBody());
    assertNull(ResponseReader.none().read(MAPPER, tree("{\"anything\":1}")));
  }

  @Test
  void aMissingOrNullKeyIsNamed() {
    ResponseReader<String> reader = ResponseReader.field("connected_account", String.class);

    assertEquals(
        "the answer has no 'connected_account' property",
        assertThrows(IOException.class, () -> reader.read(MAPPER, tree("{\"ok\":true}")))
            .getMessage());
    assertEquals(
        "the answer's 'connected_account' is null",
        assertThrows(
                IOException.class, () -> reader.read(MAPPER, tree("{\"connected_account\":null}")))
            .getMessage());
  }

  @Test
  void aValueOfTheWrongShapeFails() {
    assertThrows(
        IOException.class,
        () ->
            ResponseReader.field("n", Integer.class)
                .read(MAPPER, tree("{\"n\":{\"nested\":true}}")));
  }
}
