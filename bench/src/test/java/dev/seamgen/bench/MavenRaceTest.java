package dev.seamgen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MavenRaceTest {
  @Test
  void goalTimeRunsFromTheGoalsLineToTheNextSeparator() {
    List<String> log =
        List.of(
            "07:46:58.986 [INFO] -------------------< com.example:race >-------------------",
            "07:46:59.332 [INFO] --- openapi-generator:7.25.0:generate (default) @ race ---",
            "07:47:01.000 [INFO] Generating with dryRun=false",
            "07:47:21.916 [INFO] ------------------------------------------------------------",
            "07:47:21.916 [INFO] BUILD SUCCESS");

    assertEquals(22_584, MavenRace.goalMillis(log, Path.of("p")));
  }

  @Test
  void aLogWithoutTimestampsIsAnError() {
    List<String> log = List.of("[INFO] --- seamgen:0.1.0:generate (default) @ race ---");

    assertThrows(IllegalStateException.class, () -> MavenRace.goalMillis(log, Path.of("p")));
  }
}
