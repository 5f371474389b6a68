package dev.seamgen.bench;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's scaling section: time and memory of both tools on the cuts of one spec (see {@link
 * SpecSlicer}), as a table, fitted exponents and a plot.
 */
final class ScalingSection {
  private ScalingSection() {}

  static void write(List<String[]> race, List<String[]> sizes, Path plot, StringBuilder md)
      throws IOException {
    List<Double> operations = new ArrayList<>();
    List<Report.Side> ours = new ArrayList<>();
    List<Report.Side> theirs = new ArrayList<>();
    md.append("### How the cost grows with the spec\n\n")
        .append("Both tools as in the race (`java -jar`, the JVM's defaults) on cuts of `")
        .append(sizes.isEmpty() ? "?" : sizes.get(0)[0].replaceFirst("-1of\\d+\\.json$", ".json"))
        .append("`: every n-th of its paths, in document order, with only the components they ")
        .append("reach (`SpecSlicer`); medians.\n\n")
        .append("| cut | paths | operations | schemas | size | seamgen | openapi-generator | ")
        .append("seamgen memory | openapi-generator memory |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (String[] size : sizes) {
      String spec = size[0];
      Report.Side mine = Report.Side.of(race, GenerationRace.SEAMGEN, spec, 3, 4, 5);
      Report.Side other = Report.Side.of(race, GenerationRace.OPENAPI_GENERATOR, spec, 3, 4, 5);
      operations.add(Double.parseDouble(size[3]));
      ours.add(mine);
      theirs.add(other);
      md.append(
          String.format(
              Locale.ROOT,
              "| 1/%s | %s | %s | %s | %.1f MB | %s | %s | %s | %s |\n",
              size[1],
              size[2],
              size[3],
              size[4],
              Long.parseLong(size[5]) / 1e6,
              mine.seconds(),
              other.seconds(),
              mine.megabytes(),
              other.megabytes()));
    }
    md.append("\nFitted exponent b of `cost = a * operations^b` (1 is linear; the JVM's fixed ")
        .append("start-up pulls it below 1): time ")
        .append(exponent(operations, ours, true))
        .append(" for seamgen, ")
        .append(exponent(operations, theirs, true))
        .append(" for openapi-generator; memory ")
        .append(exponent(operations, ours, false))
        .append(" and ")
        .append(exponent(operations, theirs, false))
        .append(".\n\n![time and memory against spec size](")
        .append(plot.getFileName())
        .append(")\n\n");
    ScalingPlot.write(
        plot,
        "Generation cost against spec size (medians, JVM defaults)",
        "operations in the spec",
        operations,
        List.of(
            series("seamgen", new Color(0, 114, 178), ours),
            series("openapi-generator", new Color(213, 94, 0), theirs)));
  }

  private static ScalingPlot.Series series(String name, Color color, List<Report.Side> sides) {
    return new ScalingPlot.Series(
        name,
        color,
        sides.stream().map(Report.Side::time).toList(),
        sides.stream().map(s -> s.rssKb() / 1024).toList());
  }

  /** The exponent over the sizes the tool generated; "n/a" when fewer than two. */
  private static String exponent(List<Double> sizes, List<Report.Side> sides, boolean time) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      if (!sides.get(i).failed()) {
        x.add(sizes.get(i));
        y.add(time ? sides.get(i).time() : sides.get(i).rssKb());
      }
    }
    return x.size() < 2 ? "n/a" : String.format(Locale.ROOT, "%.2f", Stats.exponent(x, y));
  }
}
