package dev.seamgen.generator.ir;

import java.util.Objects;

/**
 * One path, query, header or cookie parameter of an operation.
 *
 * @param property the value as a request member: wire name, Java name, type, whether it is
 *     required, description, constraints and where the spec declares it
 * @param in where the value goes
 * @param style how the value is written, as OpenAPI's {@code style} says (its default for {@code
 *     in} when the spec gives none)
 * @param explode whether arrays and objects are spread over several values or names
 * @param allowReserved whether a query value keeps RFC 3986 reserved characters unencoded
 */
public record Parameter(
    Property property, In in, Style style, boolean explode, boolean allowReserved) {

  /** Where a parameter's value goes. */
  public enum In {
    PATH,
    QUERY,
    HEADER,
    COOKIE
  }

  /** OpenAPI 3's parameter styles, named as the runtime's {@code ParameterStyle} constants. */
  public enum Style {
    SIMPLE,
    LABEL,
    MATRIX,
    FORM,
    SPACE_DELIMITED,
    PIPE_DELIMITED,
    DEEP_OBJECT
  }

  public Parameter {
    Objects.requireNonNull(property, "property == null");
    Objects.requireNonNull(in, "in == null");
    Objects.requireNonNull(style, "style == null");
  }

  public String wireName() {
    return property.wireName();
  }

  public String javaName() {
    return property.javaName();
  }

  public boolean required() {
    return property.required();
  }
}
