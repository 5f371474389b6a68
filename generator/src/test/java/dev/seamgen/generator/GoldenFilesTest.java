package dev.seamgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.seamgen.generator.config.GeneratorConfig;
import dev.seamgen.generator.incremental.Fingerprint;
import dev.seamgen.generator.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated output of the small fixture specs (Seam-style {@code pets.yaml}, REST {@code
 * rest.yaml}), file by file, against the files checked in under {@code src/test/resources/golden}.
 * After an intended change, rewrite them with {@code ./mvnw -pl generator test
 * -Dtest=GoldenFilesTest -Dseamgen.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {
  static final Path FIXTURE = Paths.get("src/test/resources/specs/pets.yaml");
  static final Path REST_FIXTURE = Paths.get("src/test/resources/specs/rest.yaml");
  private static final Path GOLDEN = Paths.get("src/test/resources/golden");

  @TempDir Path output;

  static GeneratorConfig petsConfig(Path output) {
    return GeneratorConfig.builder()
        .spec(FIXTURE)
        .outputDirectory(output)
        .packageName("com.example.pets")
        .clientName("PetStore")
        .sdkVersion("1.0.0")
        .build();
  }

  static GeneratorConfig restConfig(Path output) {
    return GeneratorConfig.builder()
        .spec(REST_FIXTURE)
        .outputDirectory(output)
        .packageName("com.example.shelf")
        .sdkVersion("1.0.0")
        .build();
  }

  @Test
  void seamStyleSourcesMatchTheGoldenFiles() throws Exception {
    matchGolden(petsConfig(output), GOLDEN.resolve("pets"));
  }

  @Test
  void restSourcesMatchTheGoldenFiles() throws Exception {
    matchGolden(restConfig(output), GOLDEN.resolve("rest"));
  }

  private void matchGolden(GeneratorConfig config, Path golden) throws Exception {
    Generator.run(config);
    List<String> generated = files(output);
    if (Boolean.getBoolean("seamgen.updateGolden")) {
      rewriteGolden(generated, golden);
    }
    assertEquals(files(golden), generated, "the set of generated files changed");
    for (String file : generated) {
      assertEquals(
          Files.readString(golden.resolve(file)),
          Files.readString(output.resolve(file)),
          file + " differs from its golden file");
    }
  }

  private void rewriteGolden(List<String> generated, Path golden) throws IOException {
    if (Files.exists(golden)) {
      try (Stream<Path> old = Files.walk(golden)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    for (String file : generated) {
      Path target = golden.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(output.resolve(file), target);
    }
  }

  /** Every file under {@code root} but the run's bookkeeping files, relative, sorted. */
  static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(
              p ->
                  !p.equals(OutputWriter.MANIFEST)
                      && !p.equals(Fingerprint.FILE)
                      && !p.equals(Generator.WARNINGS))
          .sorted()
          .toList();
    }
  }
}
