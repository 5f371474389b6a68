package dev.seamgen.generator.read;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef.EnumType;
import dev.seamgen.generator.ir.TypeDef.EnumValue;
import dev.seamgen.generator.ir.TypeDef.ObjectType;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.ir.TypeRef.Kind;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.TypeRegistry.Reservation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns Swagger Parser schemas into {@link TypeRef}s, defining the named types it meets on the way
 * in a {@link TypeRegistry}.
 *
 * <p>Component schemas that are objects, enums or unions become named types; component schemas that
 * only alias a scalar, list or map are inlined. Inline objects and enums are named after the
 * property that holds them, prefixed with their owner's name when that name is taken.
 */
// Swagger Parser's model holds properties, components and alternatives in maps and lists of the
// raw Schema type; the maps this class builds for it must match.
@SuppressWarnings("rawtypes")
final class SchemaTranslator {
  private final Map<String, Schema> components;
  private final TypeRegistry registry;
  private final Problems problems;
  private final Formats formats;
  private final Location componentsLocation;
  private final Set<String> aliasesInProgress = new HashSet<>();
  private final boolean includeUndocumented;
  private final SchemaMerger merger = new SchemaMerger(this);
  private final UnionTranslator unions;

  /** Where a schema moved into components was written (see {@link HoistedSchemas}). */
  private final UnaryOperator<String> moved;

  SchemaTranslator(
      Map<String, Schema> components,
      TypeRegistry registry,
      Problems problems,
      String file,
      boolean includeUndocumented,
      UnaryOperator<String> moved) {
    this.moved = moved;
    this.components = components == null ? Map.of() : components;
    this.registry = registry;
    this.problems = problems;
    this.formats = new Formats(problems);
    this.componentsLocation = Location.root(file).child("components").child("schemas");
    this.includeUndocumented = includeUndocumented;
    this.unions = new UnionTranslator(this, merger, registry, problems);
  }

  /**
   * Translates every component schema, so types nothing references are generated too. Schemas that
   * are variants of a discriminated union are left to the union, which nests them; they become
   * top-level types only if something else refers to them.
   */
  void translateComponents() {
    registry.planComponents(components.keySet());
    for (String component : components.keySet()) {
      if (component.length() > Naming.MAX_NAME_BYTES) {
        String name = registry.plannedName(component);
        problems.warning(
            componentLocation(component),
            "schema name "
                + WireValues.shown(component)
                + " is "
                + component.length()
                + " characters long; "
                + "its class is "
                + name,
            "Give the schema a shorter name");
      }
    }
    Set<String> variants = new HashSet<>();
    for (Schema<?> schema : components.values()) {
      if (unions.discriminator(schema) != null) {
        Schemas.oneOf(schema)
            .forEach(
                v -> {
                  String component = Schemas.componentName(v.get$ref());
                  if (component != null) {
                    variants.add(component);
                  }
                });
      }
    }
    for (Map.Entry<String, Schema> entry : components.entrySet()) {
      String name = entry.getKey();
      if (!variants.contains(name) && !leftOut(entry.getValue())) {
        componentType(name, componentLocation(name));
      }
    }
  }

