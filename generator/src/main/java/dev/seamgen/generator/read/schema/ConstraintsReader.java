package dev.seamgen.generator.read.schema;

import dev.seamgen.generator.ir.Constraints;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Reads the validation facts of a schema into {@link Constraints}. */
public final class ConstraintsReader {
  private ConstraintsReader() {}

  /** The constraints {@code schema} states about its own value. */
  public static Constraints of(Schema<?> schema) {
    boolean exclusiveMinimum =
        Boolean.TRUE.equals(schema.getExclusiveMinimum())
            || schema.getExclusiveMinimumValue() != null;
    boolean exclusiveMaximum =
        Boolean.TRUE.equals(schema.getExclusiveMaximum())
            || schema.getExclusiveMaximumValue() != null;
    Object maxKeyLength =
        schema.getExtensions() == null
            ? null
            : schema.getExtensions().get("x-seamgen-max-key-length");
    return new Constraints(
        Optional.ofNullable(schema.getMinLength()),
        Optional.ofNullable(schema.getMaxLength()),
        Optional.ofNullable(
            schema.getExclusiveMinimumValue() != null
                ? schema.getExclusiveMinimumValue()
                : schema.getMinimum()),
        exclusiveMinimum,
        Optional.ofNullable(
            schema.getExclusiveMaximumValue() != null
                ? schema.getExclusiveMaximumValue()
                : schema.getMaximum()),
        exclusiveMaximum,
        Optional.ofNullable(schema.getMaxProperties()),
        maxKeyLength instanceof Number n ? Optional.of(n.intValue()) : Optional.empty(),
        Optional.ofNullable(schema.getFormat()),
        Optional.ofNullable(schema.getDefault()).map(String::valueOf),
        Schemas.nullable(schema));
  }

  /**
   * The constraints on each element of a list, or each value of a map; for a value that is a {@code
   * oneOf}, a string alternative's length limits count.
   */
  public static Constraints ofElements(Schema<?> schema, UnaryOperator<Schema<?>> resolve) {
    Schema<?> element = null;
    if ("array".equals(Schemas.type(schema)) && schema.getItems() != null) {
      element = resolve.apply(schema.getItems());
    } else if (schema.getAdditionalProperties() instanceof Schema<?> value) {
      element = resolve.apply(value);
    }
    if (element == null) {
      return Constraints.NONE;
    }
    Constraints own = of(element);
    for (Schema<?> alternative : Schemas.oneOf(element)) {
      Constraints part = of(resolve.apply(alternative));
      if (part.maxLength().isPresent() && own.maxLength().isEmpty()) {
        own =
            new Constraints(
                part.minLength(),
                part.maxLength(),
                own.minimum(),
                own.exclusiveMinimum(),
                own.maximum(),
                own.exclusiveMaximum(),
                own.maxProperties(),
                own.maxKeyLength(),
                own.format(),
                own.defaultValue(),
                own.nullable());
      }
    }
    return own;
  }
}
