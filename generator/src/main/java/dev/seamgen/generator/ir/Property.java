package dev.seamgen.generator.ir;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

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
@Value.Builder
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
    Location location)
    implements WithProperty {

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
   * otherwise optional, not nullable, not deprecated, undescribed and unconstrained.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Property}. Its setters, one per component, and {@code build()}, which names the
   * parts left unset, are generated (Immutables); this class only gives the defaults.
   */
  public static final class Builder extends PropertyBuilder {
    Builder() {
      required(false);
      nullable(false);
      description("");
      constraints(Constraints.NONE);
      elementConstraints(Constraints.NONE);
      secret(false);
    }
  }
}
