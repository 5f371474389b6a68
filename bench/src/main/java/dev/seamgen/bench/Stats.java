package dev.seamgen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The harness's CSVs and the figures the report draws from them. */
final class Stats {
  private Stats() {}

  /** The rows of a CSV the harness wrote (no quoting), without its header. */
  static List<String[]> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }

  static double median(List<Double> values) {
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

  /**
   * The exponent b of the least-squares fit {@code y = a * x^b} (a straight line on log-log axes):
   * 1 is linear growth, 2 quadratic.
   */
  static double exponent(List<Double> x, List<Double> y) {
    if (x.size() != y.size() || x.size() < 2) {
      return Double.NaN;
    }
    double n = x.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < x.size(); i++) {
      double lx = Math.log(x.get(i));
      double ly = Math.log(y.get(i));
      sx += lx;
      sy += ly;
      sxx += lx * lx;
      sxy += lx * ly;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }
}
