package dev.seamgen.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimestampTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-06-15T16:54:17.946Z",
        "2025-06-15T16:54:17Z",
        "2025-06-15T16:54Z",
        "2025-06-15T16:54:17.123456789+02:00",
        "2025-06-15T16:54:17.1-05:30",
        "2024-02-29T00:00:00+00:00",
        "0000-01-01T00:00:00Z",
        "2025-06-15T16:54:17.946-00:30",
        "2025-06-15t16:54:17z",
        "+12025-06-15T16:54:17Z",
        "2025-06-15T16:54:17+01:00:30",
        "2025-06-15T16:54:17.Z"
      })
  void readsWhatTheJdkReadsTheSameWay(String text) {
    OffsetDateTime expected = OffsetDateTime.parse(text);
    OffsetDateTime actual = IsoTimestamp.parse(text);
    assertEquals(expected, actual);
    assertEquals(expected.getOffset(), actual.getOffset());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-06-15T24:00:00Z",
        "2025-06-15T16:60:00Z", "2025-06-15T16:54:61Z", "2025-06-15T16:54:17.1234567890Z",
        "2025-06-15T16:54:17+19:00", "2025-06-15T16:54:17", "2025-06-15 16:54:17Z",
        "2025-6-15T16:54:17Z", "not a time", ""
      })
  void rejectsWhatTheJdkRejects(String text) {
    assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(text));
    assertThrows(DateTimeParseException.class, () -> IsoTimestamp.parse(text));
  }

  /** Mutated timestamps: the fast path and the JDK agree on every one, value and offset. */
  @Test
  void agreesWithTheJdkOnMutatedTimestamps() {
    Random random = new Random(20251115);
    String alphabet = "0123456789-:.TZtz+ ";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder(sample(random));
      for (int edits = random.nextInt(3); edits > 0 && text.length() > 0; edits--) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        int edit = random.nextInt(3);
        if (edit == 0) {
          text.setCharAt(at, c);
        } else if (edit == 1) {
          text.insert(at, c);
        } else {
          text.deleteCharAt(at);
        }
      }
      String input = text.toString();
      OffsetDateTime expected;
      try {
        expected = OffsetDateTime.parse(input);
      } catch (DateTimeParseException e) {
        assertThrows(DateTimeParseException.class, () -> IsoTimestamp.parse(input), input);
        continue;
      }
      OffsetDateTime actual = IsoTimestamp.parse(input);
      assertEquals(expected, actual, input);
      assertEquals(expected.getOffset(), actual.getOffset(), input);
    }
  }

  private static String sample(Random random) {
    OffsetDateTime time =
        OffsetDateTime.of(
            1 + random.nextInt(9998),
            1 + random.nextInt(12),
            1 + random.nextInt(28),
            random.nextInt(24),
            random.nextInt(60),
            random.nextInt(60),
            random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000),
            random.nextBoolean()
                ? ZoneOffset.UTC
                : ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800));
    return time.toString();
  }
}
