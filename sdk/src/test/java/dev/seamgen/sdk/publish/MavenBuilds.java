package dev.seamgen.sdk.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real Maven builds of separate projects, as a user runs them: each with its own empty local
 * repository that reads everything else from the user's one ({@code maven.repo.local.tail}, Maven
 * 3.9).
 */
final class MavenBuilds {
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git");

  private MavenBuilds() {}

  /** Copies the seamgen project without build output, giving its modules {@code version}. */
  static void copyProject(Path from, Path to, String version) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(f -> !skipped(from.relativize(f))).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (file.getFileName().toString().equals("pom.xml")) {
          Files.writeString(target, Files.readString(file).replace("0.1.0-SNAPSHOT", version));
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (SKIPPED.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Copies a project template, filling in its {@code @name@} values. */
  static void copyTemplate(Path from, Path to, Map<String, String> values) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          String text = Files.readString(file);
          for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
          }
          Files.writeString(target, text);
        }
      }
    }
  }

  /** Runs {@code mvn -B arguments} in {@code project}; the log goes next to the project. */
  static Build maven(Path project, Path localRepository, String... arguments) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Paths.get(property("maven.home"), "bin", "mvn").toString(),
                "-B",
                "-Dmaven.repo.local=" + localRepository,
                "-Dmaven.repo.local.tail=" + property("maven.repo.local")));
    command.addAll(List.of(arguments));
    Path log = project.resolveSibling(project.getFileName() + "-build.log");
    Process process =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn " + String.join(" ", arguments) + " took over 10 minutes");
    }
    return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
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

  /** A system property failsafe sets. */
  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "system property "
              + name
              + " is not set; run this test "
              + "through Maven (failsafe sets it)");
    }
    return value;
  }

  /** A finished build: its exit code and log. */
  static final class Build {
    final int exitCode;
    final String log;

    Build(int exitCode, String log) {
      this.exitCode = exitCode;
      this.log = log;
    }

    String tail() {
      String[] lines = log.split("\n");
      return String.join(
          "\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
    }
  }
}
