package dev.seamgen.generator.read.schema;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.TypeDef.ObjectType;
import dev.seamgen.generator.ir.TypeDef.UnionType;
import dev.seamgen.generator.ir.TypeDef.Variant;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.ir.TypeRef.Kind;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.schema.TypeRegistry.Reservation;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types a {@code oneOf} or {@code anyOf}: scalars as untyped JSON, string enums as one enum,
 * objects a discriminator tells apart as a union with a class per variant, other objects as one
 * merged class. It reads the variants' properties through a {@link PropertyReader}: the schema
 * translator, so that both share one registry and one set of problems.
 */
final class UnionTranslator {
  private final PropertyReader objects;
  private final SchemaResolver resolver;
  private final EnumTranslator enums;
  private final SchemaMerger merger;
  private final TypeRegistry registry;
  private final ProblemCollector problems;

  UnionTranslator(
      PropertyReader objects,
      SchemaResolver resolver,
      EnumTranslator enums,
      SchemaMerger merger,
      TypeRegistry registry,
      ProblemCollector problems) {
    this.objects = objects;
    this.resolver = resolver;
    this.enums = enums;
    this.merger = merger;
    this.registry = registry;
    this.problems = problems;
  }

  /** The Java shape a {@code oneOf} or {@code anyOf} gets. */
  enum OneOfShape {
    /** Scalars only: {@code Object}, holding whichever the JSON has. */
    SCALARS,
    /** String enums only: one open enum of all their values. */
    ENUMS,
    /** Objects a discriminator property tells apart: a union with a class per variant. */
    UNION,
    /** Objects without a discriminator: one class with every alternative's properties. */
    MERGED_OBJECT,
    /** A mix of objects, scalars and lists: untyped JSON, with a warning. */
    UNTYPED
  }

  /** The shape of {@code schema}'s alternatives, or null when it has none. */
  OneOfShape oneOfShape(Schema<?> schema) {
    List<Schema<?>> alternatives = Schemas.oneOf(schema);
    if (alternatives.isEmpty()) {
      return null;
    }
    if (allPrimitive(schema)) {
      return OneOfShape.SCALARS;
    }
    List<Schema<?>> resolved = alternatives.stream().<Schema<?>>map(resolver::resolve).toList();
    if (resolved.stream().allMatch(SchemaMerger::isStringEnum)) {
      return OneOfShape.ENUMS;
    }
    if (discriminator(schema) != null) {
      return OneOfShape.UNION;
    }
    boolean objects =
        resolved.stream().allMatch(s -> Schemas.hasProperties(s) || Schemas.allOf(s).size() > 1);
    return objects ? OneOfShape.MERGED_OBJECT : OneOfShape.UNTYPED;
  }

  /**
   * A {@code oneOf} or {@code anyOf}, shaped as {@link OneOfShape} says.
   *
   * @param componentName the reserved name when the schema is a component, else null
   */
  TypeRef oneOfType(
      Schema<?> schema,
      Location location,
      String suggestedName,
      String owner,
      String componentName) {
    OneOfShape shape = oneOfShape(schema);
    if (shape == OneOfShape.SCALARS) {
      List<Kind> kinds = new ArrayList<>();
      for (Schema<?> alternative : Schemas.oneOf(schema)) {
        Kind kind = Schemas.primitiveKind(resolver.resolve(alternative));
        if (!kinds.contains(kind)) {
          kinds.add(kind);
        }
      }
      return new TypeRef.AnyOf(kinds);
    }
    if (shape == OneOfShape.UNTYPED) {
      problems.warning(
          location,
          "oneOf mixes objects with other kinds of value; it is read as " + "untyped JSON (Object)",
          "Give each alternative the same kind, or add a "
              + "discriminator so seamgen can generate a typed union");
      return new TypeRef.AnyOf(List.of());
    }
    String name = componentName;
    if (name == null) {
      Reservation named = registry.reserveInline(schema, suggestedName, owner);
      if (!named.isNew()) {
        return TypeRef.named(named.name());
      }
      name = named.name();
    }
    switch (shape) {
      case ENUMS -> registry.define(enums.enumType(name, merger.mergedEnum(schema), location));
      case UNION -> registry.define(unionType(name, schema, discriminator(schema), location));
      default ->
          registry.define(
              objects.objectType(name, merger.mergedObject(schema, location), location));
    }
    return TypeRef.named(name);
  }

