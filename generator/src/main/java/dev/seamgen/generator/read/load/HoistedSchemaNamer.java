package dev.seamgen.generator.read.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.source.SchemaPositions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names for schemas {@link HoistedDocument} moves into {@code components/schemas}, made from where
 * each is written and free among the component schemas (whatever their case, as class names must be
 * on a case-insensitive file system).
 */
final class HoistedSchemaNamer {
  private final JsonNode root;
  private final Set<String> taken = new HashSet<>();

  /**
   * Names free in {@code schemas}, the document's component schemas, for schemas of {@code root}.
   */
  HoistedSchemaNamer(JsonNode root, JsonNode schemas) {
    this.root = root;
    schemas.fieldNames().forEachRemaining(n -> taken.add(lower(n)));
  }

  /** A free name for the schema at {@code target} (a JSON pointer), taken from now on. */
  String take(String target) {
    String name = Naming.unique(name(target), n -> taken.contains(lower(n)));
    taken.add(lower(name));
    return name;
  }

  /**
   * A readable name for the schema at {@code target}: a parameter's or component's name, an
   * operation's id with {@code Response} or {@code Body}, and the last two property names inside
   * ({@code LastHandshakeToken}); names under {@code definitions} are used as they are.
   */
  private String name(String target) {
    List<String> tokens = SchemaPositions.split(target);
    int start = SchemaPositions.schemaStart(tokens);
    List<String> parts = new ArrayList<>();
    parts.add(owner(tokens.subList(0, Math.max(0, start))));
    boolean lastIsProperty = false;
    for (int i = start; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean named = i + 1 < tokens.size();
      if ((token.equals("definitions") || token.equals("$defs")) && named) {
        parts.clear();
        parts.add(tokens.get(++i));
        lastIsProperty = true;
      } else if (token.equals("properties") && named) {
        parts.add(tokens.get(++i));
        lastIsProperty = true;
      } else if (token.equals("items") || token.equals("additionalProperties")) {
        if (!lastIsProperty || i == tokens.size() - 1) {
          parts.add(token.equals("items") ? "item" : "value");
        }
      }
    }
    List<String> chosen = parts.size() <= 2 ? parts : parts.subList(parts.size() - 2, parts.size());
    return Naming.typeName(String.join("_", chosen));
  }

  /** The name of what holds a schema: a component, parameter, header or operation. */
  private String owner(List<String> tokens) {
    if (tokens.size() >= 3 && tokens.get(0).equals("components")) {
      return tokens.get(2);
    }
    for (int i = tokens.size() - 2; i >= 0; i--) {
      if (tokens.get(i).equals("headers")) {
        return tokens.get(i + 1);
      }
      if (tokens.get(i).equals("parameters")) {
        JsonNode name = root.at(SchemaPositions.pointer(tokens.subList(0, i + 2))).get("name");
        if (name != null && name.isTextual()) {
          return name.asText();
        }
      }
    }
    if (tokens.size() >= 3
        && tokens.get(0).equals("paths")
        && SchemaPositions.VERBS.contains(tokens.get(2))) {
      JsonNode id = root.at(SchemaPositions.pointer(tokens.subList(0, 3))).get("operationId");
      String operation =
          id != null && id.isTextual() ? id.asText() : tokens.get(2) + "_" + tokens.get(1);
      return operation + (tokens.contains("requestBody") ? "_body" : "_response");
    }
    return tokens.isEmpty() ? "schema" : tokens.get(tokens.size() - 1);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
