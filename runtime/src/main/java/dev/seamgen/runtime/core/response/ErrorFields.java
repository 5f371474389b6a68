package dev.seamgen.runtime.core.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Where an error body keeps the error's type and message: lists of field paths, the first that
 * holds text winning. The core's {@code ErrorFormat} names one for Seam's envelope and one for the
 * shapes most APIs use.
 */
public final class ErrorFields {
  private final boolean numbersAsText;
  private final String[][] typePaths;
  private final String[][] messagePaths;

  /**
   * @param numbersAsText whether a number counts as text, so that {@code "code": 404} is a type
   * @param typePaths the paths that may hold the type, in order
   * @param messagePaths the paths that may hold the message, in order
   */
  public ErrorFields(boolean numbersAsText, String[][] typePaths, String[][] messagePaths) {
    this.numbersAsText = numbersAsText;
    this.typePaths = typePaths;
    this.messagePaths = messagePaths;
  }

  /** The error's type in {@code body}, a JSON object, or null. */
  public String type(JsonNode body) {
    return first(Objects.requireNonNull(body, "body == null"), typePaths);
  }

  /** The error's message in {@code body}, a JSON object, or null. */
  public String message(JsonNode body) {
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
}
