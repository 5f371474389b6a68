package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Body;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.read.schema.SchemaTranslator;
import dev.seamgen.generator.read.schema.Schemas;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an inline JSON request body that is a {@code oneOf} or {@code anyOf}. Alternatives that are
 * {@code null} or empty are dropped, and a nested {@code oneOf} is read as its own alternatives.
 * Objects, and alternatives that only say which of the body's properties are required (GitHub's
 * {@code {required: [state]}}), are merged into one request class, checked when each {@code oneOf}
 * alternative requires one property of its own. Anything else (an object or a list of them, a
 * string...) is one {@code body} member that can hold every alternative: its scalar type or enum
 * when the alternatives are scalars, else a JSON value ({@code Object}) whose Javadoc names the
 * alternatives' types.
 */
// Swagger Parser's model holds properties and alternatives in raw Map<String, Schema>s and lists.
@SuppressWarnings("rawtypes")
final class OneOfBodyTranslator {
  /** How deep nested oneOfs are read before the rest is taken as it is. */
  private static final int MAX_NESTING = 8;

  private final SchemaTranslator schemas;
  private final ProblemCollector problems;

  OneOfBodyTranslator(SchemaTranslator schemas, ProblemCollector problems) {
    this.schemas = schemas;
    this.problems = problems;
  }

  /**
   * The body whose schema is {@code resolved}, found at {@code at}.
   *
   * @param required whether the request body is required
   * @param description the request body's own description, possibly empty
   * @param taken the Java names the parameters use; body members avoid them
   */
  TranslatedBody body(
      Schema<?> resolved,
      Location at,
      String className,
      Set<String> taken,
      boolean required,
      String description) {
    List<Alternative> alternatives = new ArrayList<>();
    boolean nested = flatten(resolved, at, alternatives, 0);
    boolean mergeable =
        alternatives.stream().allMatch(a -> a.kind() != Kind.OTHER)
            && (!alternatives.isEmpty() || Schemas.hasProperties(resolved));
    if (mergeable) {
      return merged(resolved, alternatives, at, className, taken, exclusive(resolved, nested));
    }
    String text =
        description.isEmpty() ? SpecStrings.description(resolved.getDescription()) : description;
    if (alternatives.size() == 1 || alternatives.stream().allMatch(a -> isScalar(a.resolved()))) {
      // One alternative left, or scalars and enums only: the type SchemaTranslator gives them.
      Schema<?> kept =
          alternatives.size() == 1 ? alternatives.get(0).declared() : only(alternatives);
      Location keptAt = alternatives.size() == 1 ? alternatives.get(0).location() : at;
      TypeRef type = schemas.typeOf(kept, keptAt, className + "_body", className);
      return value(type, required, text, at, taken);
    }
    List<String> shapes = new ArrayList<>();
    for (Alternative alternative : alternatives) {
      String shape =
          alternative.kind() == Kind.REQUIRED_ONLY
              ? "an object"
              : describe(
                  schemas.typeOf(
                      alternative.declared(),
                      alternative.location(),
                      className + "_body",
                      className),
                  true);
      if (!shapes.contains(shape)) {
        shapes.add(shape);
      }
    }
    String listed = String.join("; ", shapes);
    problems.warning(
        at,
        "the alternatives of this "
            + keyword(resolved)
            + " request body are not all objects ("
            + listed
            + "); the body is one member 'body' of any JSON value (Object), sent as given",
        "Pass one of the alternatives; its Javadoc names them. Give the body a single kind of "
            + "value for a typed member");
    String documented =
        (text.isEmpty() ? "" : text + "\n\n")
            + "The body is one of: "
            + listed
            + ". It is sent as JSON as given.";
    return value(new TypeRef.AnyOf(List.of()), required, documented, at, taken);
  }

