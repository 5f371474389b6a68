package dev.seamgen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code results.md} from what {@code bench/run} measured (the CSVs and JMH's JSON in its
 * run folder): medians, our/their ratios and whether each target is met; the scaling section also
 * draws its plot.
 *
 * <p>Usage: {@code Report <run dir> <out.md> <plot.png> <openapi-generator version> <label>}
 */
public final class Report {
  private Report() {}

  /** The specs the targets are set on (the race's and Maven's headline). */
  private static final Set<String> TARGET_SPECS =
      Set.of("seam-complete.json", "github.json", "stripe.json");

  public static void main(String[] args) throws Exception {
    Path run = Path.of(args[0]);
    Path plot = Path.of(args[2]);
    String theirVersion = args[3];
    StringBuilder md = new StringBuilder();
    md.append("<!-- Written by bench/run; do not edit. -->\n");
    md.append("Run ")
        .append(args[4])
        .append(" on ")
        .append(LocalDate.now(ZoneOffset.UTC))
        .append(": ")
        .append(machine())
        .append(".\n\n");
    List<String[]> race = Stats.csv(run.resolve("race.csv"));
    generation(race, theirVersion, md);
    FloorSection.write(Stats.csv(run.resolve("floor.csv")), race, md);
    maven(Stats.csv(run.resolve("maven.csv")), theirVersion, md);
    ScalingSection.write(
        Stats.csv(run.resolve("scaling.csv")),
        Stats.csv(run.resolve("scaling-sizes.csv")),
        plot,
        md);
    code(Stats.csv(run.resolve("code.csv")), md);
    upToDate(Stats.csv(run.resolve("uptodate.csv")), md);
    sdk(new ObjectMapper().readTree(run.resolve("jmh.json").toFile()), md);
    Files.writeString(Path.of(args[1]), md.toString());
    System.out.print(md);
  }

