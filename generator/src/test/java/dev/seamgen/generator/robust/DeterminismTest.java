package dev.seamgen.generator.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.cli.SeamgenCli;
import dev.seamgen.generator.config.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Same spec, same output, byte for byte: across runs, and across machines, here a JVM with a
 * Turkish locale (where "i".toUpperCase() is "İ"), another default charset and a far time zone.
 */
class DeterminismTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../spec/seam-connect.yaml",
        "src/test/resources/specs/pets.yaml",
        "src/test/resources/specs/robust/hostile.yaml",
        "src/test/resources/specs/shapes.yaml"
      })
  void theSameSpecGivesTheSameBytesEverywhere(String spec) throws Exception {
    Path first = generate(Path.of(spec), dir.resolve("first"));
    Path second = generate(Path.of(spec), dir.resolve("second"));
    assertEquals(digests(first), digests(second), "two runs in one JVM");

    Path elsewhere = dir.resolve("elsewhere");
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.language=tr",
                    "-Duser.country=TR",
                    "-Dfile.encoding=ISO-8859-1",
                    "-Duser.timezone=Pacific/Chatham",
                    "-cp",
                    System.getProperty("java.class.path"),
                    SeamgenCli.class.getName(),
                    "generate",
                    "--spec",
                    spec,
                    "--output",
                    elsewhere.toString(),
                    "--package",
                    "com.example.same"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("elsewhere.log").toFile())
            .start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the forked generator hung");
    assertEquals(0, process.exitValue(), Files.readString(dir.resolve("elsewhere.log")));
    assertEquals(digests(first), digests(elsewhere), "a Turkish, Latin-1, UTC+13:45 JVM");
  }

  private static Path generate(Path spec, Path output) throws Exception {
    Generator.run(
        GeneratorConfig.builder()
            .spec(spec)
            .outputDirectory(output)
            .packageName("com.example.same")
            .build());
    return output;
  }

  /** Every file's SHA-256 by its path in the folder. */
  private static Map<String, String> digests(Path folder) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        digests.put(folder.relativize(file).toString(), sha256(file));
      }
    }
    return digests;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
