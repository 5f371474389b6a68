package dev.seamgen.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Writes the results table: a summary of both tools side by side, then one row per spec. Usage:
 * {@code Report SAMPLE SEAMGEN_RESULTS OPENAPI_GENERATOR_RESULTS OUTPUT}; a results file that does
 * not exist yet is shown as not run.
 */
public final class Report {
  private Report() {}

  /** One spec of the sample: its path, spec version and operation count. */
  record Spec(String file, String version, int operations) {}

  public static void main(String[] args) throws IOException {
    List<Spec> sample = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      sample.add(new Spec(cells[0], cells[2], Integer.parseInt(cells[5])));
    }
    Map<String, Result> seamgen = read(Path.of(args[1]));
    Map<String, Result> openapiGenerator = read(Path.of(args[2]));
    StringBuilder md = new StringBuilder();
    md.append("# Corpus check: results\n\n")
        .append("Written by `bench/corpus/run` (see [README.md](README.md)) over the ")
        .append(sample.size())
        .append(" specs of [sample.tsv](sample.tsv). Times are wall-clock seconds on a shared,")
        .append(" busy 2-core machine: indicative only.\n\n");
    for (Map.Entry<String, Map<String, Result>> tool :
        Map.of("seamgen", seamgen, "openapi-generator", openapiGenerator).entrySet()) {
      long run = sample.stream().filter(spec -> tool.getValue().containsKey(spec.file())).count();
      if (run > 0 && run < sample.size()) {
        md.append(
            String.format(
                Locale.ROOT,
                "**%s: %d of the %d specs run**, a random part of the sample (the run goes through it in"
                    + " a scrambled order and was stopped); `bench/corpus/run --resume %s` completes"
                    + " it.%n%n",
                tool.getKey(),
                run,
                sample.size(),
                tool.getKey()));
      }
    }
    md.append("| | seamgen | openapi-generator 7.25.0 |\n| --- | --- | --- |\n");
    summary(md, sample, seamgen, openapiGenerator);
    md.append("\n## Per spec\n\n")
        .append("Status: `compiled`, `not compiled` (generated, but javac failed: the message is")
        .append(
            " javac's first error), `refused` (the tool stopped, naming a problem in the spec),")
        .append(" `crashed`, `timeout`. `ops`: operations generated, of the spec's. For a spec")
        .append(" that compiled with operations left out, seamgen's column gives the first warning")
        .append(" saying why.\n\n")
        .append(
            "| spec | version | ops in spec | seamgen | ops | s | openapi-generator | ops | s |")
        .append(" seamgen's first error or warning | openapi-generator's first error |\n")
        .append("| --- | --- | ---: | --- | ---: | ---: | --- | ---: | ---: | --- | --- |\n");
    for (Spec spec : sample) {
      Result s = seamgen.get(spec.file());
      Result o = openapiGenerator.get(spec.file());
      md.append("| ")
          .append(spec.file())
          .append(" | ")
          .append(spec.version())
          .append(" | ")
          .append(spec.operations())
          .append(cells(s))
          .append(cells(o))
          .append(" | ")
          .append(message(s))
          .append(" | ")
          .append(message(o))
          .append(" |\n");
    }
    Files.writeString(Path.of(args[3]), md, StandardCharsets.UTF_8);
  }

  private static void summary(
      StringBuilder md, List<Spec> sample, Map<String, Result> a, Map<String, Result> b) {
    row(md, "specs run", count(sample, a, r -> true), count(sample, b, r -> true));
    row(
        md,
        "**compiled with `--release 11`** (target: at least 95%)",
        share(sample, a, Report::compiled),
        share(sample, b, Report::compiled));
    for (String version : List.of("swagger 2.0", "3.0", "3.1")) {
      List<Spec> part = new ArrayList<>();
      sample.stream().filter(s -> s.version().startsWith(version)).forEach(part::add);
      row(
          md,
          "&nbsp;&nbsp;of which "
              + (version.startsWith("s") ? "Swagger 2.0" : "OpenAPI " + version)
              + " ("
              + part.size()
              + " in the sample)",
          share(part, a, Report::compiled),
          share(part, b, Report::compiled));
    }
    row(
        md,
        "generated, but did not compile",
        count(sample, a, r -> r.status().equals("generated") && !compiled(r)),
        count(sample, b, r -> r.status().equals("generated") && !compiled(r)));
    row(
        md,
        "refused (the spec's problems named)",
        count(sample, a, r -> r.status().equals("refused")),
        count(sample, b, r -> r.status().equals("refused")));
    row(
        md,
        "crashed (target: none)",
        count(sample, a, r -> r.status().equals("crashed")),
        count(sample, b, r -> r.status().equals("crashed")));
    row(
        md,
        "timed out",
        count(sample, a, r -> r.status().equals("timeout")),
        count(sample, b, r -> r.status().equals("timeout")));
    row(
        md,
        "**operations generated** (target: at least 98%)",
        operations(sample, a),
        operations(sample, b));
    row(
        md,
        "output left behind after a failure (target: none)",
        count(sample, a, Result::leftover),
        count(sample, b, Result::leftover));
    row(
        md,
        "median generation time, s",
        median(sample, a, Result::generateSeconds),
        median(sample, b, Result::generateSeconds));
    row(
        md,
        "median compile time, s",
        median(sample, a, r -> r.compileSeconds()),
        median(sample, b, r -> r.compileSeconds()));
  }

  private static boolean compiled(Result r) {
    return r.compiled().equals("yes");
  }

  private static void row(StringBuilder md, String label, String a, String b) {
    md.append("| ").append(label).append(" | ").append(a).append(" | ").append(b).append(" |\n");
  }

  private static List<Result> results(List<Spec> specs, Map<String, Result> results) {
    List<Result> found = new ArrayList<>();
    for (Spec spec : specs) {
      Result r = results.get(spec.file());
      if (r != null) {
        found.add(r);
      }
    }
    return found;
  }

  private static String count(List<Spec> specs, Map<String, Result> results, Predicate<Result> p) {
    return results.isEmpty()
        ? "not run"
        : Long.toString(results(specs, results).stream().filter(p).count());
  }

  private static String share(List<Spec> specs, Map<String, Result> results, Predicate<Result> p) {
    List<Result> found = results(specs, results);
    if (found.isEmpty()) {
      return "not run";
    }
    long n = found.stream().filter(p).count();
    return String.format(Locale.ROOT, "%d of %d (%s)", n, found.size(), percent(n, found.size()));
  }

  /** A share rounded down, so that a target is never shown as met when it is not. */
  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.1f%%", Math.floor(1000.0 * part / whole) / 10);
  }

  /**
   * Operations generated over operations in the specs run. openapi-generator repeats an operation
   * in the class of each of its tags, so each spec counts at most its own operations.
   */
  private static String operations(List<Spec> specs, Map<String, Result> results) {
    if (results.isEmpty()) {
      return "not run";
    }
    long generated = 0;
    long total = 0;
    for (Spec spec : specs) {
      Result r = results.get(spec.file());
      if (r != null) {
        total += spec.operations();
        generated += Math.min(r.operationsGenerated(), spec.operations());
      }
    }
    return String.format(Locale.ROOT, "%d of %d (%s)", generated, total, percent(generated, total));
  }

  private static String median(
      List<Spec> specs, Map<String, Result> results, ToDoubleFunction<Result> f) {
    double[] values = results(specs, results).stream().mapToDouble(f).sorted().toArray();
    if (values.length == 0) {
      return "not run";
    }
    double median =
        values.length % 2 == 1
            ? values[values.length / 2]
            : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    return String.format(Locale.ROOT, "%.1f", median);
  }

  private static String cells(Result r) {
    if (r == null) {
      return " | not run | | ";
    }
    String status =
        r.status().equals("generated") ? (compiled(r) ? "compiled" : "not compiled") : r.status();
    return String.format(
        Locale.ROOT,
        " | %s | %d | %.1f",
        status,
        r.operationsGenerated(),
        r.generateSeconds() + r.compileSeconds());
  }

  private static String message(Result r) {
    if (r == null || r.message().isEmpty()) {
      return "";
    }
    String text = r.message().length() <= 160 ? r.message() : r.message().substring(0, 160) + "...";
    return text.replace("|", "\\|").replace("<", "&lt;");
  }

  private static Map<String, Result> read(Path file) throws IOException {
    Map<String, Result> results = new HashMap<>();
    if (Files.exists(file)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        Result r = Result.fromTsv(line);
        results.put(r.file(), r);
      }
    }
    return results;
  }
}