  /**
   * Adds the alternatives of {@code schema} to {@code into}, reading a nested oneOf's as its own
   * and leaving out null and empty ones; returns whether one was nested.
   */
  private boolean flatten(Schema<?> schema, Location at, List<Alternative> into, int depth) {
    boolean nested = false;
    List<Schema<?>> alternatives = Schemas.oneOf(schema);
    for (int i = 0; i < alternatives.size(); i++) {
      Schema<?> declared = alternatives.get(i);
      Location location = at.child(keyword(schema)).child(Integer.toString(i));
      Schema<?> resolved = schemas.resolve(declared);
      if (isNull(resolved) || isEmpty(resolved)) {
        continue;
      }
      if (!Schemas.hasProperties(resolved)
          && Schemas.allOf(resolved).isEmpty()
          && !Schemas.oneOf(resolved).isEmpty()
          && depth < MAX_NESTING) {
        flatten(resolved, location, into, depth + 1);
        nested = true;
        continue;
      }
      into.add(new Alternative(declared, resolved, location, kind(resolved)));
    }
    return nested;
  }

  /**
   * Objects and required-only alternatives: one class with the body's own properties and every
   * alternative's (required where the body or every alternative requires them); for a {@code oneOf}
   * whose alternatives each require one property of their own, a check that exactly one of those is
   * set.
   */
  private TranslatedBody merged(
      Schema<?> resolved,
      List<Alternative> alternatives,
      Location at,
      String className,
      Set<String> taken,
      boolean exclusive) {
    Schema<Object> onlyAlternatives = new Schema<>();
    onlyAlternatives.setOneOf(alternatives.stream().map(a -> (Schema) a.declared()).toList());
    Schema<?> fromAlternatives = schemas.mergedObject(onlyAlternatives, at);
    Map<String, Schema> properties = new LinkedHashMap<>();
    if (resolved.getProperties() != null) {
      properties.putAll(resolved.getProperties());
    }
    if (fromAlternatives.getProperties() != null) {
      fromAlternatives.getProperties().forEach(properties::putIfAbsent);
    }
    Set<String> requiredNames = new LinkedHashSet<>(Schemas.required(resolved));
    if (!alternatives.isEmpty()) {
      requiredNames.addAll(Schemas.required(fromAlternatives));
    }
    Schema<Object> merged = new Schema<>();
    merged.setType("object");
    merged.setDescription(resolved.getDescription());
    merged.setProperties(properties);
    merged.setRequired(new ArrayList<>(requiredNames));
    List<Property> members =
        BodyMembers.avoiding(schemas.properties(merged, at, className, null), taken);
    Optional<Body> body = Optional.of(new Body.JsonObject(members));
    List<String> choices = choices(alternatives, members);
    if (alternatives.size() < 2) {
      return new TranslatedBody(body, List.of());
    }
    if (choices != null && exclusive) {
      return new TranslatedBody(body, choices);
    }
    if (choices != null) {
      problems.warning(
          at,
          "the alternatives of this anyOf body are merged into one request class; it takes at "
              + "least one of "
              + String.join(
                  ", ",
                  members.stream()
                      .filter(p -> choices.contains(p.javaName()))
                      .map(Property::wireName)
                      .toList())
              + ", which seamgen does not check",
          "Set at least one of them; the API answers an error otherwise");
    } else {
      problems.warning(
          at,
          "the alternatives of this oneOf body are merged into one request "
              + "class without a check of which alternative is meant",
          "seamgen checks a oneOf body when each alternative requires exactly one property of "
              + "its own");
    }
    return new TranslatedBody(body, List.of());
  }

  /**
   * The member each alternative requires of its own (not required by every alternative), or null
   * when an alternative requires none or several.
   */
  private static List<String> choices(List<Alternative> alternatives, List<Property> members) {
    List<String> choices = new ArrayList<>();
    for (Alternative alternative : alternatives) {
      List<Property> own =
          members.stream()
              .filter(
                  p ->
                      !p.required()
                          && Schemas.required(alternative.resolved()).contains(p.wireName()))
              .toList();
      if (own.size() != 1) {
        return null;
      }
      choices.add(own.get(0).javaName());
    }
    return choices;
  }

  private TranslatedBody value(
      TypeRef type, boolean required, String description, Location at, Set<String> taken) {
    return new TranslatedBody(
        Optional.of(new Body.JsonValue(BodyMembers.single(type, required, description, at, taken))),
        List.of());
  }

