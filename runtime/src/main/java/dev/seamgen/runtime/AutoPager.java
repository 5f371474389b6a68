package dev.seamgen.runtime;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item from a first page onward. Each iteration starts again at the first page and fetches a
 * later page only when it gets there: one request per page, none ahead of time.
 *
 * <p>A server that gives a next-page cursor it gave before would lead round the same pages forever;
 * iteration stops there with an {@link SdkException} instead.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;

  AutoPager(Page<T> first) {
    this.first = first;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<T>() {
      private final Map<String, Integer> cursors = new HashMap<>();
      private Page<T> page = first;
      private int pageNumber = 1;
      private Iterator<T> items = first.items().iterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext() && page.hasNextPage()) {
          checkNewCursor(page.nextPageCursor().orElseThrow());
          page = page.nextPage();
          pageNumber++;
          items = page.items().iterator();
        }
        return items.hasNext();
      }

      private void checkNewCursor(String cursor) {
        Integer earlier = cursors.putIfAbsent(cursor, pageNumber);
        if (earlier != null) {
          throw new SdkException(
              "page "
                  + pageNumber
                  + " gives the same next-page cursor as "
                  + "page "
                  + earlier
                  + "; stopping, since the server would send the same pages "
                  + "forever");
        }
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }

  /** The same items as a sequential, lazy stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
