package dev.seamgen.generator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MavenCoordinatesTest {
  @Test
  void readsGroupArtifactAndVersion() {
    MavenCoordinates coordinates = MavenCoordinates.parse("com.example:pets-sdk:1.0.0-SNAPSHOT");

    assertEquals(new MavenCoordinates("com.example", "pets-sdk", "1.0.0-SNAPSHOT"), coordinates);
    assertEquals("com.example:pets-sdk:1.0.0-SNAPSHOT", coordinates.toString());
  }

  @Test
  void refusesAnythingElseNamingTheExpectedForm() {
    for (String text :
        new String[] {"com.example:pets-sdk", "a:b:c:d", ":b:1", "a b:c:1", "a:b:1</version>"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> MavenCoordinates.parse(text));
      assertEquals(
          "'" + text + "' is not groupId:artifactId:version, such as com.example:pets-sdk:1.0.0",
          e.getMessage());
    }
  }
}