  /**
   * The type of {@code schema}, found at {@code location}.
   *
   * @param suggestedName what an inline object or enum here would be called, in spec spelling
   * @param owner the Java name of the type that holds this schema, used when the suggested name is
   *     taken
   */
  TypeRef typeOf(Schema<?> schema, Location location, String suggestedName, String owner) {
    Schema<?> inside = insideComponent(schema);
    if (inside != null) {
      return typeOf(inside, location, suggestedName, owner);
    }
    if (schema.get$ref() != null) {
      return refType(schema.get$ref(), location);
    }
    List<Schema<?>> allOf = Schemas.allOf(schema);
    if (allOf.size() == 1 && !Schemas.hasProperties(schema)) {
      return typeOf(allOf.get(0), location.child("allOf").child("0"), suggestedName, owner);
    }
    if (!allOf.isEmpty()) {
      return inlineObject(merger.merge(schema, location), location, suggestedName, owner);
    }
    if (!Schemas.oneOf(schema).isEmpty()) {
      return unions.oneOfType(schema, location, suggestedName, owner, null);
    }
    if (Schemas.hasEnum(schema) && "string".equals(Schemas.type(schema))) {
      Reservation named = reserveInline(schema, suggestedName, owner);
      if (named.isNew()) {
        registry.define(enumType(named.name(), schema, location));
      }
      return TypeRef.named(named.name());
    }
    String type = Schemas.type(schema);
    if ("array".equals(type)) {
      if (schema.getItems() == null && schema.getPrefixItems() != null) {
        return tuple(schema.getPrefixItems(), location);
      }
      if (schema.getItems() == null) {
        problems.warning(
            location,
            "array schema has no items; its items are read as any JSON value (Object)",
            "Add an items schema");
        return TypeRef.listOf(new TypeRef.AnyOf(List.of()));
      }
      return TypeRef.listOf(
          typeOf(
              schema.getItems(), location.child("items"), Naming.singular(suggestedName), owner));
    }
    if (Schemas.hasProperties(schema)) {
      return inlineObject(schema, location, suggestedName, owner);
    }
    if ("object".equals(type) || (type == null && schema.getAdditionalProperties() != null)) {
      return mapType(schema, location, suggestedName, owner);
    }
    if (Schemas.isPrimitiveType(type)) {
      formats.check(schema, location);
      return TypeRef.primitive(kind(schema));
    }
    if (type != null) {
      problems.error(
          location,
          "unsupported schema type '" + type + "'",
          "Use string, integer, number, boolean, array or object");
    }
    return new TypeRef.AnyOf(List.of());
  }

  /**
   * The properties of an object schema (following {@code $ref} and merging {@code allOf}), in spec
   * order, with Java names unique within {@code owner}.
   *
   * @param discriminator a property that is read as a plain string: a union variant's code
   */
  List<Property> properties(
      Schema<?> schema, Location location, String owner, String discriminator) {
    if (schema.get$ref() != null
        && insideComponent(schema) == null
        && !components.containsKey(
            Objects.requireNonNullElse(Schemas.componentName(schema.get$ref()), ""))) {
      refType(schema.get$ref(), location);
      return List.of();
    }
    Schema<?> object = resolve(schema);
    Location at = schema.get$ref() != null ? refLocation(schema.get$ref()) : location;
    if (!Schemas.allOf(object).isEmpty()) {
      object = merger.merge(object, at);
    }
    List<String> required = Schemas.required(object);
    Set<String> javaNames = new HashSet<>();
    List<Property> properties = new ArrayList<>();
    Map<String, Schema> declared =
        object.getProperties() == null ? Map.of() : object.getProperties();
    for (Map.Entry<String, Schema> entry : declared.entrySet()) {
      String wireName = entry.getKey();
      Schema<?> propertySchema = entry.getValue();
      if (leftOut(propertySchema) && !required.contains(wireName)) {
        // Still readable from additionalProperties() when a response carries it.
        continue;
      }
      Location propertyLocation = at.child("properties").child(wireName);
      TypeRef type =
          wireName.equals(discriminator)
              ? TypeRef.primitive(Kind.STRING)
              : typeOf(propertySchema, propertyLocation, wireName, owner);
      String javaName = Naming.unique(Naming.propertyName(wireName), javaNames::contains);
      javaNames.add(javaName);
      Schema<?> target = resolve(propertySchema);
      properties.add(
          new Property(
              wireName,
              javaName,
              type,
              required.contains(wireName),
              Schemas.nullable(propertySchema) || Schemas.nullable(target),
              deprecation(propertySchema, target),
              description(propertySchema, target),
              ConstraintsReader.of(target),
              ConstraintsReader.ofElements(target, this::resolve),
              propertyLocation));
    }
    for (String name : required) {
      if (!declared.containsKey(name)) {
        problems.warning(
            at.child("required"),
            "required property '" + name + "' is not defined; the requirement is ignored",
            "Define '" + name + "' under properties, or remove it from required");
      }
    }
    return properties;
  }

