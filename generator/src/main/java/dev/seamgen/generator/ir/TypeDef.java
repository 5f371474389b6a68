package dev.seamgen.generator.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A type the SDK declares: an object, an enum or a discriminated union. */
public sealed interface TypeDef {

  /** The Java simple name, unique in the model package. */
  String name();

  String description();

  Location location();

  /** An object with known properties; unknown properties are kept by the generated class. */
  record ObjectType(String name, String description, List<Property> properties, Location location)
      implements TypeDef {
    public ObjectType {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(description, "description == null");
      properties = List.copyOf(properties);
      Objects.requireNonNull(location, "location == null");
    }

    public Optional<Property> property(String wireName) {
      return properties.stream().filter(p -> p.wireName().equals(wireName)).findFirst();
    }
  }

  /** A string enum; the generated class stays open to values the spec does not list. */
  record EnumType(String name, String description, List<EnumValue> values, Location location)
      implements TypeDef {
    /**
     * The most values that get a constant each: one class cannot initialise many more (its static
     * initialiser is limited to 64 KB of bytecode).
     */
    public static final int MAX_CONSTANTS = 2000;

    public EnumType {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(description, "description == null");
      values = List.copyOf(values);
      Objects.requireNonNull(location, "location == null");
    }

    /** Whether each value gets a constant; else values are only reached by their text. */
    public boolean hasConstants() {
      return values.size() <= MAX_CONSTANTS;
    }
  }

  /** One enum constant: its wire value and the Java constant name chosen for it. */
  record EnumValue(String wireValue, String constantName) {
    public EnumValue {
      Objects.requireNonNull(wireValue, "wireValue == null");
      Objects.requireNonNull(constantName, "constantName == null");
    }
  }

  /**
   * A union of object types told apart by a string property (the discriminator), such as {@code
   * error_code}. Each variant is an object type nested in the union's class.
   *
   * @param unknownVariantName the Java name of the variant that holds codes the spec does not know
   */
  record UnionType(
      String name,
      String description,
      String discriminator,
      String discriminatorJavaName,
      List<Variant> variants,
      String unknownVariantName,
      Location location)
      implements TypeDef {
    public UnionType {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(description, "description == null");
      Objects.requireNonNull(discriminator, "discriminator == null");
      Objects.requireNonNull(discriminatorJavaName, "discriminatorJavaName == null");
      variants = List.copyOf(variants);
      Objects.requireNonNull(unknownVariantName, "unknownVariantName == null");
      Objects.requireNonNull(location, "location == null");
    }
  }

  /** One known discriminator value and the object type it selects. */
  record Variant(String code, ObjectType type) {
    public Variant {
      Objects.requireNonNull(code, "code == null");
      Objects.requireNonNull(type, "type == null");
    }
  }
}
