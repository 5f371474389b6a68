package dev.seamgen.sdk.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * Publishing as a user does it: {@code mvn deploy} of a copy of this project to a folder given
 * on the command line, then a build of a separate application that gets the SDK from that
 * folder only. The copy gets a version of its own, so nothing can come from a local repository
 * instead; each build has its own empty local repository, reading everything else from the
 * user's one ({@code maven.repo.local.tail}, Maven 3.9).
 */
class DeployToFolderIT {
  private static final String VERSION = "0.0.0-deployit";
  private static final Path WORK = Paths.get("target/deploy-it").toAbsolutePath();
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git");

  @Test
  void theDeployedSdkBuildsASeparateApplication() throws Exception {
    deleteTree(WORK);
    Path source = WORK.resolve("source");
    copyProject(Paths.get("..").toAbsolutePath().normalize(), source);
    Path repository = WORK.resolve("repository");

    Build deploy = maven(source, WORK.resolve("deploy-m2"), "deploy", "-DskipTests",
        "-DskipITs", "-DaltDeploymentRepository=staging::" + repository.toUri());

    assertEquals(0, deploy.exitCode, deploy.tail());
    Path sdk = repository.resolve("dev/seamgen/seam-sdk/" + VERSION);
    for (String file : List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar")) {
      assertTrue(Files.isRegularFile(sdk.resolve("seam-sdk-" + VERSION + file)), file);
    }
    assertTrue(Files.isRegularFile(repository.resolve("dev/seamgen/seamgen-runtime/" + VERSION
        + "/seamgen-runtime-" + VERSION + ".jar")));

    Path consumer = WORK.resolve("consumer");
    copyTemplate(Paths.get("src/it/sdk-consumer"), consumer, Map.of(
        "@staged.url@", repository.toUri().toString(),
        "@sdk.version@", VERSION,
        "@junit.version@", property("junit.version"),
        "@compiler.version@", property("compiler.version"),
        "@surefire.version@", property("surefire.version"),
        "@resources.version@", property("resources.version")));

    Build application = maven(consumer, WORK.resolve("consumer-m2"), "verify");

    assertEquals(0, application.exitCode, application.tail());
    assertTrue(application.log.contains("Downloaded from staged: " + repository.toUri()),
        "the SDK came from the deployed folder:\n" + application.tail());
    assertTrue(application.log.contains("Tests run: 1, Failures: 0, Errors: 0"),
        application.tail());
  }

  private static void copyProject(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(f -> !skipped(from.relativize(f))).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (file.getFileName().toString().equals("pom.xml")) {
          Files.writeString(target, Files.readString(file)
              .replace("0.1.0-SNAPSHOT", VERSION));
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

  private static void copyTemplate(Path from, Path to, Map<String, String> values)
      throws IOException {
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

  private static Build maven(Path project, Path localRepository, String... arguments)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(property("maven.home"), "bin", "mvn").toString(), "-B",
        "-Dmaven.repo.local=" + localRepository,
        "-Dmaven.repo.local.tail=" + property("maven.repo.local")));
    command.addAll(List.of(arguments));
    Path log = project.resolveSibling(project.getFileName() + "-build.log");
    Process process = new ProcessBuilder(command)
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

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> old = Files.walk(root)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set; run this test "
          + "through Maven (failsafe sets it)");
    }
    return value;
  }

  private static final class Build {
    final int exitCode;
    final String log;

    Build(int exitCode, String log) {
      this.exitCode = exitCode;
      this.log = log;
    }

    String tail() {
      String[] lines = log.split("\n");
      return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60),
          lines.length));
    }
  }
}
