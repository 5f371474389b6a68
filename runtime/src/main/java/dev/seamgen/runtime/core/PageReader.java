package dev.seamgen.runtime.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.seamgen.runtime.Page;
import dev.seamgen.runtime.core.response.Envelope;
import dev.seamgen.runtime.core.response.ReaderCache;
import java.io.IOException;
import java.util.ArrayList;
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
  private static final String PAGINATION = "pagination";

  private final String itemsKey;
  private final Class<T> itemType;
  private final ReaderCache itemsReader;

  private PageReader(String itemsKey, Class<T> itemType) {
    this.itemsKey = Objects.requireNonNull(itemsKey, "itemsKey == null");
    this.itemType = Objects.requireNonNull(itemType, "itemType == null");
    this.itemsReader =
        new ReaderCache(
            mapper ->
                mapper.readerFor(
                    mapper.getTypeFactory().constructCollectionType(List.class, itemType)));
  }

  public static <T> PageReader<T> of(String itemsKey, Class<T> itemType) {
    return new PageReader<>(itemsKey, itemType);
  }

  /**
   * The page in the answer {@code body} is positioned on the first token of, read in one streaming
   * pass; {@code fetchNext} becomes its way to the next page. {@code ApiCore} calls it after each
   * list call; it is public so that benchmarks can time the same decoding alone.
   *
   * @throws IOException when the items are missing or do not fit
   */
  public Page<T> read(ObjectMapper mapper, JsonParser body, Function<String, Page<T>> fetchNext)
      throws IOException {
    List<List<T>> items = new ArrayList<>(1);
    JsonNode[] pagination = {MissingNode.getInstance()};
    Envelope.forEach(
        body,
        name -> {
          if (name.equals(itemsKey) && body.currentToken() == JsonToken.START_ARRAY) {
            items.add(itemsReader.get(mapper).readValue(body));
            return true;
          }
          if (name.equals(PAGINATION)) {
            pagination[0] = mapper.readTree(body);
            return true;
          }
          return false;
        });
    if (items.isEmpty()) {
      throw new IOException("the answer has no '" + itemsKey + "' list");
    }
    JsonNode cursor = pagination[0].path("next_page_cursor");
    return Page.of(
        items.get(0),
        pagination[0].path("has_next_page").asBoolean(false),
        cursor.isTextual() ? cursor.asText() : null,
        fetchNext);
  }

  @Override
  public String toString() {
    return "PageReader{" + itemsKey + ", " + itemType.getSimpleName() + "}";
  }
}
