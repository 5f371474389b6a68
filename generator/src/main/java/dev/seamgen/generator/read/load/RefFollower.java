package dev.seamgen.generator.read.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.source.SchemaPositions;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a schema reference through the document as written to the schema it leads to, through
 * other references on the way and through a response to its content's schema (with a warning).
 */
final class RefFollower {
  /** How many references one chain may pass through; more is a cycle. */
  private static final int MAX_HOPS = 16;

  private final JsonNode root;
  private final String file;
  private final List<Problem> warnings;

  RefFollower(JsonNode root, String file, List<Problem> warnings) {
    this.root = root;
    this.file = file;
    this.warnings = warnings;
  }

  /**
   * The pointer of the schema {@code ref} (written at {@code holder}) leads to, after the
   * references on its way; "" for something that is not a schema, null for nothing at all.
   */
  String target(String holder, String ref) {
    String current = ref;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      List<String> tokens = SchemaPositions.tokens(current);
      if (tokens == null) {
        return null;
      }
      String pointer = resolvedPointer(tokens);
      if (pointer == null) {
        return null;
      }
      JsonNode node = root.at(pointer);
      List<String> at = SchemaPositions.split(pointer);
      if (!SchemaPositions.isSchema(at)) {
        String content = responseContent(holder, pointer);
        if (content == null) {
          return "";
        }
        warnings.add(
            Problem.warning(
                new Location(file, holder),
                "reference '"
                    + ref
                    + "' names a response, not a schema; it is read as the schema of that"
                    + " response's content of the same media type",
                "Point $ref at the schema itself: '#" + content + "'"));
        current = "#" + content;
        continue;
      }
      JsonNode next = node.get("$ref");
      if (next != null && next.isTextual() && node.size() == 1 && isLocal(next.asText())) {
        current = next.asText();
        continue;
      }
      return pointer;
    }
    return null;
  }

  /**
   * Where {@code tokens} lead in the document, passing through a {@code $ref} that stands where a
   * token is looked for; null when they lead nowhere.
   */
  private String resolvedPointer(List<String> tokens) {
    List<String> at = new ArrayList<>();
    JsonNode node = root;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      JsonNode child = child(node, token);
      for (int hop = 0; child == null && hop < MAX_HOPS && node.has("$ref"); hop++) {
        List<String> jump = SchemaPositions.tokens(node.get("$ref").asText());
        if (jump == null) {
          return null;
        }
        at = new ArrayList<>(jump);
        node = root.at(SchemaPositions.pointer(jump));
        child = child(node, token);
      }
      if (child == null) {
        return null;
      }
      at.add(token);
      node = child;
    }
    return SchemaPositions.pointer(at);
  }

  private static JsonNode child(JsonNode node, String token) {
    if (node instanceof ArrayNode array) {
      return SchemaPositions.isIndex(token) && token.length() < 10
          ? array.get(Integer.parseInt(token))
          : null;
    }
    return node instanceof ObjectNode object ? object.get(token) : null;
  }

  /**
   * For a reference written as a media type's schema ({@code .../content/text~1vtt/schema}) to a
   * response, the pointer of that response's schema for the same media type; else null.
   */
  private String responseContent(String holder, String response) {
    List<String> at = SchemaPositions.split(holder);
    List<String> target = SchemaPositions.split(response);
    boolean isResponse =
        (target.size() == 3
                && target.get(0).equals("components")
                && target.get(1).equals("responses"))
            || (target.size() == 5
                && target.get(0).equals("paths")
                && target.get(3).equals("responses"));
    int n = at.size();
    if (!isResponse
        || n < 3
        || !at.get(n - 1).equals("schema")
        || !at.get(n - 3).equals("content")) {
      return null;
    }
    List<String> content = new ArrayList<>(target);
    content.addAll(List.of("content", at.get(n - 2), "schema"));
    String pointer = SchemaPositions.pointer(content);
    return root.at(pointer).isObject() ? pointer : null;
  }

  private static boolean isLocal(String ref) {
    return SchemaPositions.tokens(ref) != null;
  }
}
