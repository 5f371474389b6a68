package dev.seamgen.runtime.core;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.Page;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a page of a paginated answer is read:
 *
 * <pre>{@code
 * {"<itemsKey>": [...],
 *  "pagination": {"has_next_page": true, "next_page_cursor": "...", "next_page_url": "..."}}
 * }</pre>
 *
 * <p>An answer without {@code pagination} has no next page.
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

  /**
   * The page in {@code body}; {@code fetchNext} becomes its way to the next page.
   *
   * @throws IOException when the items are missing or do not fit
   */
  Page<T> read(ObjectMapper mapper, JsonNode body, Function<String, Page<T>> fetchNext)
      throws IOException {
    return Page.of(items(mapper, body), hasNextPage(body), nextPageCursor(body), fetchNext);
  }

  private List<T> items(ObjectMapper mapper, JsonNode body) throws IOException {
    JsonNode items = body.get(itemsKey);
    if (items == null || !items.isArray()) {
      throw new IOException("the answer has no '" + itemsKey + "' list");
    }
    JavaType type = mapper.getTypeFactory().constructCollectionType(List.class, itemType);
    return mapper.readerFor(type).readValue(mapper.treeAsTokens(items));
  }

  private static boolean hasNextPage(JsonNode body) {
    return body.path("pagination").path("has_next_page").asBoolean(false);
  }

  private static String nextPageCursor(JsonNode body) {
    JsonNode cursor = body.path("pagination").path("next_page_cursor");
    return cursor.isTextual() ? cursor.asText() : null;
  }

  @Override
  public String toString() {
    return "PageReader{" + itemsKey + ", " + itemType.getSimpleName() + "}";
  }
}
