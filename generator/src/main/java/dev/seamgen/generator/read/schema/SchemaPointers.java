package dev.seamgen.generator.read.schema;

import dev.seamgen.generator.read.source.SchemaPositions;
import io.swagger.v3.oas.models.media.Schema;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Follows a {@code $ref} into a component schema rather than to it, such as {@code
 * #/components/schemas/CreateCompletionRequest/properties/user}: a property, the items of an array,
 * an alternative of a {@code oneOf} ... Specs reuse one property's schema this way.
 */
public final class SchemaPointers {
  private static final String PREFIX = "#/components/schemas/";

  private SchemaPointers() {}

  /** What {@code ref} points at inside a component of {@code components}; null when nothing. */
  @SuppressWarnings("rawtypes")
  static Schema<?> target(String ref, Map<String, Schema> components) {
    if (ref == null || !ref.startsWith(PREFIX) || components == null) {
      return null;
    }
    String[] tokens = ref.substring(PREFIX.length()).split("/", -1);
    if (tokens.length < 2) {
      return null;
    }
    Schema<?> current = components.get(token(tokens[0]));
    for (int i = 1; i < tokens.length && current != null; i++) {
      String token = token(tokens[i]);
      String next = i + 1 < tokens.length ? token(tokens[i + 1]) : null;
      switch (token) {
        case "properties" -> {
          current =
              next == null || current.getProperties() == null
                  ? null
                  : current.getProperties().get(next);
          i++;
        }
        case "items" -> current = current.getItems();
        case "additionalProperties" ->
            current = current.getAdditionalProperties() instanceof Schema<?> s ? s : null;
        case "allOf" -> {
          current = element(current.getAllOf(), next);
          i++;
        }
        case "oneOf" -> {
          current = element(current.getOneOf(), next);
          i++;
        }
        case "anyOf" -> {
          current = element(current.getAnyOf(), next);
          i++;
        }
        default -> current = null;
      }
    }
    return current;
  }

  @SuppressWarnings("rawtypes")
  private static Schema<?> element(List<Schema> list, String index) {
    if (list == null
        || index == null
        || index.isEmpty()
        || !index.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int i = Integer.parseInt(index);
    return i < list.size() ? list.get(i) : null;
  }

  /** One pointer token, percent-decoded as in a URI fragment, then unescaped (RFC 6901). */
  private static String token(String raw) {
    String decoded =
        raw.contains("%")
            ? URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8)
            : raw;
    return SchemaPositions.unescape(decoded);
  }
}
