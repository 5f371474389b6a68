package dev.seamgen.runtime.core.response;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Walks the top-level properties of an answer such as {@code {"connected_account": {...}, "ok":
 * true}} with a streaming parser, skipping what is not wanted without building it.
 */
public final class Envelope {
  private Envelope() {}

  /**
   * Moves {@code parser}, positioned on the answer's first token, to the value of property {@code
   * key}.
   *
   * @return whether the answer is an object with that property
   */
  public static boolean find(JsonParser parser, String key) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return false;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (name.equals(key)) {
        return true;
      }
      parser.skipChildren();
    }
    return false;
  }

  /** Calls {@code visitor} with each top-level property, parser on its value. */
  public static void forEach(JsonParser parser, PropertyVisitor visitor) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (!visitor.visit(name)) {
        parser.skipChildren();
      }
    }
  }

  /** One top-level property of an answer. */
  @FunctionalInterface
  public interface PropertyVisitor {
    /** Reads the value the parser is on, or returns false to have it skipped. */
    boolean visit(String name) throws IOException;
  }
}
