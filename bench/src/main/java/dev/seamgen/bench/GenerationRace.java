package dev.seamgen.bench;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Generates each spec with seamgen ({@code java -jar seamgen-cli.jar}) and with openapi-generator
 * ({@code java -jar openapi-generator-cli.jar generate -g java --library native}), both with the
 * JVM's defaults, rotating which goes first each round, and records wall time and peak memory of
 * every run in a CSV. With {@code --launcher}, the distribution's {@code bin/seamgen} runs too, as
 * secondary information.
 *
 * <p>Usage: {@code GenerationRace <seamgen-cli.jar> <openapi-generator-cli.jar> <rounds> <work dir>
 * <out.csv> [--launcher <bin/seamgen>] <spec>...}
 */
public final class GenerationRace {
  private GenerationRace() {}

  /** Contenders, as named in the CSV. */
  static final String SEAMGEN = "seamgen";

  static final String OPENAPI_GENERATOR = "openapi-generator";
  static final String SEAMGEN_LAUNCHER = "seamgen-launcher";

  static final String CSV_HEADER = "tool,spec,round,seconds,max_rss_kb,exit_code,files\n";

  public static void main(String[] args) throws Exception {
    Path ours = Path.of(args[0]).toAbsolutePath();
    Path theirs = Path.of(args[1]).toAbsolutePath();
    int rounds = Integer.parseInt(args[2]);
    Path work = Files.createDirectories(Path.of(args[3]));
    Path csv = Path.of(args[4]);
    List<String> rest = List.of(args).subList(5, args.length);
    Path launcher = null;
    if (!rest.isEmpty() && rest.get(0).equals("--launcher")) {
      launcher = Path.of(rest.get(1)).toAbsolutePath();
      rest = rest.subList(2, rest.size());
    }
    List<String> tools = new ArrayList<>(List.of(SEAMGEN, OPENAPI_GENERATOR));
    if (launcher != null) {
      tools.add(SEAMGEN_LAUNCHER);
    }
    try (Writer out = Files.newBufferedWriter(csv)) {
      out.write(CSV_HEADER);
      for (int round = 1; round <= rounds; round++) {
        for (String spec : rest) {
          List<String> order = new ArrayList<>(tools);
          Collections.rotate(order, round - 1);
          for (String tool : order) {
            Path output = work.resolve(tool + "-" + round);
            List<String> command =
                command(tool, ours, theirs, launcher, Path.of(spec).toAbsolutePath(), output);
            Timed.Run run = Timed.run(command, work, work.resolve(tool + ".log"));
            long files = Timed.countFiles(output);
            Timed.deleteTree(output);
            String line =
                String.join(
                    ",",
                    tool,
                    Path.of(spec).getFileName().toString(),
                    Integer.toString(round),
                    run.seconds(),
                    run.maxRssKb(),
                    Integer.toString(run.exitCode()),
                    Long.toString(files));
            out.write(line + "\n");
            out.flush();
            System.out.println("race: " + line);
          }
        }
      }
    }
  }

  /** The command line each tool's documentation gives, into {@code output}. */
  static List<String> command(
      String tool, Path ours, Path theirs, Path launcher, Path spec, Path output) {
    List<String> command = new ArrayList<>();
    switch (tool) {
      case SEAMGEN -> command.addAll(List.of("java", "-jar", ours.toString()));
      case SEAMGEN_LAUNCHER -> command.add(launcher.toString());
      case OPENAPI_GENERATOR -> {
        command.addAll(List.of("java", "-jar", theirs.toString()));
        command.addAll(
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
                output.toString()));
        return command;
      }
      default -> throw new IllegalArgumentException(tool);
    }
    command.addAll(
        List.of(
            "generate",
            "--spec",
            spec.toString(),
            "--output",
            output.toString(),
            "--package",
            "com.example.race",
            "--client-name",
            "Race"));
    return command;
  }
}