  /** A schema whose alternatives are {@code alternatives}, for SchemaTranslator to type. */
  private static Schema<?> only(List<Alternative> alternatives) {
    Schema<Object> schema = new Schema<>();
    schema.setOneOf(alternatives.stream().map(a -> (Schema) a.declared()).toList());
    return schema;
  }

  /** Whether the checked alternatives exclude each other: a oneOf that nests no other. */
  private static boolean exclusive(Schema<?> schema, boolean nested) {
    return !nested && keyword(schema).equals("oneOf");
  }

  private static String keyword(Schema<?> schema) {
    return schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? "oneOf" : "anyOf";
  }

  private static Kind kind(Schema<?> schema) {
    if (Schemas.hasProperties(schema) || !Schemas.allOf(schema).isEmpty()) {
      return Kind.OBJECT;
    }
    boolean untypedOrObject = Schemas.type(schema) == null || "object".equals(Schemas.type(schema));
    boolean onlyRequired =
        untypedOrObject
            && !Schemas.required(schema).isEmpty()
            && Schemas.oneOf(schema).isEmpty()
            && schema.getItems() == null
            && schema.getAdditionalProperties() == null
            && !Schemas.hasEnum(schema);
    return onlyRequired ? Kind.REQUIRED_ONLY : Kind.OTHER;
  }

  private static boolean isScalar(Schema<?> schema) {
    return Schemas.isPrimitiveType(Schemas.type(schema));
  }

  /** {@code type: 'null'}, or a 3.1 type list of null alone. */
  private static boolean isNull(Schema<?> schema) {
    if ("null".equals(schema.getType())) {
      return true;
    }
    Set<String> types = schema.getTypes();
    return types != null && !types.isEmpty() && types.stream().allMatch("null"::equals);
  }

  /** A schema that says nothing about the value: no type, members, alternatives or enum. */
  private static boolean isEmpty(Schema<?> schema) {
    return schema.get$ref() == null
        && Schemas.type(schema) == null
        && (schema.getTypes() == null || schema.getTypes().isEmpty())
        && !Schemas.hasProperties(schema)
        && Schemas.allOf(schema).isEmpty()
        && Schemas.oneOf(schema).isEmpty()
        && schema.getItems() == null
        && schema.getAdditionalProperties() == null
        && !Schemas.hasEnum(schema)
        && Schemas.required(schema).isEmpty();
  }

  /** The type in words for a Javadoc: {@code `Label`}, {@code a list of strings}. */
  static String describe(TypeRef type, boolean article) {
    if (type instanceof TypeRef.Named named) {
      return "`" + named.name() + "`";
    }
    if (type instanceof TypeRef.ListOf list) {
      return (article ? "a list of " : "lists of ") + plural(list.element());
    }
    if (type instanceof TypeRef.MapOf map) {
      return (article ? "a map of " : "maps of ") + plural(map.value());
    }
    if (type instanceof TypeRef.Primitive primitive) {
      String noun = noun(primitive.kind());
      return article ? (noun.startsWith("i") ? "an " : "a ") + noun : noun;
    }
    return article ? "any JSON value" : "JSON values";
  }

  private static String plural(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return noun(primitive.kind()) + "s";
    }
    return describe(type, false);
  }

  private static String noun(TypeRef.Kind kind) {
    return switch (kind) {
      case STRING -> "string";
      case INT32, INT64 -> "integer";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case DATE_TIME -> "date-time string";
      case DATE -> "date string";
      case FILE -> "file";
    };
  }

  /** What an alternative adds to a merged body. */
  private enum Kind {
    /** An object with properties (or an allOf of them): its properties are members. */
    OBJECT,
    /** Only {@code required}: which of the body's properties this alternative requires. */
    REQUIRED_ONLY,
    /** Anything else: an array, a scalar, a map. */
    OTHER
  }

  private record Alternative(
      Schema<?> declared, Schema<?> resolved, Location location, Kind kind) {}
}
