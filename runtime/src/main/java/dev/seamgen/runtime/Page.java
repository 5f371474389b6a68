package dev.seamgen.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list, and the way to the next. {@link #autoPager()} walks this page and every later
 * one, fetching each page only when iteration reaches it.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final boolean hasNextPage;
  private final String nextPageCursor;
  private final Function<String, Page<T>> fetchNext;

  private Page(
      List<T> items,
      boolean hasNextPage,
      String nextPageCursor,
      Function<String, Page<T>> fetchNext) {
    this.items = Collections.unmodifiableList(new ArrayList<>(items));
    this.hasNextPage = hasNextPage && nextPageCursor != null;
    this.nextPageCursor = nextPageCursor;
    this.fetchNext = Objects.requireNonNull(fetchNext, "fetchNext == null");
  }

  /**
   * For generated code and the runtime, not applications: a page of {@code items}. {@code
   * fetchNext} repeats the request that produced this page with the given cursor, keeping every
   * filter. A page that claims a next page without giving its cursor counts as the last one, since
   * there would be no way to ask for it.
   */
  public static <T> Page<T> of(
      List<T> items,
      boolean hasNextPage,
      String nextPageCursor,
      Function<String, Page<T>> fetchNext) {
    return new Page<>(
        Objects.requireNonNull(items, "items == null"), hasNextPage, nextPageCursor, fetchNext);
  }

  /** The items of this page only. */
  public List<T> items() {
    return items;
  }

  /** Whether a later page exists; {@link #nextPage()} fetches it. */
  public boolean hasNextPage() {
    return hasNextPage;
  }

  /** The cursor of the next page, to resume a walk later with {@code pageCursor(...)}. */
  public Optional<String> nextPageCursor() {
    return Optional.ofNullable(nextPageCursor);
  }

  /**
   * Fetches the next page: one request, carrying this page's filters.
   *
   * @throws NoSuchElementException on the last page; check {@link #hasNextPage()} first
   */
  public Page<T> nextPage() {
    if (!hasNextPage) {
      throw new NoSuchElementException("this is the last page: hasNextPage() is false");
    }
    return fetchNext.apply(nextPageCursor);
  }

  /** Every item of this page and the pages after it, fetched lazily. */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", hasNextPage=" + hasNextPage + "}";
  }
}
