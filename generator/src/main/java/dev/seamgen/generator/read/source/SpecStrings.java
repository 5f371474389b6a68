package dev.seamgen.generator.read.source;

/** Strings read from the spec, as they go into problems and into the IR's descriptions. */
public final class SpecStrings {
  /** Longer values are cut in messages, so that one line stays readable. */
  private static final int QUOTED_LENGTH = 80;

  private SpecStrings() {}

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
