package dev.seamgen.generator.ir;

import java.util.Objects;
import java.util.Optional;

/**
 * One named member of an object type or request body.
 *
 * @param wireName the JSON name, exactly as the spec spells it
 * @param javaName the Java member name the naming strategy chose
 * @param constraints facts about the value itself (for a list or map: about its elements where
 *     {@code elementConstraints} is set)
 * @param elementConstraints facts about each list element or map value
 * @param deprecation the spec's deprecation note, present when the property is deprecated
 * @param secret whether the value is a secret (a password, a token...) that {@code toString()} must
 *     not show; it is still read, written and returned as any other
 */
public record Property(
    String wireName,
    String javaName,
    TypeRef type,
    boolean required,
    boolean nullable,
    Optional<String> deprecation,
    String description,
    Constraints constraints,
    Constraints elementConstraints,
    boolean secret,
    Location location) {

  public Property {
    Objects.requireNonNull(wireName, "wireName == null");
    Objects.requireNonNull(javaName, "javaName == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(deprecation, "deprecation == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(constraints, "constraints == null");
    Objects.requireNonNull(elementConstraints, "elementConstraints == null");
    Objects.requireNonNull(location, "location == null");
  }

  public boolean deprecated() {
    return deprecation.isPresent();
  }

  /**
   * A builder of a property: wire name, Java name, type and location must be set; the property is
   * otherwise optional, not nullable, not deprecated, undescribed, unconstrained and not secret.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this property's parts, to build a changed copy. */
  public Builder toBuilder() {
    return new Builder()
        .wireName(wireName)
        .javaName(javaName)
        .type(type)
        .required(required)
        .nullable(nullable)
        .deprecation(deprecation)
        .description(description)
        .constraints(constraints)
        .elementConstraints(elementConstraints)
        .secret(secret)
        .location(location);
  }

  /** Builds a {@link Property}; {@link #build()} checks that the required parts are set. */
  public static final class Builder {
    private String wireName;
    private String javaName;
    private TypeRef type;
    private boolean required;
    private boolean nullable;
    private Optional<String> deprecation = Optional.empty();
    private String description = "";
    private Constraints constraints = Constraints.NONE;
    private Constraints elementConstraints = Constraints.NONE;
    private boolean secret;
    private Location location;

    private Builder() {}

    public Builder wireName(String wireName) {
      this.wireName = wireName;
      return this;
    }

    public Builder javaName(String javaName) {
      this.javaName = javaName;
      return this;
    }

    public Builder type(TypeRef type) {
      this.type = type;
      return this;
    }

    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    public Builder nullable(boolean nullable) {
      this.nullable = nullable;
      return this;
    }

    /** The spec's deprecation note; present when the property is deprecated. */
    public Builder deprecation(Optional<String> deprecation) {
      this.deprecation = deprecation;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder constraints(Constraints constraints) {
      this.constraints = constraints;
      return this;
    }

    public Builder elementConstraints(Constraints elementConstraints) {
      this.elementConstraints = elementConstraints;
      return this;
    }

    /** Whether {@code toString()} hides the value; see {@link Property#secret()}. */
    public Builder secret(boolean secret) {
      this.secret = secret;
      return this;
    }

    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    public Property build() {
      return new Property(
          wireName,
          javaName,
          type,
          required,
          nullable,
          deprecation,
          description,
          constraints,
          elementConstraints,
          secret,
          location);
    }
  }
}
