package dev.seamgen.generator.read.schema;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.ir.TypeRef.Kind;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.schema.TypeRegistry.Reservation;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
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
public final class SchemaTranslator implements PropertyReader {
  private final SchemaResolver resolver;
  private final TypeRegistry registry;
  private final ProblemCollector problems;
  private final Formats formats;
  private final EnumTranslator enums;
  private final SchemaMerger merger;
  private final UnionTranslator unions;
  private final Set<String> aliasesInProgress = new HashSet<>();

  /**
   * @param moved where a schema moved into components was written (see {@code HoistedDocument})
   */
  public SchemaTranslator(
      Map<String, Schema> components,
      TypeRegistry registry,
      ProblemCollector problems,
      String file,
      boolean includeUndocumented,
      UnaryOperator<String> moved) {
    this.resolver = new SchemaResolver(components, file, includeUndocumented, moved);
    this.registry = registry;
    this.problems = problems;
    this.formats = new Formats(problems);
    this.enums = new EnumTranslator(problems);
    this.merger = new SchemaMerger(resolver);
    this.unions = new UnionTranslator(this, resolver, enums, merger, registry, problems);
  }

  /**
   * Translates every component schema, so types nothing references are generated too. Schemas that
   * are variants of a discriminated union are left to the union, which nests them; they become
   * top-level types only if something else refers to them.
   */
  public void translateComponents() {
    registry.planComponents(resolver.components().keySet());
    for (String component : resolver.components().keySet()) {
      if (component.length() > Naming.MAX_NAME_BYTES) {
        String name = registry.plannedName(component);
        problems.warning(
            resolver.componentLocation(component),
            "schema name "
                + SpecStrings.quoted(component)
                + " is "
                + component.length()
                + " characters long; "
                + "its class is "
                + name,
            "Give the schema a shorter name");
      }
    }
    Set<String> variants = new HashSet<>();
    for (Schema<?> schema : resolver.components().values()) {
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
    for (Map.Entry<String, Schema> entry : resolver.components().entrySet()) {
      String name = entry.getKey();
      if (!variants.contains(name) && !resolver.leftOut(entry.getValue())) {
        componentType(name, resolver.componentLocation(name));
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
  public TypeRef typeOf(Schema<?> schema, Location location, String suggestedName, String owner) {
    Schema<?> inside = resolver.insideComponent(schema);
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
    int valuePart = resolver.valuePart(schema);
    if (valuePart >= 0) {
      return typeOf(
          allOf.get(valuePart),
          location.child("allOf").child(String.valueOf(valuePart)),
          suggestedName,
          owner);
    }
    if (!allOf.isEmpty()) {
      return inlineObject(merger.merge(schema, location), location, suggestedName, owner);
    }
    if (!Schemas.oneOf(schema).isEmpty()) {
      return unions.oneOfType(schema, location, suggestedName, owner, null);
    }
    if (Schemas.hasEnum(schema) && "string".equals(Schemas.type(schema))) {
      Reservation named = registry.reserveInline(schema, suggestedName, owner);
      if (named.isNew()) {
        registry.define(enums.enumType(named.name(), schema, location));
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
      return TypeRef.primitive(Schemas.primitiveKind(schema));
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
  @Override
  public List<Property> properties(
      Schema<?> schema, Location location, String owner, String discriminator) {
    if (schema.get$ref() != null
        && resolver.insideComponent(schema) == null
        && !resolver
            .components()
            .containsKey(Objects.requireNonNullElse(Schemas.componentName(schema.get$ref()), ""))) {
      refType(schema.get$ref(), location);
      return List.of();
    }
    Schema<?> object = resolver.resolve(schema);
    Location at = schema.get$ref() != null ? resolver.refLocation(schema.get$ref()) : location;
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
      if (resolver.leftOut(propertySchema) && !required.contains(wireName)) {
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
      Schema<?> target = resolver.resolve(propertySchema);
      List<Schema<?>> annotations = resolver.annotationParts(propertySchema);
      Schema<?> annotated = SchemaResolver.withAnnotations(propertySchema, annotations);
      properties.add(
          Property.builder()
              .wireName(wireName)
              .javaName(javaName)
              .type(type)
              .required(required.contains(wireName))
              .nullable(
                  Schemas.nullable(propertySchema)
                      || annotations.stream().anyMatch(Schemas::nullable)
                      || Schemas.nullable(target))
              .deprecation(deprecation(annotated, target))
              .description(description(annotated, target))
              .constraints(ConstraintsReader.of(target))
              .elementConstraints(ConstraintsReader.ofElements(target, this::resolve))
              .secret(SecretProperties.isSecret(wireName, propertySchema, target, annotations))
              .location(propertyLocation)
              .build());
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

  /**
   * A 3.1 tuple ({@code prefixItems}): a list of the items' one primitive type when they share it,
   * else of any JSON value, with a warning.
   */
  private TypeRef tuple(List<Schema> items, Location location) {
    Set<Kind> kinds = new LinkedHashSet<>();
    for (Schema<?> item : items) {
      Schema<?> resolved = resolver.resolve(item);
      kinds.add(
          Schemas.isPrimitiveType(Schemas.type(resolved)) && !Schemas.hasEnum(resolved)
              ? Schemas.primitiveKind(resolved)
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
  public Schema<?> mergedObject(Schema<?> schema, Location location) {
    return merger.mergedObject(schema, location);
  }

  private TypeRef refType(String ref, Location location) {
    String component = Schemas.componentName(ref);
    if (component == null || !resolver.components().containsKey(component)) {
      problems.error(
          location,
          "reference '" + ref + "' does not resolve",
          "Define the schema under components/schemas, or point $ref at one that exists");
      return new TypeRef.AnyOf(List.of());
    }
    return componentType(component, resolver.componentLocation(component));
  }

  private TypeRef componentType(String component, Location location) {
    Optional<String> known = registry.componentName(component);
    if (known.isPresent()) {
      return TypeRef.named(known.get());
    }
    Schema<?> schema = resolver.components().get(component);
    UnionTranslator.OneOfShape shape = unions.oneOfShape(schema);
    // A oneOf read as untyped JSON is that, properties beside it or not: no class is defined.
    boolean untyped =
        shape == UnionTranslator.OneOfShape.SCALARS || shape == UnionTranslator.OneOfShape.UNTYPED;
    boolean named =
        !untyped
            && (Schemas.hasProperties(schema)
                || (Schemas.allOf(schema).size() > 1 && resolver.valuePart(schema) < 0)
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
      registry.define(enums.enumType(name, schema, location));
    } else {
      Schema<?> object = Schemas.allOf(schema).isEmpty() ? schema : merger.merge(schema, location);
      registry.define(objectType(name, object, location));
    }
    return TypeRef.named(name);
  }

  private TypeRef inlineObject(
      Schema<?> schema, Location location, String suggestedName, String owner) {
    Reservation named = registry.reserveInline(schema, suggestedName, owner);
    if (named.isNew()) {
      registry.define(objectType(named.name(), schema, location));
    }
    return TypeRef.named(named.name());
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

  private static Optional<String> deprecation(Schema<?> declared, Schema<?> target) {
    return Extensions.deprecation(declared.getDeprecated(), declared.getExtensions())
        .or(() -> Extensions.deprecation(target.getDeprecated(), target.getExtensions()));
  }

  private static String description(Schema<?> declared, Schema<?> target) {
    return SpecStrings.description(
        declared.getDescription() != null ? declared.getDescription() : target.getDescription());
  }

  /** Follows {@code $ref}s and single-element {@code allOf}s to the schema that says something. */
  public Schema<?> resolve(Schema<?> schema) {
    return resolver.resolve(schema);
  }

  /** Where a {@code $ref} points, for error messages and generated-file headers. */
  public Location refLocation(String ref) {
    return resolver.refLocation(ref);
  }

  /** Whether {@code schema} is marked {@code x-undocumented} and such parts are left out. */
  public boolean leftOut(Schema<?> schema) {
    return resolver.leftOut(schema);
  }
}
