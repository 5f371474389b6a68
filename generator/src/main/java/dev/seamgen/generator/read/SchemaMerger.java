package dev.seamgen.generator.read;

import dev.seamgen.generator.ir.Location;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges several schemas into one object or enum schema: the parts of an {@code allOf}, and the
 * alternatives of a {@code oneOf} or {@code anyOf} that is read as one class or one enum. It only
 * builds Swagger Parser schemas; {@link SchemaTranslator} types them.
 */
// Swagger Parser's model holds properties in maps of the raw Schema type; the maps built here must
// match.
@SuppressWarnings("rawtypes")
final class SchemaMerger {
  private final SchemaTranslator schemas;

  SchemaMerger(SchemaTranslator schemas) {
    this.schemas = schemas;
  }

  /** An {@code allOf} merged into one object schema: the union of properties and requirements. */
  @SuppressWarnings("ReferenceEquality") // schema is one of its own parts: identity tells it apart
  Schema<?> merge(Schema<?> schema, Location location) {
    Schema<Object> merged = new Schema<>();
    merged.setType("object");
    merged.setDescription(schema.getDescription());
    Map<String, Schema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>(Schemas.required(schema));
    List<Schema<?>> parts = new ArrayList<>(Schemas.allOf(schema));
    parts.add(schema);
    for (Schema<?> part : parts) {
      Schema<?> resolved = schemas.resolve(part);
      if (!Schemas.allOf(resolved).isEmpty() && resolved != schema) {
        resolved = merge(resolved, location);
      }
      if (resolved.getProperties() != null) {
        properties.putAll(resolved.getProperties());
      }
      for (String name : Schemas.required(resolved)) {
        if (!required.contains(name)) {
          required.add(name);
        }
      }
      if (merged.getDescription() == null) {
        merged.setDescription(resolved.getDescription());
      }
    }
    merged.setProperties(properties);
    merged.setRequired(required);
    return merged;
  }

  /** One string enum with the values of every alternative, in order. */
  Schema<?> mergedEnum(Schema<?> schema) {
    Schema<Object> merged = new Schema<>();
    merged.setType("string");
    merged.setDescription(schema.getDescription());
    Set<Object> values = new java.util.LinkedHashSet<>();
    for (Schema<?> alternative : Schemas.oneOf(schema)) {
      Schema<?> resolved = schemas.resolve(alternative);
      if (resolved.getEnum() != null) {
        values.addAll(resolved.getEnum());
      } else {
        values.add(resolved.getConst());
      }
    }
    merged.setEnum(new ArrayList<>(values));
    return merged;
  }

  /**
   * One object schema with the properties of every alternative. A property is required when every
   * alternative requires it; where alternatives give a property different schemas, string enums
   * merge and anything else becomes untyped.
   */
  Schema<?> mergedObject(Schema<?> schema, Location location) {
    Map<String, List<Schema>> byName = new LinkedHashMap<>();
    Set<String> required = null;
    for (Schema<?> alternative : Schemas.oneOf(schema)) {
      Schema<?> object = schemas.resolve(alternative);
      if (!Schemas.allOf(object).isEmpty()) {
        object = merge(object, location);
      }
      if (object.getProperties() != null) {
        object
            .getProperties()
            .forEach(
                (property, s) -> byName.computeIfAbsent(property, k -> new ArrayList<>()).add(s));
      }
      Set<String> own = new HashSet<>(Schemas.required(object));
      if (required == null) {
        required = own;
      } else {
        required.retainAll(own);
      }
    }
    Schema<Object> merged = new Schema<>();
    merged.setType("object");
    merged.setDescription(schema.getDescription());
    Map<String, Schema> properties = new LinkedHashMap<>();
    List<String> requiredInOrder = new ArrayList<>();
    for (Map.Entry<String, List<Schema>> entry : byName.entrySet()) {
      properties.put(entry.getKey(), mergedProperty(entry.getValue()));
      if (required != null && required.contains(entry.getKey())) {
        requiredInOrder.add(entry.getKey());
      }
    }
    merged.setProperties(properties);
    merged.setRequired(requiredInOrder);
    return merged;
  }

  private Schema<?> mergedProperty(List<Schema> given) {
    Set<String> shapes = new HashSet<>();
    given.forEach(s -> shapes.add(Schemas.canonical(s)));
    if (shapes.size() == 1) {
      return given.get(0);
    }
    if (given.stream().map(schemas::resolve).allMatch(SchemaMerger::isStringEnum)) {
      Schema<Object> alternatives = new Schema<>();
      alternatives.setOneOf(new ArrayList<>(given));
      Schema<?> merged = mergedEnum(alternatives);
      merged.setDescription(schemas.resolve(given.get(0)).getDescription());
      return merged;
    }
    Schema<Object> untyped = new Schema<>();
    untyped.setDescription(schemas.resolve(given.get(0)).getDescription());
    return untyped;
  }

  /** Whether {@code schema} is a string enum or a string constant. */
  static boolean isStringEnum(Schema<?> schema) {
    boolean string = "string".equals(Schemas.type(schema)) || Schemas.type(schema) == null;
    return string && (Schemas.hasEnum(schema) || schema.getConst() != null);
  }
}