  /** Follows {@code $ref}s and single-element {@code allOf}s to the schema that says something. */
  Schema<?> resolve(Schema<?> schema) {
    Set<String> seen = new HashSet<>();
    Schema<?> current = schema;
    while (true) {
      String component = Schemas.componentName(current.get$ref());
      if (component != null && components.containsKey(component) && seen.add(component)) {
        current = components.get(component);
      } else if (insideComponent(current) != null && seen.add(current.get$ref())) {
        current = insideComponent(current);
      } else if (Schemas.allOf(current).size() == 1 && !Schemas.hasProperties(current)) {
        current = Schemas.allOf(current).get(0);
      } else {
        return current;
      }
    }
  }

  /**
   * What {@code schema}'s $ref names inside a component schema, such as a property, followed while
   * that is such a reference too; null for any other schema, and for a cycle (left for refType to
   * report).
   */
  @SuppressWarnings("ReferenceEquality") // still schema itself: no reference was followed
  private Schema<?> insideComponent(Schema<?> schema) {
    Set<String> seen = new HashSet<>();
    Schema<?> current = schema;
    while (true) {
      String ref = current.get$ref();
      String component = Objects.requireNonNullElse(Schemas.componentName(ref), "");
      Schema<?> target =
          ref == null || components.containsKey(component)
              ? null
              : SchemaPointers.target(ref, components);
      if (target == null) {
        return current == schema ? null : current;
      }
      if (!seen.add(ref)) {
        return null;
      }
      current = target;
    }
  }

  /**
   * A 3.1 tuple ({@code prefixItems}): a list of the items' one primitive type when they share it,
   * else of any JSON value, with a warning.
   */
  private TypeRef tuple(List<Schema> items, Location location) {
    Set<Kind> kinds = new LinkedHashSet<>();
    for (Schema<?> item : items) {
      Schema<?> resolved = resolve(item);
      kinds.add(
          Schemas.isPrimitiveType(Schemas.type(resolved)) && !Schemas.hasEnum(resolved)
              ? kind(resolved)
              : null);
    }
    if (kinds.size() == 1 && !kinds.contains(null)) {
      return TypeRef.listOf(TypeRef.primitive(kinds.iterator().next()));
    }
    problems.warning(
        location.child("prefixItems"),
        "the items of this tuple (prefixItems) differ in type; it is read as a list of any JSON "
            + "value (List<Object>)",
        "Read each item with a cast, or give the items one type");
    return TypeRef.listOf(new TypeRef.AnyOf(List.of()));
  }

  /**
   * One object schema with the properties of every alternative of {@code schema}'s {@code oneOf} or
   * {@code anyOf}; see {@link SchemaMerger#mergedObject}.
   */
  Schema<?> mergedObject(Schema<?> schema, Location location) {
    return merger.mergedObject(schema, location);
  }

  /** Where a {@code $ref} points, for error messages and generated-file headers. */
  Location refLocation(String ref) {
    String component = Schemas.componentName(ref);
    return component == null ? componentsLocation : componentLocation(component);
  }

  /** Where the component schema {@code component} is written in the spec. */
  private Location componentLocation(String component) {
    Location at = componentsLocation.child(component);
    return new Location(at.file(), moved.apply(at.pointer()));
  }

  private TypeRef refType(String ref, Location location) {
    String component = Schemas.componentName(ref);
    if (component == null || !components.containsKey(component)) {
      problems.error(
          location,
          "reference '" + ref + "' does not resolve",
          "Define the schema under components/schemas, or point $ref at one that exists");
      return new TypeRef.AnyOf(List.of());
    }
    return componentType(component, componentLocation(component));
  }

