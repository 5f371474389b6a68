package dev.seamgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.seamgen.generator.config.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
  @TempDir Path output;

  @Test
  void checkFindsNothingInFreshOutputAndNamesEveryFileThatDrifted() throws Exception {
    GeneratorConfig config = GoldenFilesTest.petsConfig(output);
    Generator.run(config);
    assertEquals(List.of(), Generator.check(config));

    Path pet = output.resolve("com/example/pets/model/Pet.java");
    Files.writeString(pet, Files.readString(pet) + "// edited by hand\n");
    Files.delete(output.resolve("com/example/pets/model/Species.java"));
    Files.writeString(
        output.resolve(".seamgen-files"),
        Files.readString(output.resolve(".seamgen-files")) + "com/example/pets/model/Old.java\n");
    Files.writeString(output.resolve("com/example/pets/model/Old.java"), "class Old {}\n");

    assertEquals(
        List.of(
            "missing: com/example/pets/model/Species.java",
            "differs: com/example/pets/model/Pet.java",
            "no longer generated: com/example/pets/model/Old.java"),
        Generator.check(config));
  }
}
