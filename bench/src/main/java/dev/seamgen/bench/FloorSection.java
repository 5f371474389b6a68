package dev.seamgen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's section on what the libraries seamgen is built on cost by themselves ({@link
 * LibraryFloor}), beside the time and memory the generation targets leave.
 */
final class FloorSection {
  private FloorSection() {}

  static void write(List<String[]> floor, List<String[]> race, StringBuilder md) {
    md.append("### The floor: Swagger Parser and JavaPoet by themselves\n\n")
        .append("Medians of ")
        .append(floor.stream().map(r -> r[2]).distinct().count())
        .append(" rounds. Swagger Parser reading the spec in a JVM of its own (`java` with the ")
        .append("defaults, as seamgen reads a one-file spec), and JavaPoet turning seamgen's ")
        .append("classes into text inside a generation run (time in `JavaFile.toString()` and ")
        .append("the bytes it allocates on the rendering thread). Their sum is a floor under ")
        .append("seamgen's time before any of its own work; the budgets are a fifth of ")
        .append("openapi-generator's time and half its memory, from the race above.\n\n")
        .append("| spec | 5x budget | Swagger Parser alone | JavaPoet rendering | floor | ")
        .append("seamgen | memory budget | Swagger Parser alone: memory | JavaPoet: allocated |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (String spec : Report.specs(floor)) {
      Report.Side theirs = Report.Side.of(race, GenerationRace.OPENAPI_GENERATOR, spec, 3, 4, 5);
      Report.Side ours = Report.Side.of(race, GenerationRace.SEAMGEN, spec, 3, 4, 5);
      double parse = median(floor, LibraryFloor.SWAGGER_PARSER, spec, 3);
      double parseKb = median(floor, LibraryFloor.SWAGGER_PARSER, spec, 4);
      double render = median(floor, LibraryFloor.JAVAPOET, spec, 3);
      double allocated = median(floor, LibraryFloor.JAVAPOET, spec, 5);
      md.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %s | %.2f s | %.2f s | %.2f s%s | %s | %s | %.0f MB | %.0f MB |\n",
              spec,
              theirs.failed() ? "" : String.format(Locale.ROOT, "%.2f s", theirs.time() / 5),
              parse,
              render,
              parse + render,
              theirs.failed() || parse + render <= theirs.time() / 5 ? "" : " (over the budget)",
              ours.seconds(),
              theirs.failed()
                  ? ""
                  : String.format(Locale.ROOT, "%.0f MB", theirs.rssKb() / 1024 / 2),
              parseKb / 1024,
              allocated));
    }
    md.append('\n');
  }

  private static double median(List<String[]> rows, String part, String spec, int column) {
    List<Double> values = new ArrayList<>();
    for (String[] row : rows) {
      if (row[0].equals(part) && row[1].equals(spec) && !row[column].isEmpty()) {
        values.add(Double.parseDouble(row[column]));
      }
    }
    return Stats.median(values);
  }
}