  private TypeRef componentType(String component, Location location) {
    Optional<String> known = registry.componentName(component);
    if (known.isPresent()) {
      return TypeRef.named(known.get());
    }
    Schema<?> schema = components.get(component);
    UnionTranslator.OneOfShape shape = unions.oneOfShape(schema);
    // A oneOf read as untyped JSON is that, properties beside it or not: no class is defined.
    boolean untyped =
        shape == UnionTranslator.OneOfShape.SCALARS || shape == UnionTranslator.OneOfShape.UNTYPED;
    boolean named =
        !untyped
            && (Schemas.hasProperties(schema)
                || Schemas.allOf(schema).size() > 1
                || shape != null
                || (Schemas.hasEnum(schema) && "string".equals(Schemas.type(schema))));
    if (!named) {
      // An alias of a scalar, list or map: use what it stands for.
      if (!aliasesInProgress.add(component)) {
        problems.error(
            location,
            "schema '" + component + "' refers to itself without an object " + "in between",
            "Make the cycle pass through an object schema");
        return new TypeRef.AnyOf(List.of());
      }
      TypeRef type = typeOf(schema, location, component, "");
      aliasesInProgress.remove(component);
      return type;
    }
    String name = registry.reserveComponent(component);
    if (!Schemas.oneOf(schema).isEmpty()) {
      return unions.oneOfType(schema, location, component, "", name);
    }
    if (Schemas.hasEnum(schema)) {
      registry.define(enumType(name, schema, location));
    } else {
      Schema<?> object = Schemas.allOf(schema).isEmpty() ? schema : merger.merge(schema, location);
      registry.define(objectType(name, object, location));
    }
    return TypeRef.named(name);
  }

  private TypeRef inlineObject(
      Schema<?> schema, Location location, String suggestedName, String owner) {
    Reservation named = reserveInline(schema, suggestedName, owner);
    if (named.isNew()) {
      registry.define(objectType(named.name(), schema, location));
    }
    return TypeRef.named(named.name());
  }

  ObjectType objectType(String name, Schema<?> schema, Location location) {
    return new ObjectType(
        name, text(schema.getDescription()), properties(schema, location, name, null), location);
  }

  private TypeRef mapType(Schema<?> schema, Location location, String suggestedName, String owner) {
    Object additional = schema.getAdditionalProperties();
    if (additional instanceof Schema<?> valueSchema) {
      return TypeRef.mapOf(
          typeOf(
              valueSchema,
              location.child("additionalProperties"),
              suggestedName + "_value",
              owner));
    }
    return TypeRef.mapOf(new TypeRef.AnyOf(List.of()));
  }

  EnumType enumType(String name, Schema<?> schema, Location location) {
    Set<String> constants = new HashSet<>();
    List<EnumValue> values = new ArrayList<>();
    for (Object value : schema.getEnum()) {
      if (value == null) {
        continue;
      }
      String wire = String.valueOf(value);
      String constant = Naming.unique(Naming.constantName(wire), constants::contains);
      constants.add(constant);
      values.add(new EnumValue(wire, constant));
    }
    EnumType type = new EnumType(name, text(schema.getDescription()), values, location);
    if (!type.hasConstants()) {
      problems.warning(
          location,
          "enum "
              + name
              + " has "
              + values.size()
              + " values, more "
              + "than the "
              + EnumType.MAX_CONSTANTS
              + " that get a Java constant each",
          "The class has no constants: code reaches values with "
              + name
              + ".of(\"...\") "
              + "and "
              + name
              + ".values()");
    }
    return type;
  }

  Reservation reserveInline(Schema<?> schema, String suggestedName, String owner) {
    String preferred = Naming.typeName(suggestedName);
    return registry.reserveInline(preferred, owner + preferred, () -> Schemas.canonical(schema));
  }

  static Kind kind(Schema<?> schema) {
    String type = Schemas.type(schema);
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

  /** Whether {@code schema} is marked {@code x-undocumented} and such parts are left out. */
  boolean leftOut(Schema<?> schema) {
    return !includeUndocumented
        && Extensions.isTrue(schema.getExtensions(), Extensions.UNDOCUMENTED);
  }

  private static Optional<String> deprecation(Schema<?> declared, Schema<?> target) {
    return Extensions.deprecation(declared.getDeprecated(), declared.getExtensions())
        .or(() -> Extensions.deprecation(target.getDeprecated(), target.getExtensions()));
  }

  private static String description(Schema<?> declared, Schema<?> target) {
    return text(
        declared.getDescription() != null ? declared.getDescription() : target.getDescription());
  }

  static String text(String description) {
    return description == null ? "" : description.strip();
  }
}
