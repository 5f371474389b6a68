package dev.seamgen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a command under {@code /usr/bin/time}: wall time and peak resident memory (the largest
 * process of the tree, so a launcher script's JVM is what counts), with the JVM's defaults (no
 * {@code JAVA_HOME}, {@code JAVA_TOOL_OPTIONS} or {@code MAVEN_OPTS} from the caller).
 */
final class Timed {
  private Timed() {}

  /** One measured run; {@code seconds} and {@code maxRssKb} are as {@code time} printed them. */
  record Run(String seconds, String maxRssKb, int exitCode) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  static Run run(List<String> command, Path directory, Path log) throws IOException {
    Path timeFile = log.resolveSibling(log.getFileName() + ".time");
    List<String> timed =
        new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", timeFile.toString()));
    timed.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(timed)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // bin/seamgen and mvnw would prefer JAVA_HOME's JVM: every contender runs the java on the PATH.
    builder.environment().remove("JAVA_HOME");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("MAVEN_OPTS");
    try {
      int exitCode = builder.start().waitFor();
      // time appends "Command exited with non-zero status N" before its figures when a run fails.
      String[] measured = Files.readString(timeFile).strip().split("\\s+");
      String[] last = measured.length >= 2 ? measured : new String[] {"nan", "nan"};
      return new Run(last[last.length - 2], last[last.length - 1], exitCode);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command, e);
    }
  }

  static long countFiles(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
