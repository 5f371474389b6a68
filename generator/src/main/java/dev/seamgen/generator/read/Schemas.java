package dev.seamgen.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Questions about Swagger Parser schemas that read the same for OpenAPI 3.0 and 3.1. */
final class Schemas {
  private static final String COMPONENT_PREFIX = "#/components/schemas/";

  /** Schema keywords that document rather than constrain. */
  private static final List<String> PROSE =
      List.of("description", "title", "example", "examples", "x-title");

  private Schemas() {}

  /**
   * The schema's type, from {@code type} (3.0) or the one non-null entry of {@code type} (3.1; none
   * when it names several, which is any JSON value), else the type of its {@code const}.
   */
  static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    Set<String> types = schema.getTypes();
    if (types != null) {
      List<String> named = types.stream().filter(t -> !"null".equals(t)).toList();
      return named.size() == 1 ? named.get(0) : null;
    }
    Object constant = schema.getConst();
    if (constant instanceof String) {
      return "string";
    }
    if (constant instanceof Boolean) {
      return "boolean";
    }
    if (constant instanceof Integer || constant instanceof Long) {
      return "integer";
    }
    return constant instanceof Number ? "number" : null;
  }

  static boolean nullable(Schema<?> schema) {
    return Boolean.TRUE.equals(schema.getNullable())
        || (schema.getTypes() != null && schema.getTypes().contains("null"));
  }

  static boolean hasProperties(Schema<?> schema) {
    return schema.getProperties() != null && !schema.getProperties().isEmpty();
  }

  static boolean isObject(Schema<?> schema) {
    return hasProperties(schema) || "object".equals(type(schema));
  }

  static boolean hasEnum(Schema<?> schema) {
    return schema.getEnum() != null && !schema.getEnum().isEmpty();
  }

  /**
   * The alternatives of {@code oneOf}, else of {@code anyOf}. Entries Swagger Parser could not read
   * (it reports them) are left out.
   */
  static List<Schema<?>> oneOf(Schema<?> schema) {
    if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
      return present(schema.getOneOf());
    }
    return present(schema.getAnyOf());
  }

  static List<Schema<?>> allOf(Schema<?> schema) {
    return present(schema.getAllOf());
  }

  // Swagger Parser's model holds its alternatives as a raw List<Schema>.
  private static List<Schema<?>> present(@SuppressWarnings("rawtypes") List<Schema> schemas) {
    return schemas == null
        ? List.of()
        : schemas.stream().filter(Objects::nonNull).<Schema<?>>map(s -> s).toList();
  }

  static List<String> required(Schema<?> schema) {
    return schema.getRequired() == null ? List.of() : schema.getRequired();
  }

  /** The component a {@code $ref} names, or null for a reference of another kind. */
  static String componentName(String ref) {
    return ref != null && ref.startsWith(COMPONENT_PREFIX)
        ? ref.substring(COMPONENT_PREFIX.length())
        : null;
  }

  static boolean isPrimitiveType(String type) {
    return "string".equals(type)
        || "integer".equals(type)
        || "number".equals(type)
        || "boolean".equals(type);
  }

  /**
   * The schema as JSON without its prose, so that inline schemas that differ only in their
   * descriptions share one type.
   */
  static String canonical(Schema<?> schema) {
    JsonNode tree;
    try {
      tree = Json.mapper().valueToTree(schema);
    } catch (IllegalArgumentException e) {
      return schema.toString();
    }
    withoutProse(tree);
    return tree.toString();
  }

  private static void withoutProse(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(PROSE);
    }
    node.forEach(Schemas::withoutProse);
  }
}
