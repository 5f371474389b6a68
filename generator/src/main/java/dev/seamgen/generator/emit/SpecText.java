package dev.seamgen.generator.emit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where text from a spec is made safe for what it ends up in: Javadoc (HTML inside a
 * Java comment) or Markdown tables. Spec descriptions are Markdown.
 */
public final class SpecText {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  private static final Pattern LINE_BREAK_AND_SPACE = Pattern.compile("\\s*\\n\\s*");

  /** Text that reads the same inside an inline code tag: no braces, asterisks, backslashes, at. */
  private static final Pattern PLAIN_CODE = Pattern.compile("[\\w .,:;'\"!?#%+=()\\[\\]/-]*");

  private SpecText() {}

  /**
   * Markdown to Javadoc: HTML characters escaped, {@code `code`} to {@code <code>}, links to
   * anchors, blank lines to paragraphs; nothing that could end the comment ({@code *}{@code /}),
   * start a Javadoc tag, or be read by javac as a unicode escape survives.
   */
  public static String javadoc(String markdown) {
    String text =
        markdown
            .strip()
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\\u", "&#92;u")
            .replace("*/", "*&#47;")
            .replace("@", "&#64;");
    // Most descriptions are one plain line; the checks spare them three regular expressions.
    if (text.indexOf('`') >= 0) {
      text =
          CODE.matcher(text)
              .replaceAll(m -> Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
    }
    if (text.indexOf('[') >= 0) {
      text =
          LINK.matcher(text)
              .replaceAll(
                  m ->
                      Matcher.quoteReplacement(
                          "<a href=\"" + m.group(2) + "\">" + m.group(1) + "</a>"));
    }
    return text.indexOf('\n') >= 0 ? BLANK_LINE.matcher(text).replaceAll("\n\n<p>") : text;
  }

  /**
   * A name or value from the spec shown as code in Javadoc: <code>{&#64;code name}</code> when that
   * is safe, else {@code <code>} around the text escaped as by {@link #javadoc}.
   */
  public static String code(String text) {
    if (!text.isEmpty() && PLAIN_CODE.matcher(text).matches()) {
      return "{@code " + text + "}";
    }
    return "<code>" + javadoc(text) + "</code>";
  }

  /** Text for one Markdown table cell: a single line, with pipes escaped. */
  public static String tableCell(String markdown) {
    return LINE_BREAK_AND_SPACE.matcher(markdown.strip()).replaceAll(" ").replace("|", "\\|");
  }

  /** Markdown prose, unchanged but for surrounding whitespace. */
  public static String markdown(String markdown) {
    return markdown.strip();
  }

  /** The first sentence, for summaries in tables and lists. */
  public static String firstSentence(String markdown) {
    String text = tableCell(markdown);
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }
}
