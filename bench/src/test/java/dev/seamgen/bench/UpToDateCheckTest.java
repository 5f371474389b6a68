package dev.seamgen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class UpToDateCheckTest {
  @Test
  void readsTheGoalsTimeFromTheSummaryOfAFirstBuild() {
    Matcher matcher =
        UpToDateCheck.GENERATED.matcher(
            "[INFO] seamgen: 5 of 5 operations, 10 types: 27 files (27 written, 0 unchanged,"
                + " 0 deleted); first run into this folder (7958 ms)");

    assertEquals(true, matcher.find());
    assertEquals("7958", matcher.group(1));
  }
}
