package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.seamgen.runtime.MissingFieldException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {
  @Test
  void requiredNamesTheTypeAndWireField() {
    MissingFieldException e = assertThrows(MissingFieldException.class,
        () -> Fields.required(null, "ConnectedAccount", "connected_account_id"));
    assertEquals("ConnectedAccount.connected_account_id was not in the response", e.getMessage());
    assertEquals("connected_account_id", e.fieldName());
  }

  @Test
  void collectionsAreCopiedAndNeverNull() {
    assertEquals(List.of(), Fields.list(null));
    assertEquals(Map.of(), Fields.map(null));
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("gone", null);
    assertEquals(withNull, Fields.map(withNull), "explicit null values are kept");
    assertThrows(UnsupportedOperationException.class, () -> Fields.list(List.of(1)).add(2));
  }

  @Test
  void checkRequiredNamesEveryMissingValue() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Fields.checkRequired("Req", "a", null, "b", 1, "c", null));
    assertEquals("Req: missing required a, c", e.getMessage());
  }

  @Test
  void checkExactlyOneSaysWhatWasWrong() {
    Fields.checkExactlyOne("Req", "id", "x", "email", null);
    assertEquals("Req: set exactly one of id, email (none was set)",
        assertThrows(IllegalStateException.class,
            () -> Fields.checkExactlyOne("Req", "id", null, "email", null)).getMessage());
    assertEquals("Req: set exactly one of id, email (id and email were set)",
        assertThrows(IllegalStateException.class,
            () -> Fields.checkExactlyOne("Req", "id", "x", "email", "y")).getMessage());
  }
}
