package dev.seamgen.generator.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.seamgen.generator.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Line and column of every JSON pointer in a spec file, so that problems found in Swagger
 * Parser's model (which keeps no positions) can name the line to fix.
 *
 */
final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of());

  private final Map<String, int[]> positions;

  private SourceMap(Map<String, int[]> positions) {
    this.positions = positions;
  }

  static SourceMap empty() {
    return EMPTY;
  }

  /**
   * Reads {@code file}, or throws the parser's exception for a file that is not well-formed
   * YAML or JSON; its location says where.
   */
  static SourceMap read(Path file) throws IOException {
    Map<String, int[]> positions = new HashMap<>();
    try (JsonParser parser = SpecFiles.parser(file)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        // A field name comes before its value, so a pointer maps to where its key is written.
        JsonPointer pointer = parser.getParsingContext().pathAsPointer();
        JsonLocation at = parser.currentTokenLocation();
        positions.putIfAbsent(pointer.toString(), new int[] {at.getLineNr(), at.getColumnNr()});
      }
    }
    return new SourceMap(positions);
  }

  /** Whether the file has a value at exactly {@code pointer}. */
  boolean contains(String pointer) {
    return positions.containsKey(pointer);
  }

  /** {@code problem} with the line and column of its pointer, or of its nearest ancestor. */
  Problem locate(Problem problem) {
    if (problem.line().isPresent()) {
      return problem;
    }
    String pointer = problem.location().pointer();
    while (true) {
      int[] at = positions.get(pointer);
      if (at != null) {
        return problem.at(at[0], at[1]);
      }
      int slash = pointer.lastIndexOf('/');
      if (slash < 0) {
        return problem;
      }
      pointer = pointer.substring(0, slash);
    }
  }

  /** The position a parse failure reports, as {@code {line, column}}. */
  static int[] position(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null ? new int[] {0, 0} : new int[] {at.getLineNr(), at.getColumnNr()};
  }
}
