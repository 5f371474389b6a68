package dev.seamgen.generator.problem;

import dev.seamgen.generator.ir.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with a spec, where it is, and what to do about it.
 *
 * @param line the 1-based line in the spec file, when known
 * @param column the 1-based column, when known
 * @param hint what the author can do to fix it; may be empty
 */
public record Problem(
    Severity severity,
    Location location,
    Optional<Integer> line,
    Optional<Integer> column,
    String message,
    String hint) {

  /** Errors stop generation; warnings are reported and generation goes on. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** The most characters of a message, pointer or hint a formatted problem shows. */
  private static final int SHOWN = 300;

  public Problem {
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(line, "line == null");
    Objects.requireNonNull(column, "column == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(hint, "hint == null");
  }

  public static Problem error(Location location, String message, String hint) {
    return new Problem(Severity.ERROR, location, Optional.empty(), Optional.empty(), message, hint);
  }

  public static Problem warning(Location location, String message, String hint) {
    return new Problem(
        Severity.WARNING, location, Optional.empty(), Optional.empty(), message, hint);
  }

  public Problem at(int line, int column) {
    return new Problem(severity, location, Optional.of(line), Optional.of(column), message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * One line in the style compilers use, so editors and CI logs can link to it: {@code
   * seam-connect.yaml:12:7: error: ... (at #/paths/...) Fix: ...}; without {@code (at ...)} when
   * the problem is the whole file's.
   */
  public String format() {
    StringBuilder result = new StringBuilder(location.file());
    line.ifPresent(l -> result.append(':').append(l));
    column.ifPresent(c -> result.append(':').append(c));
    result.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ");
    result.append(shortened(oneLine(message)));
    // The root pointer says no more than the file name does: a file not found, or not YAML.
    if (!location.pointer().isEmpty()) {
      result.append(" (at ").append(shortened(location.fragment())).append(')');
    }
    if (!hint.isEmpty()) {
      result.append(". ").append(shortened(oneLine(hint)));
    }
    return result.toString();
  }

  /** At most {@value #SHOWN} characters: a spec name can be thousands long. */
  private static String shortened(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
  }

  /** Parser messages can span lines; a problem is one line, for logs and editors. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  @Override
  public String toString() {
    return format();
  }
}