  private UnionType unionType(
      String name, Schema<?> schema, String discriminator, Location location) {
    Map<String, String> codeByRef = new LinkedHashMap<>();
    if (schema.getDiscriminator() != null && schema.getDiscriminator().getMapping() != null) {
      schema.getDiscriminator().getMapping().forEach((code, ref) -> codeByRef.put(ref, code));
    }
    Set<String> variantNames = new HashSet<>();
    variantNames.add(name);
    List<Variant> variants = new ArrayList<>();
    List<Schema<?>> alternatives = Schemas.oneOf(schema);
    String keyword = schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? "oneOf" : "anyOf";
    for (int i = 0; i < alternatives.size(); i++) {
      Schema<?> alternative = alternatives.get(i);
      if (resolver.leftOut(alternative) || resolver.leftOut(resolver.resolve(alternative))) {
        continue;
      }
      Location at =
          alternative.get$ref() != null
              ? resolver.refLocation(alternative.get$ref())
              : location.child(keyword).child(Integer.toString(i));
      String code = codeByRef.get(alternative.get$ref());
      if (code == null) {
        code = singleEnumValue(resolver.resolve(alternative), discriminator);
      }
      String component = Schemas.componentName(alternative.get$ref());
      if (code == null && component != null) {
        // OpenAPI's rule when the mapping does not list a variant: its value is the schema's name.
        code = component;
        problems.warning(
            location.child("discriminator"),
            "discriminator '"
                + discriminator
                + "' has no mapping for '"
                + component
                + "'; its value is taken to be '"
                + component
                + "', the schema's name",
            "List the variant in discriminator.mapping if the API sends another value");
      }
      if (code == null) {
        problems.error(
            at,
            "union variant has no fixed value for discriminator '" + discriminator + "'",
            "Give '"
                + discriminator
                + "' a single-value enum, or list "
                + "the variant in discriminator.mapping");
        continue;
      }
      String variantName = Naming.unique(Naming.typeName(code), variantNames::contains);
      variantNames.add(variantName);
      Schema<?> object = resolver.resolve(alternative);
      variants.add(
          new Variant(
              code,
              new ObjectType(
                  variantName,
                  SpecStrings.description(object.getDescription()),
                  objects.properties(alternative, at, name + variantName, discriminator),
                  at)));
    }
    String unknownName = variantNames.contains("Unknown") ? "UnknownVariant" : "Unknown";
    return new UnionType(
        name,
        SpecStrings.description(schema.getDescription()),
        discriminator,
        Naming.propertyName(discriminator),
        variants,
        unknownName,
        location);
  }

  /** The discriminator property: declared, or the one property every variant fixes to a value. */
  String discriminator(Schema<?> schema) {
    if (schema.getDiscriminator() != null && schema.getDiscriminator().getPropertyName() != null) {
      return schema.getDiscriminator().getPropertyName();
    }
    Set<String> candidates = null;
    for (Schema<?> alternative : Schemas.oneOf(schema)) {
      Schema<?> object = resolver.resolve(alternative);
      if (!Schemas.hasProperties(object)) {
        return null;
      }
      Set<String> fixed = new HashSet<>();
      object
          .getProperties()
          .forEach(
              (property, s) -> {
                if (singleEnumValue(object, property) != null) {
                  fixed.add(property);
                }
              });
      if (candidates == null) {
        candidates = fixed;
      } else {
        candidates.retainAll(fixed);
      }
    }
    return candidates == null || candidates.size() != 1 ? null : candidates.iterator().next();
  }

  private String singleEnumValue(Schema<?> object, String property) {
    if (object.getProperties() == null || !object.getProperties().containsKey(property)) {
      return null;
    }
    Schema<?> schema = resolver.resolve(object.getProperties().get(property));
    if (schema.getEnum() != null && schema.getEnum().size() == 1) {
      return String.valueOf(schema.getEnum().get(0));
    }
    return schema.getConst() != null ? String.valueOf(schema.getConst()) : null;
  }

  private boolean allPrimitive(Schema<?> schema) {
    List<Schema<?>> alternatives = Schemas.oneOf(schema);
    return !alternatives.isEmpty()
        && alternatives.stream()
            .map(resolver::resolve)
            .allMatch(s -> Schemas.isPrimitiveType(Schemas.type(s)) && !Schemas.hasEnum(s));
  }
}
