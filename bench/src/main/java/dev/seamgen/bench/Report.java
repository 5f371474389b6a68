package dev.seamgen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the Markdown results table from the race's and the up-to-date check's CSVs and JMH's JSON:
 * medians, our/their ratios, and whether each target is met.
 *
 * <p>Usage: {@code Report <race.csv> <uptodate.csv> <jmh.json> <out.md> <label>}
 */
public final class Report {
  private Report() {}

  public static void main(String[] args) throws Exception {
    List<String[]> race = csv(Path.of(args[0]));
    List<String[]> upToDate = csv(Path.of(args[1]));
    JsonNode jmh = new ObjectMapper().readTree(Path.of(args[2]).toFile());
    StringBuilder md = new StringBuilder();
    md.append("<!-- Written by bench/run; do not edit. -->\n");
    md.append("Run ")
        .append(args[4])
        .append(" on ")
        .append(LocalDate.now(ZoneOffset.UTC))
        .append(": ")
        .append(machine())
        .append(".\n\n");
    generation(race, md);
    upToDate(upToDate, md);
    sdk(jmh, md);
    Files.writeString(Path.of(args[3]), md.toString());
    System.out.print(md);
  }

  private static void generation(List<String[]> rows, StringBuilder md) {
    int rounds = (int) rows.stream().map(r -> r[2]).distinct().count();
    Set<String> specs = new LinkedHashSet<>();
    rows.forEach(r -> specs.add(r[1]));
    md.append(
            "### Generation: seamgen vs openapi-generator 7.17.0 (`-g java --library native`)\n\n")
        .append("Medians of ")
        .append(rounds)
        .append(" rounds (the order rotates every round); ")
        .append("wall time and peak resident memory of the whole process. Each tool as its ")
        .append("documentation runs it: seamgen's `bin/seamgen`, `java -jar ")
        .append("openapi-generator-cli.jar`.\n\n")
        .append("| spec | seamgen | openapi-generator | time ratio | seamgen memory | ")
        .append("openapi-generator memory | memory ratio | files written | target |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (String spec : specs) {
      Pair time = pair(rows, spec, 3, GenerationRace.SEAMGEN, GenerationRace.OPENAPI_GENERATOR);
      Pair rss = pair(rows, spec, 4, GenerationRace.SEAMGEN, GenerationRace.OPENAPI_GENERATOR);
      String target =
          spec.startsWith("seam-complete")
              ? (time.ratio() <= 0.2 ? "5x faster: met" : "5x faster: **missed**")
                  + "; "
                  + (rss.ratio() < 0.5
                      ? "under half the memory: met"
                      : "under half the memory: **missed**")
              : "";
      md.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %.2f s | %.2f s | %.2f (%.1fx faster) | "
                  + "%.0f MB | %.0f MB | %.2f | %s / %s | %s |\n",
              spec,
              time.ours(),
              time.theirs(),
              time.ratio(),
              1 / time.ratio(),
              rss.ours() / 1024,
              rss.theirs() / 1024,
              rss.ratio(),
              files(rows, GenerationRace.SEAMGEN, spec),
              files(rows, GenerationRace.OPENAPI_GENERATOR, spec),
              target));
    }
    md.append("\nThe same JVM options for both: each with the JVM's defaults (`java -jar`), and ")
        .append("each with `bin/seamgen`'s `")
        .append(String.join(" ", GenerationRace.BATCH_OPTIONS))
        .append("`.\n\n")
        .append("| spec | JVM options | seamgen | openapi-generator | time ratio | seamgen memory")
        .append(" | openapi-generator memory | memory ratio |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (String spec : specs) {
      sameOptionsRow(
          md,
          rows,
          spec,
          "defaults",
          GenerationRace.SEAMGEN_DEFAULTS,
          GenerationRace.OPENAPI_GENERATOR);
      sameOptionsRow(
          md, rows, spec, "batch", GenerationRace.SEAMGEN, GenerationRace.OPENAPI_GENERATOR_BATCH);
    }
    md.append('\n');
  }

  private static void sameOptionsRow(
      StringBuilder md,
      List<String[]> rows,
      String spec,
      String options,
      String ours,
      String theirs) {
    Pair time = pair(rows, spec, 3, ours, theirs);
    Pair rss = pair(rows, spec, 4, ours, theirs);
    md.append(
        String.format(
            Locale.ROOT,
            "| `%s` | %s | %.2f s | %.2f s | %.2f | %.0f MB | " + "%.0f MB | %.2f |\n",
            spec,
            options,
            time.ours(),
            time.theirs(),
            time.ratio(),
            rss.ours() / 1024,
            rss.theirs() / 1024,
            rss.ratio()));
  }

  /** The medians of one CSV column for two contenders on one spec. */
  private record Pair(double ours, double theirs) {
    double ratio() {
      return ours / theirs;
    }
  }

  private static Pair pair(
      List<String[]> rows, String spec, int column, String ours, String theirs) {
    return new Pair(
        median(column(rows, ours, spec, column)), median(column(rows, theirs, spec, column)));
  }

  private static void upToDate(List<String[]> rows, StringBuilder md) {
    List<Double> checks = new ArrayList<>();
    String generated = "";
    for (String[] row : rows) {
      if (row[1].equals("up-to-date")) {
        checks.add(Double.parseDouble(row[2]));
      } else {
        generated = row[2];
      }
    }
    double median = median(checks);
    md.append("### The plugin's up-to-date check in a Maven build\n\n")
        .append("| first build (generates) | up-to-date check, median of ")
        .append(checks.size())
        .append(" builds | target |\n| --- | --- | --- |\n")
        .append(
            String.format(
                Locale.ROOT,
                "| %s ms | %.0f ms | under 50 ms: %s |\n\n",
                generated,
                median,
                median < 50 ? "met" : "**missed**"));
  }

  private static void sdk(JsonNode jmh, StringBuilder md) {
    Map<String, Double> medians = new LinkedHashMap<>();
    for (JsonNode result : jmh) {
      String name = result.get("benchmark").asText().replace("dev.seamgen.bench.", "");
      JsonNode params = result.path("params");
      String key = name + (params.has("accounts") ? "/" + params.get("accounts").asText() : "");
      List<Double> scores = new ArrayList<>();
      result
          .path("primaryMetric")
          .path("rawData")
          .forEach(fork -> fork.forEach(score -> scores.add(score.asDouble())));
      medians.put(key, median(scores));
    }
    md.append("### SDK hot path (JMH, average time per operation, median of iterations)\n\n")
        .append("| benchmark | seamgen SDK | floor | ratio | target |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (String accounts : List.of("1", "100", "10000")) {
      row(
          md,
          "parse a list of " + accounts + " accounts (floor: plain Jackson)",
          medians.get("ParseBenchmark.sdk/" + accounts),
          medians.get("ParseBenchmark.jackson/" + accounts),
          1.25);
    }
    row(
        md,
        "`list()` of 100 accounts over loopback (floor: bare `java.net.http`)",
        medians.get("ListCallBenchmark.sdk"),
        medians.get("ListCallBenchmark.bareHttpClient"),
        1.15);
    md.append('\n');
  }

  private static void row(StringBuilder md, String what, Double ours, Double floor, double target) {
    if (ours == null || floor == null) {
      md.append("| ").append(what).append(" | not run | | | |\n");
      return;
    }
    double ratio = ours / floor;
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %.2f | within %.2fx: %s |\n",
            what,
            micros(ours),
            micros(floor),
            ratio,
            target,
            ratio <= target ? "met" : "**missed**"));
  }

  private static String micros(double us) {
    return us >= 1000
        ? String.format(Locale.ROOT, "%.2f ms", us / 1000)
        : String.format(Locale.ROOT, "%.1f µs", us);
  }

  private static String files(List<String[]> rows, String tool, String spec) {
    return rows.stream()
        .filter(r -> r[0].equals(tool) && r[1].equals(spec))
        .map(r -> r[5].equals("0") ? r[6] : r[6] + " (exit " + r[5] + ")")
        .findFirst()
        .orElse("?");
  }

  private static List<Double> column(List<String[]> rows, String tool, String spec, int index) {
    List<Double> values = new ArrayList<>();
    for (String[] row : rows) {
      if (row[0].equals(tool) && row[1].equals(spec)) {
        values.add(Double.parseDouble(row[index]));
      }
    }
    return values;
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static List<String[]> csv(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(line.split(","));
      }
    }
    return rows;
  }

  private static String machine() throws Exception {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .findFirst()
            .orElse("unknown CPU");
    long memoryKb =
        Files.readAllLines(Path.of("/proc/meminfo")).stream()
            .filter(l -> l.startsWith("MemTotal"))
            .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
            .findFirst()
            .orElse(0L);
    return cpu
        + ", "
        + Runtime.getRuntime().availableProcessors()
        + " cores, "
        + Math.round(memoryKb / 1024.0 / 1024.0)
        + " GiB, Java "
        + System.getProperty("java.version")
        + " ("
        + System.getProperty("java.vm.name")
        + ")";
  }
}
