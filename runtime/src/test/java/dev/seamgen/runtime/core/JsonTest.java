package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  /** A model with a timestamp between two other fields. */
  static final class Account {
    @JsonProperty("id")
    String id;

    @JsonProperty("created_at")
    OffsetDateTime createdAt;

    @JsonProperty("display_name")
    String displayName;
  }

  @Test
  void theMapperIsSharedAndCreatedOnce() {
    assertSame(Json.mapper(), Json.mapper());
  }

  @Test
  void unknownPropertiesAreIgnored() throws Exception {
    Account account = MAPPER.readValue("{\"id\":\"a1\",\"new_field\":{\"x\":[1]}}", Account.class);

    assertEquals("a1", account.id);
  }

  @Test
  void timestampsKeepTheirOffset() throws Exception {
    Account account =
        MAPPER.readValue("{\"created_at\":\"2025-03-04T05:06:07.123+02:00\"}", Account.class);

    assertEquals(
        OffsetDateTime.of(2025, 3, 4, 5, 6, 7, 123_000_000, ZoneOffset.ofHours(2)),
        account.createdAt);
  }

  @Test
  void timestampsAreWrittenAsIsoStrings() throws Exception {
    String json =
        MAPPER.writeValueAsString(
            Map.of("at", OffsetDateTime.of(2025, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHours(-5))));

    assertEquals("{\"at\":\"2025-03-04T05:06:07-05:00\"}", json);
  }

  @Test
  void anUnreadableTimestampIsNullAndTheRestOfTheObjectSurvives() throws Exception {
    for (String odd :
        new String[] {
          "\"not a date\"",
          "\"2025-13-45\"",
          "\"\"",
          "12345",
          "{\"seconds\":1}",
          "[1,2]",
          "true",
          "null"
        }) {
      Account account =
          MAPPER.readValue(
              "{\"id\":\"a1\",\"created_at\":" + odd + ",\"display_name\":\"Jane\"}",
              Account.class);

      assertNull(account.createdAt, odd);
      assertEquals("a1", account.id, odd);
      assertEquals("Jane", account.displayName, odd);
    }
  }

  @Test
  void anEmptyOptionalIsWrittenAsAnExplicitNull() throws Exception {
    assertEquals(
        "{\"page_cursor\":null}",
        MAPPER.writeValueAsString(Map.of("page_cursor", Optional.empty())));
    assertEquals(
        "{\"page_cursor\":\"c\"}",
        MAPPER.writeValueAsString(Map.of("page_cursor", Optional.of("c"))));
  }
}
