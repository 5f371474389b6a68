package dev.seamgen.generator.read.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which JSON pointers of an OpenAPI document name a schema, told from the pointer alone: a
 * component schema, a parameter's, header's or media type's {@code schema}, and what a schema's
 * keywords hold (a property, the items, an alternative ...). An example, an extension or a
 * discriminator is not a schema, even when it holds a {@code $ref} key.
 */
public final class SchemaPositions {
  /** The keys of a path item that are operations. */
  public static final Set<String> VERBS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** OpenAPI maps whose keys are names, not keywords: the token after one is skipped. */
  private static final Set<String> NAMED =
      Set.of("paths", "headers", "content", "responses", "encoding", "callbacks", "webhooks");

  /** Schema keywords whose value is a map of schemas. */
  private static final Set<String> SCHEMA_MAPS =
      Set.of("properties", "patternProperties", "definitions", "$defs", "dependentSchemas");

  /** Schema keywords whose value is a list of schemas. */
  private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "oneOf", "anyOf", "prefixItems");

  /** Schema keywords whose value is one schema. */
  private static final Set<String> SCHEMA_VALUES =
      Set.of(
          "items",
          "additionalProperties",
          "not",
          "if",
          "then",
          "else",
          "contains",
          "propertyNames",
          "unevaluatedItems",
          "unevaluatedProperties",
          "additionalItems",
          "contentSchema");

  private SchemaPositions() {}

  /** Whether {@code tokens} (unescaped) lead to a schema. */
  public static boolean isSchema(List<String> tokens) {
    int start = schemaStart(tokens);
    return start >= 0 && insideSchema(tokens, start);
  }

  /**
   * The index of the first token inside the schema {@code tokens} enter, or -1 when they name no
   * schema: {@code [components, schemas, Pet, properties, id]} enters at 3.
   */
  public static int schemaStart(List<String> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      String token = tokens.get(i);
      if (token.equals("schema")) {
        return i + 1;
      }
      if (token.equals("components") && i + 1 < tokens.size()) {
        if (tokens.get(i + 1).equals("schemas")) {
          return tokens.size() >= i + 3 ? i + 3 : -1;
        }
        i += 3;
      } else if (NAMED.contains(token)) {
        i += 2;
      } else if (token.equals("example")
          || token.equals("examples")
          || token.equals("links")
          || token.startsWith("x-")) {
        return -1;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** Whether the tokens from {@code start} on walk through schema keywords only. */
  private static boolean insideSchema(List<String> tokens, int start) {
    int i = start;
    while (i < tokens.size()) {
      String token = tokens.get(i);
      if (SCHEMA_MAPS.contains(token) || SCHEMA_LISTS.contains(token)) {
        i += 2;
      } else if (SCHEMA_VALUES.contains(token)) {
        // items as a list (JSON Schema draft 4) names its schemas by index.
        boolean indexed =
            token.equals("items") && i + 1 < tokens.size() && isIndex(tokens.get(i + 1));
        i += indexed ? 2 : 1;
      } else {
        return false;
      }
    }
    return i == tokens.size();
  }

  public static boolean isIndex(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }

  /**
   * The tokens of a local reference ({@code #/a/b~1c}), percent-decoded as in a URI fragment and
   * unescaped (RFC 6901); null for a reference to another file or not a pointer.
   */
  public static List<String> tokens(String ref) {
    if (ref == null || !ref.startsWith("#/")) {
      return null;
    }
    List<String> tokens = new ArrayList<>();
    for (String token : ref.substring(2).split("/", -1)) {
      tokens.add(unescape(percentDecoded(token)));
    }
    return tokens;
  }

  /** The tokens of a JSON pointer as written in a document ({@code /a/b~1c}), unescaped. */
  public static List<String> split(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      tokens.add(unescape(token));
    }
    return tokens;
  }

  /** {@code tokens} as a JSON pointer, escaped (RFC 6901): {@code /a/b~1c}. */
  public static String pointer(List<String> tokens) {
    StringBuilder pointer = new StringBuilder();
    for (String token : tokens) {
      pointer.append('/').append(escape(token));
    }
    return pointer.toString();
  }

  /** A JSON pointer token with {@code ~} and {@code /} escaped (RFC 6901). */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** An escaped JSON pointer token as the key it names (RFC 6901). */
  public static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /**
   * A pointer in a URI fragment may be percent-encoded ({@code ~1pets~1%7Bid%7D}); a key that holds
   * a {@code %} which is not an escape (SendGrid's spec has one) is taken as written.
   */
  static String percentDecoded(String token) {
    if (!token.contains("%")) {
      return token;
    }
    try {
      return URLDecoder.decode(token.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notAnEscape) {
      return token;
    }
  }
}