  private static void generation(List<String[]> rows, String theirVersion, StringBuilder md) {
    md.append("### Generation: seamgen vs openapi-generator ")
        .append(theirVersion)
        .append(" (`-g java --library native`), the JVM's defaults for both\n\n")
        .append("Medians of ")
        .append(rounds(rows, 2))
        .append(" paired rounds (the order rotates every round); wall time and peak resident ")
        .append("memory of the whole process: `java -jar seamgen-cli.jar generate` against ")
        .append("`java -jar openapi-generator-cli.jar generate`.\n\n")
        .append("| spec | seamgen | openapi-generator | time ratio | seamgen memory | ")
        .append("openapi-generator memory | memory ratio | files written | target |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (String spec : specs(rows)) {
      Side ours = Side.of(rows, GenerationRace.SEAMGEN, spec, 3, 4, 5);
      Side theirs = Side.of(rows, GenerationRace.OPENAPI_GENERATOR, spec, 3, 4, 5);
      md.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %s | %s | %s | %s | %s | %s | %s / %s | %s |\n",
              spec,
              ours.seconds(),
              theirs.seconds(),
              timeRatio(ours, theirs),
              ours.megabytes(),
              theirs.megabytes(),
              memoryRatio(ours, theirs),
              files(rows, GenerationRace.SEAMGEN, spec),
              files(rows, GenerationRace.OPENAPI_GENERATOR, spec),
              target(spec, ours, theirs)));
    }
    List<String[]> launcher =
        rows.stream().filter(r -> r[0].equals(GenerationRace.SEAMGEN_LAUNCHER)).toList();
    if (!launcher.isEmpty()) {
      md.append("\nFor information: the distribution's `bin/seamgen` (its JVM options are ")
          .append("seamgen's, so this row does not count towards the target).\n\n")
          .append("| spec | `bin/seamgen` | memory | time ratio to openapi-generator | ")
          .append("memory ratio |\n| --- | --- | --- | --- | --- |\n");
      for (String spec : specs(launcher)) {
        Side ours = Side.of(rows, GenerationRace.SEAMGEN_LAUNCHER, spec, 3, 4, 5);
        Side theirs = Side.of(rows, GenerationRace.OPENAPI_GENERATOR, spec, 3, 4, 5);
        md.append(
            String.format(
                Locale.ROOT,
                "| `%s` | %s | %s | %s | %s |\n",
                spec,
                ours.seconds(),
                ours.megabytes(),
                timeRatio(ours, theirs),
                memoryRatio(ours, theirs)));
      }
    }
    md.append('\n');
  }

  private static void maven(List<String[]> rows, String theirVersion, StringBuilder md) {
    md.append("### Inside Maven: `mvn -o generate-sources`, seamgen-maven-plugin vs ")
        .append("openapi-generator-maven-plugin ")
        .append(theirVersion)
        .append("\n\nMedians of ")
        .append(rounds(rows, 2))
        .append(" paired rounds, each build from a clean `target/`, Maven with the JVM's ")
        .append("defaults. The goal's time is read from Maven's timestamped log for both ")
        .append("plugins (from the line that starts the goal to the end of the build); the ")
        .append("memory is the peak resident memory of Maven's JVM.\n\n")
        .append("| spec | seamgen goal | openapi-generator goal | time ratio | seamgen: Maven's ")
        .append("memory | openapi-generator: Maven's memory | memory ratio | target |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (String spec : specs(rows)) {
      Side ours = Side.of(rows, GenerationRace.SEAMGEN, spec, 3, 5, 6);
      Side theirs = Side.of(rows, GenerationRace.OPENAPI_GENERATOR, spec, 3, 5, 6);
      md.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %s | %s | %s | %s | %s | %s | %s |\n",
              spec,
              ours.millisAsSeconds(),
              theirs.millisAsSeconds(),
              timeRatio(ours, theirs),
              ours.megabytes(),
              theirs.megabytes(),
              memoryRatio(ours, theirs),
              target(spec, ours, theirs)));
    }
    md.append('\n');
  }

  private static void code(List<String[]> rows, StringBuilder md) {
    md.append("### The generated code\n\n")
        .append("Each tool's output for the spec: its `.java` files and all their lines, ")
        .append("`javac --release 11 -proc:none` of them against the tool's dependencies ")
        .append("(wall time, median of ")
        .append(rounds(rows.stream().filter(r -> !r[4].equals("0")).toList(), 4))
        .append(
            "), and the `.class` files written (where `javac` fails, those it still wrote).\n\n")
        .append("| spec | tool | `.java` files | lines of Java | `javac` | `.class` files | ")
        .append("bytes of `.class` | compiles |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (String spec : specs(rows)) {
      for (String tool : List.of(GenerationRace.SEAMGEN, GenerationRace.OPENAPI_GENERATOR)) {
        List<String[]> runs =
            rows.stream().filter(r -> r[0].equals(tool) && r[1].equals(spec)).toList();
        if (runs.isEmpty()) {
          continue;
        }
        String[] first = runs.get(0);
        if (first[4].equals("0")) {
          md.append("| `")
              .append(spec)
              .append("` | ")
              .append(tool)
              .append(" | generation failed | | | | | |\n");
          continue;
        }
        List<Double> seconds = new ArrayList<>();
        runs.forEach(r -> seconds.add(Double.parseDouble(r[5])));
        md.append(
            String.format(
                Locale.ROOT,
                "| `%s` | %s | %,d | %,d | %.1f s | %s | %s | %s |\n",
                spec,
                tool,
                Long.parseLong(first[2]),
                Long.parseLong(first[3]),
                Stats.median(seconds),
                count(first[8]),
                count(first[9]),
                first[6].equals("0") ? "yes" : "**no**: " + first[7] + " errors"));
      }
    }
    md.append('\n');
  }

  /** A count, or "none" (javac writes no class when a file does not parse). */
  private static String count(String value) {
    long count = Long.parseLong(value);
    return count == 0 ? "none" : String.format(Locale.ROOT, "%,d", count);
  }

  /** One tool's medians on one spec, or the exit code of its first failed run. */
  record Side(double time, double rssKb, int failure) {
    /** Medians of the time and memory columns; a failed run makes the side a failure. */
    static Side of(List<String[]> rows, String tool, String spec, int time, int rss, int exit) {
      List<Double> times = new ArrayList<>();
      List<Double> rsses = new ArrayList<>();
      for (String[] row : rows) {
        if (row[0].equals(tool) && row[1].equals(spec)) {
          if (!row[exit].equals("0")) {
            return new Side(Double.NaN, Double.NaN, Integer.parseInt(row[exit]));
          }
          times.add(Double.parseDouble(row[time]));
          rsses.add(Double.parseDouble(row[rss]));
        }
      }
      return new Side(Stats.median(times), Stats.median(rsses), 0);
    }

    boolean failed() {
      return failure != 0;
    }

    String seconds() {
      return failed() ? "fails (exit " + failure + ")" : String.format(Locale.ROOT, "%.2f s", time);
    }

    String millisAsSeconds() {
      return failed()
          ? "fails (exit " + failure + ")"
          : String.format(Locale.ROOT, "%.2f s", time / 1000);
    }

    String megabytes() {
      return failed() ? "" : String.format(Locale.ROOT, "%.0f MB", rssKb / 1024);
    }
  }

  private static String timeRatio(Side ours, Side theirs) {
    if (ours.failed() || theirs.failed()) {
      return "";
    }
    double ratio = ours.time() / theirs.time();
    return String.format(Locale.ROOT, "%.2f (%.1fx faster)", ratio, 1 / ratio);
  }

  private static String memoryRatio(Side ours, Side theirs) {
    return ours.failed() || theirs.failed()
        ? ""
        : String.format(Locale.ROOT, "%.2f", ours.rssKb() / theirs.rssKb());
  }

  /** The target: at least 5x faster and at most half the memory. */
  private static String target(String spec, Side ours, Side theirs) {
    if (!TARGET_SPECS.contains(spec)) {
      return "";
    }
    if (ours.failed()) {
      return "**missed**: seamgen fails";
    }
    if (theirs.failed()) {
      return "openapi-generator fails";
    }
    return (ours.time() / theirs.time() <= 0.2 ? "5x faster: met" : "5x faster: **missed**")
        + "; "
        + (ours.rssKb() / theirs.rssKb() <= 0.5
            ? "half the memory: met"
            : "half the memory: **missed**");
  }

  /** How many rounds the rows hold: the distinct values of their round column. */
  private static long rounds(List<String[]> rows, int column) {
    return rows.stream().map(r -> r[column]).distinct().count();
  }

  static Set<String> specs(List<String[]> rows) {
    Set<String> specs = new LinkedHashSet<>();
    rows.forEach(r -> specs.add(r[1]));
    return specs;
  }

  private static String files(List<String[]> rows, String tool, String spec) {
    return rows.stream()
        .filter(r -> r[0].equals(tool) && r[1].equals(spec))
        .map(r -> r[6])
        .findFirst()
        .orElse("?");
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
    double median = Stats.median(checks);
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
      medians.put(key, Stats.median(scores));
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
