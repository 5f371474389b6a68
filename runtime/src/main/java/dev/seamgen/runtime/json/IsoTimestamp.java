package dev.seamgen.runtime.json;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads ISO-8601 timestamps with an offset, as {@link OffsetDateTime#parse(CharSequence)} does, but
 * without {@code DateTimeFormatter} for the shape APIs send: {@code 2025-06-15T16:54:17.946Z} or
 * {@code ...+02:00}. The formatter copies its parse state for each optional section (seconds,
 * fraction) and took about half the time of decoding a page of connected accounts. Any other shape,
 * and any value out of range, goes to {@code OffsetDateTime.parse}, so results and errors are
 * exactly its.
 */
final class IsoTimestamp {
  private IsoTimestamp() {}

  /** The timestamp {@code text} holds; throws {@code DateTimeParseException} as the JDK does. */
  static OffsetDateTime parse(String text) {
    OffsetDateTime fast = common(text);
    return fast != null ? fast : OffsetDateTime.parse(text);
  }

  /**
   * {@code yyyy-MM-ddTHH:mm[:ss[.f{1,9}]](Z|±HH:mm)}, or null for any other shape or a value out of
   * range.
   */
  private static OffsetDateTime common(String s) {
    int length = s.length();
    if (length < 17
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = 0;
    int nanos = 0;
    int i = 16;
    if (i < length && s.charAt(i) == ':') {
      second = digits(s, i + 1, 2);
      i += 3;
      if (i < length && s.charAt(i) == '.') {
        int start = ++i;
        while (i < length && i - start < 10 && isDigit(s.charAt(i))) {
          nanos = nanos * 10 + (s.charAt(i) - '0');
          i++;
        }
        int count = i - start;
        if (count == 0 || count > 9) {
          return null;
        }
        for (int k = count; k < 9; k++) {
          nanos *= 10;
        }
      }
    }
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    ZoneOffset offset;
    if (i == length - 1 && s.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == length - 6
        && (s.charAt(i) == '+' || s.charAt(i) == '-')
        && s.charAt(i + 3) == ':') {
      int hours = digits(s, i + 1, 2);
      int minutes = digits(s, i + 4, 2);
      if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
        return null;
      }
      int sign = s.charAt(i) == '-' ? -1 : 1;
      try {
        offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      } catch (DateTimeException e) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The decimal number in {@code s} at {@code [start, start + count)}, or -1. */
  private static int digits(String s, int start, int count) {
    if (start + count > s.length()) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
