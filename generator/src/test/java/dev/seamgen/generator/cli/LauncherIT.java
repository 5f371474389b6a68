package dev.seamgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line distribution as a user unpacks it: {@code bin/seamgen} finds its jar (also
 * through a symlink), passes arguments and the exit code through, and runs the JVM with its batch
 * options plus the user's {@code SEAMGEN_OPTS}.
 */
class LauncherIT {
  private static final Path PETS = Path.of("src/test/resources/specs/pets.yaml");
  private static Path launcher;

  @TempDir Path dir;

  @BeforeAll
  static void posixOnly() {
    assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/seamgen is for sh");
    launcher = Path.of(System.getProperty("seamgen.dist"), "bin", "seamgen");
  }

  @Test
  void theLauncherIsExecutableAndItsJarIsBesideIt() throws IOException {
    assertTrue(
        Files.getPosixFilePermissions(launcher).contains(PosixFilePermission.OWNER_EXECUTE),
        launcher + " is executable");
    assertTrue(Files.isRegularFile(launcher.resolveSibling("../lib/seamgen-cli.jar").normalize()));
  }

  @Test
  void generatesThroughTheLauncher() throws Exception {
    Path output = dir.resolve("out");
    Result result =
        run(
            launcher,
            Map.of(),
            "generate",
            "--spec",
            PETS.toString(),
            "--output",
            output.toString(),
            "--package",
            "com.example.pets");

    assertEquals(0, result.code, result.output);
    assertTrue(result.output.startsWith("seamgen: "), result.output);
    assertTrue(Files.isRegularFile(output.resolve("com/example/pets/PetStore.java")));
  }

  @Test
  void aBrokenSpecsExitCodeComesThrough() throws Exception {
    Result result =
        run(
            launcher,
            Map.of(),
            "generate",
            "--spec",
            "missing.yaml",
            "--output",
            dir.resolve("out").toString(),
            "--package",
            "com.example.pets");

    assertEquals(1, result.code, result.output);
    assertTrue(result.output.contains("spec file not found"), result.output);
  }

  @Test
  void worksThroughASymlinkWithTheBatchOptionsAndTheUsers() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("seamgen"), launcher.toAbsolutePath());

    Result result =
        run(link, Map.of("SEAMGEN_OPTS", "-XX:+PrintCommandLineFlags -Dx=1"), "--version");

    assertEquals(0, result.code, result.output);
    assertTrue(result.output.contains("-XX:+UseSerialGC"), result.output);
    assertTrue(result.output.contains("-XX:TieredStopAtLevel=1"), result.output);
    assertTrue(result.output.contains("seamgen "), result.output);
    Files.delete(link); // before JUnit's clean-up, which warns about links out of its folder
  }

  private record Result(int code, String output) {}

  private Result run(Path command, Map<String, String> environment, String... args)
      throws Exception {
    List<String> commandLine = new ArrayList<>(List.of(command.toString()));
    commandLine.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
    return new Result(process.exitValue(), output);
  }
}
