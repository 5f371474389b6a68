package dev.seamgen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real Maven builds of separate projects for the integration tests: the Maven that runs this build,
 * offline, against the local repository the build installed the plugin and the runtime into.
 */
final class MavenBuilds {
  private MavenBuilds() {}

  /** Runs {@code mvn goals} in {@code project}; its log goes beside the project. */
  static Build run(Path project, String... goals) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Paths.get(property("maven.home"), "bin", "mvn").toString(),
                "-B",
                "-o",
                "-Dmaven.repo.local=" + property("maven.repo.local")));
    // The repositories behind the local one, when the outer build has them (a shared cache);
    // failsafe hands an unset property on unresolved.
    String tail = System.getProperty("maven.repo.local.tail", "");
    if (!tail.isBlank() && !tail.startsWith("${")) {
      command.add("-Dmaven.repo.local.tail=" + tail);
    }
    command.addAll(List.of(goals));
    Path log = Files.createTempFile(project.getParent(), "build-" + goals[0] + "-", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn " + String.join(" ", goals) + " took over 5 minutes");
    }
    return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** A system property failsafe sets for the integration tests. */
  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "system property "
              + name
              + " is not set; run this "
              + "test through Maven (failsafe sets it)");
    }
    return value;
  }

  static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> old = Files.walk(root)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** How a build ended, and everything it printed. */
  static final class Build {
    final int exitCode;
    final String log;

    Build(int exitCode, String log) {
      this.exitCode = exitCode;
      this.log = log;
    }
  }
}
