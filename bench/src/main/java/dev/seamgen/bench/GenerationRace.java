package dev.seamgen.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates each spec with seamgen's CLI and with openapi-generator ({@code -g java --library
 * native}), alternating which goes first each round, and records wall time and peak memory
 * (maximum resident set, from {@code /usr/bin/time}) of every run in a CSV.
 *
 * <p>Usage: {@code GenerationRace <seamgen-cli.jar> <openapi-generator-cli.jar> <rounds>
 * <work dir> <out.csv> <spec>...}
 */
public final class GenerationRace {
  private GenerationRace() {}

  public static void main(String[] args) throws Exception {
    Path ours = Path.of(args[0]);
    Path theirs = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Path work = Files.createDirectories(Path.of(args[3]));
    Path csv = Path.of(args[4]);
    List<Path> specs = Stream.of(args).skip(5).map(Path::of).toList();
    try (Writer out = Files.newBufferedWriter(csv)) {
      out.write("tool,spec,round,seconds,max_rss_kb,exit_code,files\n");
      for (int round = 1; round <= rounds; round++) {
        for (Path spec : specs) {
          List<String> order = round % 2 == 1 ? List.of("seamgen", "openapi-generator")
              : List.of("openapi-generator", "seamgen");
          for (String tool : order) {
            Path output = work.resolve(tool + "-" + round);
            List<String> command = tool.equals("seamgen")
                ? List.of("java", "-jar", ours.toString(), "generate", "--spec", spec.toString(),
                    "--output", output.toString(), "--package", "com.example.race",
                    "--client-name", "Race")
                : List.of("java", "-jar", theirs.toString(), "generate", "-g", "java",
                    "--library", "native", "--skip-validate-spec", "-i", spec.toString(),
                    "-o", output.toString());
            Run run = timed(command, work.resolve("time.txt"), work.resolve(tool + ".log"));
            long files = countFiles(output);
            deleteTree(output);
            String line = String.join(",", tool, spec.getFileName().toString(),
                Integer.toString(round), run.seconds, run.maxRssKb,
                Integer.toString(run.exitCode), Long.toString(files));
            out.write(line + "\n");
            out.flush();
            System.out.println("race: " + line);
          }
        }
      }
    }
  }

  private record Run(String seconds, String maxRssKb, int exitCode) {}

  private static Run timed(List<String> command, Path timeFile, Path log) throws Exception {
    List<String> timedCommand = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o",
        timeFile.toString()));
    timedCommand.addAll(command);
    Process process = new ProcessBuilder(timedCommand).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
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
