package dev.seamgen.generator.read.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.filter.FilteringGeneratorDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import dev.seamgen.generator.ir.TypeRef.Kind;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Questions about Swagger Parser schemas that read the same for OpenAPI 3.0 and 3.1. */
public final class Schemas {
  private static final String COMPONENT_PREFIX = "#/components/schemas/";

  /** Schema keywords that document rather than constrain. */
  private static final List<String> PROSE =
      List.of("description", "title", "example", "examples", "x-title");

  private Schemas() {}

  /**
   * The schema's type, from {@code type} (3.0) or the one non-null entry of {@code type} (3.1; none
   * when it names several, which is any JSON value), else the type of its {@code const}.
   */
  public static String type(Schema<?> schema) {
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

  /**
   * Whether {@code schema} says nothing about a value's shape, only about it ({@code description},
   * {@code nullable}, {@code readOnly}, constraints...): no {@code $ref}, type, properties, items,
   * composition or enum.
   */
  static boolean annotatesOnly(Schema<?> schema) {
    return schema.get$ref() == null
        && type(schema) == null
        && (schema.getTypes() == null || schema.getTypes().equals(Set.of("null")))
        && schema.getProperties() == null
        && schema.getItems() == null
        && schema.getPrefixItems() == null
        && schema.getAdditionalProperties() == null
        && schema.getAllOf() == null
        && schema.getOneOf() == null
        && schema.getAnyOf() == null
        && schema.getNot() == null
        && schema.getEnum() == null;
  }

  public static boolean hasProperties(Schema<?> schema) {
    return schema.getProperties() != null && !schema.getProperties().isEmpty();
  }

  public static boolean isObject(Schema<?> schema) {
    return hasProperties(schema) || "object".equals(type(schema));
  }

  public static boolean hasEnum(Schema<?> schema) {
    return schema.getEnum() != null && !schema.getEnum().isEmpty();
  }

  /**
   * The alternatives of {@code oneOf}, else of {@code anyOf}. Entries Swagger Parser could not read
   * (it reports them) are left out.
   */
  public static List<Schema<?>> oneOf(Schema<?> schema) {
    if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
      return present(schema.getOneOf());
    }
    return present(schema.getAnyOf());
  }

  public static List<Schema<?>> allOf(Schema<?> schema) {
    return present(schema.getAllOf());
  }

  // Swagger Parser's model holds its alternatives as a raw List<Schema>.
  private static List<Schema<?>> present(@SuppressWarnings("rawtypes") List<Schema> schemas) {
    return schemas == null
        ? List.of()
        : schemas.stream().filter(Objects::nonNull).<Schema<?>>map(s -> s).toList();
  }

  public static List<String> required(Schema<?> schema) {
    return schema.getRequired() == null ? List.of() : schema.getRequired();
  }

  /** The component a {@code $ref} names, or null for a reference of another kind. */
  public static String componentName(String ref) {
    return ref != null && ref.startsWith(COMPONENT_PREFIX)
        ? ref.substring(COMPONENT_PREFIX.length())
        : null;
  }

  public static boolean isPrimitiveType(String type) {
    return "string".equals(type)
        || "integer".equals(type)
        || "number".equals(type)
        || "boolean".equals(type);
  }

  /**
   * The schema as JSON without its prose, so that inline schemas that differ only in their
   * descriptions share one type. Written straight to text through a filter (no tree in between): a
   * large spec has thousands of inline schemas, nested ones inside each other.
   */
  static String canonical(Schema<?> schema) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = Json.mapper().createGenerator(text)) {
      Json.mapper()
          .writeValue(
              new FilteringGeneratorDelegate(
                  generator, SchemaFilter.SCHEMA, TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH, true),
              schema);
    } catch (IOException | IllegalArgumentException e) {
      return schema.toString();
    }
    return text.toString();
  }

  /**
   * Leaves out the prose keywords of a schema and of the schemas inside it, and nothing else: a
   * property named {@code description} is part of its object's shape.
   */
  private static final class SchemaFilter extends TokenFilter {
    static final SchemaFilter SCHEMA = new SchemaFilter(true);
    static final SchemaFilter SCHEMAS_BY_NAME = new SchemaFilter(false);
    static final SchemaFilter SCHEMA_LIST = new SchemaFilter(true);

    /** Keywords whose value is a schema or a list of them, as Swagger's mapper writes them. */
    private static final Set<String> SCHEMA_VALUED =
        Set.of(
            "items",
            "additionalProperties",
            "not",
            "allOf",
            "anyOf",
            "oneOf",
            "prefixItems",
            "contains",
            "if",
            "then",
            "else",
            "propertyNames",
            "unevaluatedItems",
            "unevaluatedProperties",
            "contentSchema");

    /** Keywords whose value maps names to schemas. */
    private static final Set<String> SCHEMAS_BY_NAME_VALUED =
        Set.of("properties", "patternProperties", "dependentSchemas", "$defs");

    private final boolean isSchema;

    private SchemaFilter(boolean isSchema) {
      this.isSchema = isSchema;
    }

    @Override
    public TokenFilter includeProperty(String name) {
      if (!isSchema) {
        return SCHEMA;
      }
      if (PROSE.contains(name)) {
        return null;
      }
      if (SCHEMA_VALUED.contains(name)) {
        return SCHEMA_LIST;
      }
      return SCHEMAS_BY_NAME_VALUED.contains(name) ? SCHEMAS_BY_NAME : TokenFilter.INCLUDE_ALL;
    }

    @Override
    public TokenFilter includeElement(int index) {
      return this == SCHEMA_LIST ? SCHEMA : TokenFilter.INCLUDE_ALL;
    }
  }

  /** The primitive kind of a scalar schema, from its type and format; strings by default. */
  public static Kind primitiveKind(Schema<?> schema) {
    String type = type(schema);
    String format = schema.getFormat();
    return switch (Objects.requireNonNullElse(type, "string")) {
      case "integer" -> "int64".equals(format) ? Kind.INT64 : Kind.INT32;
      case "number" -> Kind.NUMBER;
      case "boolean" -> Kind.BOOLEAN;
      default ->
          "date-time".equals(format)
              ? Kind.DATE_TIME
              : "date".equals(format) ? Kind.DATE : Kind.STRING;
    };
  }
}
