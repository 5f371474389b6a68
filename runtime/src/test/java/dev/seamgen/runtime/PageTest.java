package dev.seamgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PageTest {
  private static final Function<String, Page<String>> NEVER =
      cursor -> {
        throw new AssertionError("fetched " + cursor);
      };

  @Test
  void nextPageFetchesWithThisPagesCursor() {
    List<String> asked = new ArrayList<>();
    Page<String> second = Page.of(List.of("c"), false, null, NEVER);
    Page<String> first =
        Page.of(
            List.of("a", "b"),
            true,
            "cursor2",
            cursor -> {
              asked.add(cursor);
              return second;
            });

    assertTrue(first.hasNextPage());
    assertEquals(Optional.of("cursor2"), first.nextPageCursor());
    assertSame(second, first.nextPage());
    assertEquals(List.of("cursor2"), asked);
  }

  @Test
  void theLastPageRefusesToFetchMoreAndSaysWhy() {
    Page<String> last = Page.of(List.of("a"), false, null, NEVER);

    assertFalse(last.hasNextPage());
    assertEquals(Optional.empty(), last.nextPageCursor());
    NoSuchElementException e = assertThrows(NoSuchElementException.class, last::nextPage);
    assertTrue(e.getMessage().contains("last page"), e.getMessage());
  }

  @Test
  void aNextPageWithoutACursorCountsAsTheLast() {
    Page<String> page = Page.of(List.of("a"), true, null, NEVER);

    assertFalse(page.hasNextPage());
    assertThrows(NoSuchElementException.class, page::nextPage);
  }

  @Test
  void itemsAreAnUnchangeableCopy() {
    List<String> source = new ArrayList<>(List.of("a"));
    Page<String> page = Page.of(source, false, null, NEVER);
    source.add("b");

    assertEquals(List.of("a"), page.items());
    assertThrows(UnsupportedOperationException.class, () -> page.items().add("c"));
  }

  @Test
  void toStringIsShort() {
    Page<String> page = Page.of(List.of("a", "b"), true, "secret-ish-cursor", NEVER);
    assertEquals("Page{items=2, hasNextPage=true}", page.toString());
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThrows(NullPointerException.class, () -> Page.of(null, false, null, NEVER));
    assertThrows(NullPointerException.class, () -> Page.of(List.of(), false, null, null));
  }
}
