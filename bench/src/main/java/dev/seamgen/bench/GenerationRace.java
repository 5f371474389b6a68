package dev.seamgen.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates each spec with seamgen and with openapi-generator ({@code -g java --library native}),
 * each as its documentation runs it (seamgen's {@code bin/seamgen}, openapi-generator's {@code java
 * -jar}) and each with the other's JVM options, rotating which goes first each round, and records
 * wall time and peak memory (maximum resident set, from {@code /usr/bin/time}) of every run in a
 * CSV.
 *
 * <p>Usage: {@code GenerationRace <seamgen distribution folder> <openapi-generator-cli.jar>
 * <rounds> <work dir> <out.csv> <spec>...}
 */
public final class GenerationRace {
  private GenerationRace() {}

  /** The JVM options {@code bin/seamgen} passes; kept in step with that script. */
  static final List<String> BATCH_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  /** Contenders, as named in the CSV. */
  static final String SEAMGEN = "seamgen";

  static final String SEAMGEN_DEFAULTS = "seamgen-jvm-defaults";
  static final String OPENAPI_GENERATOR = "openapi-generator";
  static final String OPENAPI_GENERATOR_BATCH = "openapi-generator-batch-options";

  public static void main(String[] args) throws Exception {
    Path distribution = Path.of(args[0]);
    Path theirs = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Path work = Files.createDirectories(Path.of(args[3]));
    Path csv = Path.of(args[4]);
    List<Path> specs = Stream.of(args).skip(5).map(Path::of).toList();
    List<String> tools =
        List.of(SEAMGEN, OPENAPI_GENERATOR, SEAMGEN_DEFAULTS, OPENAPI_GENERATOR_BATCH);
    try (Writer out = Files.newBufferedWriter(csv)) {
      out.write("tool,spec,round,seconds,max_rss_kb,exit_code,files\n");
      for (int round = 1; round <= rounds; round++) {
        for (Path spec : specs) {
          List<String> order = new ArrayList<>(tools);
          Collections.rotate(order, round - 1);
          for (String tool : order) {
            Path output = work.resolve(tool + "-" + round);
            List<String> command = command(tool, distribution, theirs, spec, output);
            Run run = timed(command, work.resolve("time.txt"), work.resolve(tool + ".log"));
            long files = countFiles(output);
            deleteTree(output);
            String line =
                String.join(
                    ",",
                    tool,
                    spec.getFileName().toString(),
                    Integer.toString(round),
                    run.seconds,
                    run.maxRssKb,
                    Integer.toString(run.exitCode),
                    Long.toString(files));
            out.write(line + "\n");
            out.flush();
            System.out.println("race: " + line);
          }
        }
      }
    }
  }

  private static List<String> command(
      String tool, Path distribution, Path theirs, Path spec, Path output) {
    List<String> seamgenArgs =
        List.of(
            "generate",
            "--spec",
            spec.toString(),
            "--output",
            output.toString(),
            "--package",
            "com.example.race",
            "--client-name",
            "Race");
    List<String> theirArgs =
        List.of(
            "generate",
            "-g",
            "java",
            "--library",
            "native",
            "--skip-validate-spec",
            "-i",
            spec.toString(),
            "-o",
            output.toString());
    List<String> command = new ArrayList<>();
    switch (tool) {
      case SEAMGEN -> command.add(distribution.resolve("bin/seamgen").toString());
      case SEAMGEN_DEFAULTS ->
          command.addAll(
              List.of("java", "-jar", distribution.resolve("lib/seamgen-cli.jar").toString()));
      case OPENAPI_GENERATOR -> command.addAll(List.of("java", "-jar", theirs.toString()));
      case OPENAPI_GENERATOR_BATCH -> {
        command.add("java");
        command.addAll(BATCH_OPTIONS);
        command.addAll(List.of("-jar", theirs.toString()));
      }
      default -> throw new IllegalArgumentException(tool);
    }
    command.addAll(tool.startsWith(SEAMGEN) ? seamgenArgs : theirArgs);
    return command;
  }

  private record Run(String seconds, String maxRssKb, int exitCode) {}

  private static Run timed(List<String> command, Path timeFile, Path log) throws Exception {
    List<String> timedCommand =
        new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", timeFile.toString()));
    timedCommand.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(timedCommand).redirectErrorStream(true).redirectOutput(log.toFile());
    // bin/seamgen would prefer JAVA_HOME's JVM; every contender runs the java on the PATH.
    builder.environment().remove("JAVA_HOME");
    Process process = builder.start();
    int exitCode = process.waitFor();
    String[] measured = Files.readString(timeFile).strip().split("\\s+");
    String[] last = measured.length >= 2 ? measured : new String[] {"nan", "nan"};
    return new Run(last[last.length - 2], last[last.length - 1], exitCode);
  }

  private static long countFiles(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
