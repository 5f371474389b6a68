package dev.seamgen.generator.read.schema;

import dev.seamgen.generator.ir.Location;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds what a schema stands for in the spec's component schemas: the target of its {@code $ref}s
 * and single-part {@code allOf}s, where a component is written, and whether a schema is left out as
 * undocumented.
 */
// Swagger Parser's model holds components in a map of the raw Schema type.
@SuppressWarnings("rawtypes")
final class SchemaResolver {
  private final Map<String, Schema> components;

  /** The schemas {@link #valuePart} is resolving the part of, by identity: a cycle stops there. */
  private final Set<Schema<?>> examining = Collections.newSetFromMap(new IdentityHashMap<>());

  private final Location componentsLocation;
  private final boolean includeUndocumented;

  /** Where a schema moved into components was written (see {@code HoistedDocument}). */
  private final UnaryOperator<String> moved;

  SchemaResolver(
      Map<String, Schema> components,
      String file,
      boolean includeUndocumented,
      UnaryOperator<String> moved) {
    this.components = components == null ? Map.of() : components;
    this.componentsLocation = Location.root(file).child("components").child("schemas");
    this.includeUndocumented = includeUndocumented;
    this.moved = moved;
  }

  /** The component schemas by name, in spec order. */
  Map<String, Schema> components() {
    return components;
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
        int valuePart = valuePart(current);
        if (valuePart < 0) {
          return current;
        }
        current = Schemas.allOf(current).get(valuePart);
      }
    }
  }

  /**
   * The index of the one {@code allOf} part that gives a value its shape, when that shape is not an
   * object (a scalar, enum, array or map) and every other part only annotates it ({@code [{type:
   * string}, {nullable: false}]}, {@code [{$ref: a string schema}, {description: ...}]}); else -1.
   * Merging such parts as object schemas would leave an empty class.
   */
  int valuePart(Schema<?> schema) {
    List<Schema<?>> parts = Schemas.allOf(schema);
    if (parts.size() < 2 || Schemas.hasProperties(schema)) {
      return -1;
    }
    int shaping = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (!Schemas.annotatesOnly(parts.get(i))) {
        if (shaping >= 0) {
          return -1;
        }
        shaping = i;
      }
    }
    // An allOf that reaches itself through its part (A: allOf [$ref A, ...]) is not a value.
    if (shaping < 0 || !examining.add(schema)) {
      return -1;
    }
    Schema<?> shape;
    try {
      shape = resolve(parts.get(shaping));
    } finally {
      examining.remove(schema);
    }
    boolean object =
        Schemas.hasProperties(shape)
            || !Schemas.allOf(shape).isEmpty()
            || ("object".equals(Schemas.type(shape)) && shape.getAdditionalProperties() == null);
    return object ? -1 : shaping;
  }

  /**
   * The {@code allOf} parts that only annotate the value {@link #valuePart} shapes; none when there
   * is no such part.
   */
  List<Schema<?>> annotationParts(Schema<?> schema) {
    int shaping = valuePart(schema);
    if (shaping < 0) {
      return List.of();
    }
    List<Schema<?>> parts = new ArrayList<>(Schemas.allOf(schema));
    parts.remove(shaping);
    return parts;
  }

  /**
   * {@code declared} with the description and deprecation its annotation-only {@code allOf} parts
   * give, where it gives none itself.
   */
  static Schema<?> withAnnotations(Schema<?> declared, List<Schema<?>> annotations) {
    if (annotations.isEmpty()) {
      return declared;
    }
    Schema<Object> annotated = new Schema<>();
    annotated.setDescription(declared.getDescription());
    annotated.setDeprecated(declared.getDeprecated());
    annotated.setExtensions(declared.getExtensions());
    for (Schema<?> part : annotations) {
      if (annotated.getDescription() == null) {
        annotated.setDescription(part.getDescription());
      }
      if (annotated.getDeprecated() == null && annotated.getExtensions() == null) {
        annotated.setDeprecated(part.getDeprecated());
        annotated.setExtensions(part.getExtensions());
      }
    }
    return annotated;
  }

  /**
   * What {@code schema}'s $ref names inside a component schema, such as a property, followed while
   * that is such a reference too; null for any other schema, and for a cycle (left for refType to
   * report).
   */
  @SuppressWarnings("ReferenceEquality") // still schema itself: no reference was followed
  Schema<?> insideComponent(Schema<?> schema) {
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

  /** Where a {@code $ref} points, for error messages and generated-file headers. */
  Location refLocation(String ref) {
    String component = Schemas.componentName(ref);
    return component == null ? componentsLocation : componentLocation(component);
  }

  /** Where the component schema {@code component} is written in the spec. */
  Location componentLocation(String component) {
    Location at = componentsLocation.child(component);
    return new Location(at.file(), moved.apply(at.pointer()));
  }

  /** Whether {@code schema} is marked {@code x-undocumented} and such parts are left out. */
  boolean leftOut(Schema<?> schema) {
    return !includeUndocumented
        && Extensions.isTrue(schema.getExtensions(), Extensions.UNDOCUMENTED);
  }
}
