package dev.seamgen.generator.read.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.seamgen.generator.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Line and column of every JSON pointer in a spec file, so that problems found in Swagger Parser's
 * model (which keeps no positions) can name the line to fix.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(null, Map.of(), null);

  /** Every pointer with its position; null for a document with no value at all. */
  private final PointerTree positions;

  /** The value of every {@code $ref}, by the pointer of the object that holds it. */
  private final Map<String, String> refs;

  /** The value of the document's top-level {@code swagger} key; null when it has none. */
  private final String swagger;

  private SourceMap(PointerTree positions, Map<String, String> refs, String swagger) {
    this.positions = positions;
    this.refs = refs;
    this.swagger = swagger;
  }

  static SourceMap empty() {
    return EMPTY;
  }

  /**
   * Reads {@code file}, or throws the parser's exception for a file that is not well-formed YAML or
   * JSON (its location says where), or {@link AliasExpansion.TooManyAliasValues}.
   */
  public static SourceMap read(Path file) throws IOException {
    PointerTree positions = null;
    Map<String, String> refs = new LinkedHashMap<>();
    AliasExpansion aliases = new AliasExpansion();
    // The node of each open object or array, innermost last.
    int[] containers = new int[64];
    int depth = 0;
    int field = PointerTree.NONE;
    String swagger = null;
    try (JsonParser parser = SpecFiles.parser(file)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        aliases.accept(parser, token);
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
          continue;
        }
        JsonLocation at = parser.currentTokenLocation();
        int node;
        if (positions == null) {
          positions = new PointerTree(at.getLineNr(), at.getColumnNr());
          node = PointerTree.ROOT;
        } else if (token == JsonToken.FIELD_NAME) {
          field =
              positions.field(
                  containers[depth - 1], parser.currentName(), at.getLineNr(), at.getColumnNr());
          node = field;
        } else {
          JsonStreamContext enclosing =
              token.isStructStart()
                  ? parser.getParsingContext().getParent()
                  : parser.getParsingContext();
          if (enclosing.inArray()) {
            node =
                positions.element(
                    containers[depth - 1],
                    enclosing.getCurrentIndex(),
                    at.getLineNr(),
                    at.getColumnNr());
          } else if (enclosing.inRoot()) {
            node = PointerTree.ROOT;
          } else {
            // A field's value: its pointer maps to where its key is written, recorded above.
            node = field;
          }
        }
        if (token == JsonToken.VALUE_STRING && "$ref".equals(parser.currentName())) {
          refs.put(positions.pointer(containers[depth - 1]), parser.getText());
        }
        if (swagger == null
            && depth == 1
            && token.isScalarValue()
            && parser.getParsingContext().inObject()
            && "swagger".equals(parser.currentName())) {
          swagger = parser.getText().strip();
        }
        if (token.isStructStart()) {
          if (depth == containers.length) {
            containers = Arrays.copyOf(containers, depth * 2);
          }
          containers[depth++] = node;
        }
      }
    }
    return new SourceMap(positions, refs, swagger);
  }

  /**
   * Where {@code ref} is written at or under {@code pointer}: the pointer of the first object whose
   * {@code $ref} it is, or {@code pointer} itself when there is none.
   */
  public String refAt(String pointer, String ref) {
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
  public String refToFile(String file) {
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
  public String refWritten(String ref) {
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
  public Map<String, String> refs() {
    return Collections.unmodifiableMap(refs);
  }

  /** The value of the document's top-level {@code swagger} key, if it has one. */
  Optional<String> swagger() {
    return Optional.ofNullable(swagger);
  }

  /** Whether the file has a value at exactly {@code pointer}. */
  public boolean contains(String pointer) {
    return positions != null && positions.node(pointer) != PointerTree.NONE;
  }

  /** {@code problem} with the line and column of its pointer, or of its nearest ancestor. */
  public Problem locate(Problem problem) {
    if (problem.line().isPresent()) {
      return problem;
    }
    int node =
        positions == null ? PointerTree.NONE : positions.nearest(problem.location().pointer());
    return node == PointerTree.NONE
        ? problem
        : problem.at(positions.line(node), positions.column(node));
  }
}
