package dev.seamgen.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

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
          false,
          new String[][] {{"error", "type"}},
          new String[][] {{"error", "message"}, {"error"}});
  private static final ErrorFormat GENERIC =
      new ErrorFormat(
          "generic",
          true,
          new String[][] {{"error", "type"}, {"error", "code"}, {"type"}, {"code"}},
          new String[][] {{"error", "message"}, {"message"}, {"detail"}, {"error"}, {"title"}});

  private final String name;
  private final boolean numbersAsText;
  private final String[][] typePaths;
  private final String[][] messagePaths;

  private ErrorFormat(
      String name, boolean numbersAsText, String[][] typePaths, String[][] messagePaths) {
    this.name = name;
    this.numbersAsText = numbersAsText;
    this.typePaths = typePaths;
    this.messagePaths = messagePaths;
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

  /** The error's type in {@code body}, a JSON object, or null. */
  String type(JsonNode body) {
    return first(Objects.requireNonNull(body, "body == null"), typePaths);
  }

  /** The error's message in {@code body}, a JSON object, or null. */
  String message(JsonNode body) {
    return first(Objects.requireNonNull(body, "body == null"), messagePaths);
  }

  private String first(JsonNode body, String[][] paths) {
    for (String[] path : paths) {
      JsonNode node = body;
      for (String field : path) {
        node = node.path(field);
      }
      if (node.isTextual() || (numbersAsText && node.isNumber())) {
        return node.asText();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "ErrorFormat." + name + "()";
  }
}
