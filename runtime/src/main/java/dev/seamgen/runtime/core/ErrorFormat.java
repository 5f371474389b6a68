package dev.seamgen.runtime.core;

import dev.seamgen.runtime.core.response.ErrorFields;

/**
 * Where an API puts the type and message of an error in its JSON answer; they become {@link
 * dev.seamgen.runtime.ApiException#errorType()} and {@link
 * dev.seamgen.runtime.ApiException#errorMessage()}. A client reads {@link #generic()} unless its
 * generated root client chooses another.
 */
public final class ErrorFormat {
  private static final ErrorFormat SEAM =
      new ErrorFormat(
          "seam",
          new ErrorFields(
              false,
              new String[][] {{"error", "type"}},
              new String[][] {{"error", "message"}, {"error"}}));
  private static final ErrorFormat GENERIC =
      new ErrorFormat(
          "generic",
          new ErrorFields(
              true,
              new String[][] {{"error", "type"}, {"error", "code"}, {"type"}, {"code"}},
              new String[][] {
                {"error", "message"}, {"message"}, {"detail"}, {"error"}, {"title"}
              }));

  private final String name;
  private final ErrorFields fields;

  private ErrorFormat(String name, ErrorFields fields) {
    this.name = name;
    this.fields = fields;
  }

  /**
   * Seam's envelope, {@code {"error": {"type": "...", "message": "...", "validation_errors":
   * {...}}, "ok": false}}; an {@code error} that is a string is the message.
   */
  public static ErrorFormat seam() {
    return SEAM;
  }

  /**
   * The shapes most APIs use, first found wins. Type: {@code error.type}, {@code error.code},
   * {@code type} (RFC 7807), {@code code}. Message: {@code error.message}, {@code message}, {@code
   * detail} (RFC 7807), {@code error} as a string, {@code title} (RFC 7807). Numbers count as text,
   * so {@code "code": 404} gives the type {@code 404}.
   */
  public static ErrorFormat generic() {
    return GENERIC;
  }

  /** Where this format finds an error's type and message. */
  ErrorFields fields() {
    return fields;
  }

  @Override
  public String toString() {
    return "ErrorFormat." + name + "()";
  }
}
