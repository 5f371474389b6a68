package dev.seamgen.generator.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.seamgen.generator.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Line and column of every JSON pointer in a spec file, so that problems found in Swagger Parser's
 * model (which keeps no positions) can name the line to fix.
 */
final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of());

  private final Map<String, int[]> positions;

  /** The value of every {@code $ref}, by the pointer of the object that holds it. */
  private final Map<String, String> refs;

  private SourceMap(Map<String, int[]> positions, Map<String, String> refs) {
    this.positions = positions;
    this.refs = refs;
  }

  static SourceMap empty() {
    return EMPTY;
  }

  /**
   * Reads {@code file}, or throws the parser's exception for a file that is not well-formed YAML or
   * JSON (its location says where), or {@link AliasExpansion.TooManyAliasValues}.
   */
  static SourceMap read(Path file) throws IOException {
    Map<String, int[]> positions = new HashMap<>();
    Map<String, String> refs = new LinkedHashMap<>();
    AliasExpansion aliases = new AliasExpansion();
    // The pointer of each open object or array, built a segment at a time: Jackson's
    // pathAsPointer() walks every level and allocates a chain per token, the most costly part of
    // reading a large spec.
    ArrayDeque<String> containers = new ArrayDeque<>();
    String field = "";
    try (JsonParser parser = SpecFiles.parser(file)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        aliases.accept(parser, token);
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          containers.pop();
          continue;
        }
        String pointer;
        boolean fieldValue = false;
        if (token == JsonToken.FIELD_NAME) {
          field = containers.peek() + "/" + SchemaPositions.escape(parser.currentName());
          pointer = field;
        } else {
          JsonStreamContext enclosing =
              token.isStructStart()
                  ? parser.getParsingContext().getParent()
                  : parser.getParsingContext();
          if (enclosing.inArray()) {
            pointer = containers.peek() + "/" + enclosing.getCurrentIndex();
          } else if (enclosing.inRoot()) {
            pointer = "";
          } else {
            // A field's value: its pointer maps to where its key is written, recorded above.
            pointer = field;
            fieldValue = true;
          }
        }
        if (!fieldValue) {
          JsonLocation at = parser.currentTokenLocation();
          positions.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        }
        if (token == JsonToken.VALUE_STRING && "$ref".equals(parser.currentName())) {
          refs.put(containers.peek(), parser.getText());
        }
        if (token.isStructStart()) {
          containers.push(pointer);
        }
      }
    }
    return new SourceMap(positions, refs);
  }

  /**
   * Where {@code ref} is written at or under {@code pointer}: the pointer of the first object whose
   * {@code $ref} it is, or {@code pointer} itself when there is none.
   */
  String refAt(String pointer, String ref) {
    for (Map.Entry<String, String> entry : refs.entrySet()) {
      String at = entry.getKey();
      if (entry.getValue().equals(ref) && (at.equals(pointer) || at.startsWith(pointer + "/"))) {
        return at;
      }
    }
    return pointer;
  }

  /**
   * Where the first {@code $ref} into {@code file} (as in {@code file#/a/b}) is written: the
   * pointer of the object that holds it, or the root when there is none.
   */
  String refToFile(String file) {
    String wanted = withoutDotSlash(file);
    for (Map.Entry<String, String> entry : refs.entrySet()) {
      String ref = entry.getValue();
      int hash = ref.indexOf('#');
      if (withoutDotSlash(hash < 0 ? ref : ref.substring(0, hash)).equals(wanted)) {
        return entry.getKey();
      }
    }
    return "";
  }

  /**
   * Where {@code ref} is first written (the pointer of the object that holds it, a leading {@code
   * ./} aside), or the root when it is not.
   */
  String refWritten(String ref) {
    String wanted = withoutDotSlash(ref);
    for (Map.Entry<String, String> entry : refs.entrySet()) {
      if (withoutDotSlash(entry.getValue()).equals(wanted)) {
        return entry.getKey();
      }
    }
    return "";
  }

  private static String withoutDotSlash(String path) {
    return path.startsWith("./") ? path.substring(2) : path;
  }

  /** The value of every {@code $ref} in the file, by the pointer of the object that holds it. */
  Map<String, String> refs() {
    return Collections.unmodifiableMap(refs);
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
}
