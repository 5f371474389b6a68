package dev.seamgen.runtime.core;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * How a page of a paginated answer is read: the items under {@code itemsKey}, and {@code
 * pagination.has_next_page} / {@code pagination.next_page_cursor}.
 *
 * @param <T> the item type
 */
public final class PageReader<T> {
  private final String itemsKey;
  private final Class<T> itemType;

  private PageReader(String itemsKey, Class<T> itemType) {
    this.itemsKey = Objects.requireNonNull(itemsKey, "itemsKey == null");
    this.itemType = Objects.requireNonNull(itemType, "itemType == null");
  }

  public static <T> PageReader<T> of(String itemsKey, Class<T> itemType) {
    return new PageReader<>(itemsKey, itemType);
  }

  List<T> items(ObjectMapper mapper, JsonNode body) throws IOException {
    JsonNode items = body.get(itemsKey);
    if (items == null || !items.isArray()) {
      throw new IOException("the answer has no '" + itemsKey + "' list");
    }
    JavaType type = mapper.getTypeFactory().constructCollectionType(List.class, itemType);
    return mapper.readerFor(type).readValue(mapper.treeAsTokens(items));
  }

  static boolean hasNextPage(JsonNode body) {
    return body.path("pagination").path("has_next_page").asBoolean(false);
  }

  static String nextPageCursor(JsonNode body) {
    JsonNode cursor = body.path("pagination").path("next_page_cursor");
    return cursor.isTextual() ? cursor.asText() : null;
  }
}
