package dev.seamgen.corpus;

import java.util.List;
import java.util.Locale;

/**
 * What one tool did with one spec: one row of a results file.
 *
 * @param file the spec, relative to the npm packages folder
 * @param status {@code generated}, {@code refused}, {@code crashed} or {@code timeout}
 * @param operationsGenerated operations in the generated code (0 unless generated)
 * @param compiled {@code yes}, {@code no}, or {@code -} when nothing was generated
 * @param generateSeconds wall time of the generation
 * @param compileSeconds wall time of the compilation (0 when nothing was compiled)
 * @param leftover for a spec that was not generated, whether the output folder holds files
 * @param message the first error line, of the tool or of the compiler; for a spec that compiled
 *     with operations left out, the first warning saying why; else empty
 */
record Result(
    String file,
    String status,
    int operationsGenerated,
    String compiled,
    double generateSeconds,
    double compileSeconds,
    boolean leftover,
    String message) {

  static final List<String> HEADER =
      List.of(
          "file",
          "status",
          "operations_generated",
          "compiled",
          "generate_s",
          "compile_s",
          "leftover",
          "message");

  String toTsv() {
    return String.join(
        "\t",
        file,
        status,
        Integer.toString(operationsGenerated),
        compiled,
        String.format(Locale.ROOT, "%.1f", generateSeconds),
        String.format(Locale.ROOT, "%.1f", compileSeconds),
        leftover ? "yes" : "no",
        clean(message));
  }

  static Result fromTsv(String line) {
    String[] cells = line.split("\t", -1);
    return new Result(
        cells[0],
        cells[1],
        Integer.parseInt(cells[2]),
        cells[3],
        Double.parseDouble(cells[4]),
        Double.parseDouble(cells[5]),
        cells[6].equals("yes"),
        cells[7]);
  }

  /** One line of at most 300 characters without tabs, so that a row stays a row. */
  static String clean(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }
}
