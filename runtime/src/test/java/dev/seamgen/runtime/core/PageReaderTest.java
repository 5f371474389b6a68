package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PageReaderTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final PageReader<JsonNode> READER =
      PageReader.of("connected_accounts", JsonNode.class);

  private final List<String> asked = new ArrayList<>();
  private final Page<JsonNode> next = Page.of(List.of(), false, null, cursor -> null);
  private final Function<String, Page<JsonNode>> fetchNext =
      cursor -> {
        asked.add(cursor);
        return next;
      };

  private Page<JsonNode> read(String json) throws IOException {
    JsonParser parser = MAPPER.createParser(json);
    parser.nextToken();
    return READER.read(MAPPER, parser, fetchNext);
  }

  @Test
  void itemsAndPaginationAreRead() throws IOException {
    Page<JsonNode> page =
        read(
            "{\"connected_accounts\":[{\"id\":\"a\"},{\"id\":\"b\"}],"
                + "\"pagination\":{\"has_next_page\":true,\"next_page_cursor\":\"c2\","
                + "\"next_page_url\":\"https://example.com/?next_page_cursor=c2\"},\"ok\":true}");

    assertEquals(
        List.of("a", "b"),
        page.items().stream().map(item -> item.get("id").asText()).collect(Collectors.toList()));
    assertTrue(page.hasNextPage());
    assertEquals(Optional.of("c2"), page.nextPageCursor());
    assertSame(next, page.nextPage());
    assertEquals(List.of("c2"), asked);
  }

  @Test
  void withoutPaginationThereIsNoNextPage() throws IOException {
    Page<JsonNode> page = read("{\"connected_accounts\":[]}");

    assertFalse(page.hasNextPage());
    assertEquals(Optional.empty(), page.nextPageCursor());
  }

  @Test
  void aNullCursorEndsTheList() throws IOException {
    Page<JsonNode> page =
        read(
            "{\"connected_accounts\":[],\"pagination\":{\"has_next_page\":false,"
                + "\"next_page_cursor\":null}}");

    assertFalse(page.hasNextPage());
  }

  @Test
  void missingItemsAreNamed() {
    assertEquals(
        "the answer has no 'connected_accounts' list",
        assertThrows(IOException.class, () -> read("{\"devices\":[]}")).getMessage());
    assertThrows(IOException.class, () -> read("{\"connected_accounts\":{}}"));
  }
}
