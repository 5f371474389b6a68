package dev.seamgen.generator.read.source;

/** Spec text as it goes into problems and generated docs. */
public final class SpecText {
  /** Longer values are cut in messages, so that one line stays readable. */
  private static final int QUOTED_LENGTH = 80;

  private SpecText() {}

  /** {@code value} quoted for a message, cut to a readable length, with line breaks as escapes. */
  public static String quoted(String value) {
    String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
    return "'"
        + (oneLine.length() <= QUOTED_LENGTH
            ? oneLine
            : oneLine.substring(0, QUOTED_LENGTH) + "...")
        + "'";
  }

  /** A description, summary or title as the docs show it: stripped, and empty when absent. */
  public static String description(String text) {
    return text == null ? "" : text.strip();
  }
}
