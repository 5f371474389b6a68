package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.seamgen.runtime.MissingFieldException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {
  @Test
  void requiredPassesAPresentValueThrough() {
    assertEquals("x", Fields.required("x", "T", "f"));
  }

  @Test
  void requiredNamesTheTypeAndWireField() {
    MissingFieldException e =
        assertThrows(
            MissingFieldException.class,
            () -> Fields.required(null, "ConnectedAccount", "connected_account_id"));
    assertEquals("ConnectedAccount.connected_account_id was not in the response", e.getMessage());
    assertEquals("connected_account_id", e.fieldName());
    assertEquals("ConnectedAccount", e.typeName());
  }

  @Test
  void collectionsAreCopiedAndNeverNull() {
    assertEquals(List.of(), Fields.list(null));
    assertEquals(Map.of(), Fields.map(null));
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("gone", null);
    assertEquals(withNull, Fields.map(withNull), "explicit null values are kept");
    assertThrows(UnsupportedOperationException.class, () -> Fields.list(List.of(1)).add(2));
    assertThrows(UnsupportedOperationException.class, () -> Fields.map(withNull).clear());
  }

  @Test
  void copiesDoNotFollowTheSource() {
    List<String> source = new ArrayList<>(Arrays.asList("a", null));
    List<String> copy = Fields.list(source);
    source.add("b");
    assertEquals(Arrays.asList("a", null), copy, "null elements are kept");

    Map<String, Integer> ordered = new LinkedHashMap<>();
    ordered.put("z", 1);
    ordered.put("a", 2);
    Map<String, Integer> mapCopy = Fields.map(ordered);
    ordered.put("m", 3);
    assertEquals(List.of("z", "a"), new ArrayList<>(mapCopy.keySet()), "insertion order kept");
  }

  @Test
  void checkRequiredNamesEveryMissingValue() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Fields.checkRequired("Req", "a", null, "b", 1, "c", null));
    assertEquals("Req: missing required a, c", e.getMessage());
  }

  @Test
  void checkExactlyOneSaysWhatWasWrong() {
    Fields.checkExactlyOne("Req", "id", "x", "email", null);
    assertEquals(
        "Req: set exactly one of id, email (none was set)",
        assertThrows(
                IllegalStateException.class,
                () -> Fields.checkExactlyOne("Req", "id", null, "email", null))
            .getMessage());
    assertEquals(
        "Req: set exactly one of id, email (both were set)",
        assertThrows(
                IllegalStateException.class,
                () -> Fields.checkExactlyOne("Req", "id", "x", "email", "y"))
            .getMessage());
    assertEquals(
        "Req: set exactly one of a, b, c (a, c were set)",
        assertThrows(
                IllegalStateException.class,
                () -> Fields.checkExactlyOne("Req", "a", 1, "b", null, "c", 2))
            .getMessage());
  }

  @Test
  void namesAndValuesMustComeInPairs() {
    assertThrows(IllegalArgumentException.class, () -> Fields.checkRequired("Req", "a"));
    assertThrows(IllegalArgumentException.class, () -> Fields.checkExactlyOne("Req", 1, "a"));
  }

  @Test
  void lengthsAndBoundsNameTheValue() {
    Fields.checkLength("Req", "name", "abc", 1, 3);
    assertEquals(
        "Req.name must be at most 3 characters long, was 4",
        assertThrows(
                IllegalArgumentException.class,
                () -> Fields.checkLength("Req", "name", "abcd", 1, 3))
            .getMessage());
    assertEquals(
        "Req.limit must be greater than 0, was 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> Fields.checkMinimum("Req", "limit", 0, 0.0, true))
            .getMessage());
    Fields.checkMinimum("Req", "limit", 1, 0.0, true);
    assertEquals(
        "Req.size must be at most 10, was 11",
        assertThrows(
                IllegalArgumentException.class,
                () -> Fields.checkMaximum("Req", "size", 11L, 10.0, false))
            .getMessage());
  }

  @Test
  void mapsAreCheckedAgainstTheirLimitsNamingTheKey() {
    Fields.checkMap(
        "Req", "meta", Map.of("a", "b", "c", true), 2, 1, 1, false, String.class, Boolean.class);
    assertEquals(
        "Req.meta may have at most 1 keys, has 2",
        assertThrows(
                IllegalArgumentException.class,
                () -> Fields.checkMap("Req", "meta", Map.of("a", "b", "c", "d"), 1, -1, -1, false))
            .getMessage());
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("gone", null);
    Fields.checkMap("Req", "meta", withNull, -1, -1, -1, true);
    assertEquals(
        "Req.meta['gone'] is null; null values are not allowed here",
        assertThrows(
                IllegalArgumentException.class,
                () -> Fields.checkMap("Req", "meta", withNull, -1, -1, -1, false))
            .getMessage());
  }
}
