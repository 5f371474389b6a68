package dev.seamgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AutoPagerTest {
  /** Pages of a fake list, keyed by cursor, counting every fetch. */
  private final List<String> fetched = new ArrayList<>();

  private final Map<String, List<Integer>> pages =
      Map.of(
          "c2", List.of(3, 4),
          "c3", List.of(),
          "c4", List.of(5));

  private Page<Integer> page(List<Integer> items, String next) {
    return Page.of(
        items,
        next != null,
        next,
        cursor -> {
          fetched.add(cursor);
          String after = cursor.equals("c2") ? "c3" : cursor.equals("c3") ? "c4" : null;
          return page(pages.get(cursor), after);
        });
  }

  @Test
  void iteratesEveryPageFetchingEachOnceInOrder() {
    Page<Integer> first = page(List.of(1, 2), "c2");

    List<Integer> all = new ArrayList<>();
    first.autoPager().forEach(all::add);

    assertEquals(List.of(1, 2, 3, 4, 5), all);
    assertEquals(List.of("c2", "c3", "c4"), fetched, "an empty page is skipped, not the end");
  }

  @Test
  void laterPagesAreFetchedOnlyWhenIterationReachesThem() {
    Page<Integer> first = page(List.of(1, 2), "c2");

    Iterator<Integer> items = first.autoPager().iterator();
    assertEquals(List.of(), fetched, "creating the iterator fetches nothing");
    items.next();
    items.next();
    assertEquals(List.of(), fetched, "the first page's items need no request");
    items.next();
    assertEquals(List.of("c2"), fetched);
  }

  @Test
  void aLimitedStreamStopsFetching() {
    Page<Integer> first = page(List.of(1, 2), "c2");

    List<Integer> three = first.autoPager().stream().limit(3).collect(Collectors.toList());

    assertEquals(List.of(1, 2, 3), three);
    assertEquals(List.of("c2"), fetched);
  }

  @Test
  void eachIterationStartsAgainAtTheFirstPage() {
    AutoPager<Integer> pager = page(List.of(1), "c2").autoPager();

    assertEquals(List.of(1, 3, 4, 5), pager.stream().collect(Collectors.toList()));
    assertEquals(List.of(1, 3, 4, 5), pager.stream().collect(Collectors.toList()));
    assertEquals(List.of("c2", "c3", "c4", "c2", "c3", "c4"), fetched);
  }

  @Test
  void aCursorGivenAgainStopsTheWalkInsteadOfLoopingForever() {
    // c2 -> c3 -> c2 ...: a server that leads back to a page it already sent.
    Page<Integer> first =
        Page.of(
            List.of(1),
            true,
            "c2",
            new Function<>() {
              @Override
              public Page<Integer> apply(String cursor) {
                fetched.add(cursor);
                return Page.of(
                    List.of(fetched.size() + 1), true, cursor.equals("c2") ? "c3" : "c2", this);
              }
            });

    List<Integer> seen = new ArrayList<>();
    SdkException e = assertThrows(SdkException.class, () -> first.autoPager().forEach(seen::add));

    assertEquals(
        "page 3 gives the same next-page cursor as page 1; stopping, since the server "
            + "would send the same pages forever",
        e.getMessage());
    assertEquals(List.of(1, 2, 3), seen, "every page before the repeat is walked once");
    assertEquals(List.of("c2", "c3"), fetched);
  }

  @Test
  void aPageThatGivesItsOwnCursorStopsAfterOneRepeat() {
    Page<Integer> first =
        Page.of(
            List.of(1),
            true,
            "same",
            new Function<>() {
              @Override
              public Page<Integer> apply(String cursor) {
                fetched.add(cursor);
                return Page.of(List.of(), true, "same", this);
              }
            });

    assertThrows(SdkException.class, () -> first.autoPager().stream().count());
    assertEquals(List.of("same"), fetched);
  }

  @Test
  void theEndIsReportedLikeAnyIterator() {
    Iterator<Integer> items = page(List.of(1), null).autoPager().iterator();

    items.next();
    assertFalse(items.hasNext());
    assertThrows(NoSuchElementException.class, items::next);
    assertEquals(List.of(), fetched);
  }
}
