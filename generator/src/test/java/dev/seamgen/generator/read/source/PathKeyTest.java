package dev.seamgen.generator.read.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.seamgen.generator.ir.FixedQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathKeyTest {

  @Test
  void aKeyWithoutQueryIsAllPath() {
    PathKey key = PathKey.parse("/pets/{id}");

    assertEquals(new PathKey("/pets/{id}", List.of(), List.of()), key);
  }

  @Test
  void placeholdersAreBoundAndTextIsFixedInTheKeysOrder() {
    PathKey key = PathKey.parse("/fax/history?date_from={date_from}&order=desc&q={query}&fmt=a=b");

    assertEquals("/fax/history", key.path());
    assertEquals(
        List.of(new PathKey.Bound("date_from", "date_from"), new PathKey.Bound("q", "query")),
        key.bound());
    assertEquals(
        List.of(new FixedQuery("order", "desc"), new FixedQuery("fmt", "a=b")), key.fixed());
  }

  @Test
  void theTrailingSlashBeforeTheQueryStaysInThePath() {
    assertEquals(
        "/locations/search/{country}/",
        PathKey.parse("/locations/search/{country}/?q={query}").path());
  }

  @Test
  void emptyPairsAndAnEmptyQueryAreIgnored() {
    PathKey key = PathKey.parse("/rides?&page={page}&");

    assertEquals(List.of(new PathKey.Bound("page", "page")), key.bound());
    assertEquals(List.of(), PathKey.parse("/rides?").bound());
    assertEquals("/rides", PathKey.parse("/rides?").path());
  }

  @Test
  void anEmptyValueIsFixed() {
    assertEquals(List.of(new FixedQuery("debug", "")), PathKey.parse("/a?debug=").fixed());
  }

  @Test
  void pairsThatCannotBeSentAreRefusedNamingThePair() {
    assertEquals(
        "the query name '{search}' is a placeholder; seamgen sends fixed query names",
        refused("/numbers/search/{country}?{search}=1&{search_type}=2"));
    assertEquals(
        "the value of query 'q' mixes text and a placeholder; seamgen sends a placeholder alone"
            + " as a value",
        refused("/a?q=name:{name}"));
    assertEquals(
        "the query 'uploads' has no '='; seamgen sends name=value pairs", refused("/b?uploads"));
    assertEquals("the query pair '=1' has no name", refused("/c?=1"));
    assertEquals("'{id}' appears twice; one parameter fills one place", refused("/d/{id}?id={id}"));
    assertEquals("'{x}' appears twice; one parameter fills one place", refused("/e?a={x}&b={x}"));
  }

  @Test
  void thePathOfAKeyIsWhatComesBeforeItsQuestionMarkAndItsFragment() {
    assertEquals("/a/{b}", PathKey.pathOf("/a/{b}?c={c}"));
    assertEquals("/a/{b}", PathKey.pathOf("/a/{b}"));
    assertEquals("/a/{b}", PathKey.pathOf("/a/{b}#operation=logout"));
    assertEquals("/a/{b}", PathKey.pathOf("/a/{b}?c=1#d"));
  }

  @Test
  void aFragmentIsNeverSent() {
    assertEquals(
        new PathKey("/files/{id}", List.of(), List.of()), PathKey.parse("/files/{id}#add_link"));
    assertEquals(List.of(new FixedQuery("c", "1")), PathKey.parse("/a?c=1#{d}=x&e").fixed());
    assertEquals("operation=logout", PathKey.fragmentOf("/users/{id}#operation=logout"));
    assertEquals("", PathKey.fragmentOf("/users/{id}"));
  }

  private static String refused(String key) {
    return assertThrows(IllegalArgumentException.class, () -> PathKey.parse(key)).getMessage();
  }
}
