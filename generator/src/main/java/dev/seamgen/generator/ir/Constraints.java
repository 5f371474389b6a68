package dev.seamgen.generator.ir;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The validation facts a spec states about a value. Only what the generator acts on or documents
 * is kept; absent facts are empty.
 */
public record Constraints(
    Optional<Integer> minLength,
    Optional<Integer> maxLength,
    Optional<BigDecimal> minimum,
    boolean exclusiveMinimum,
    Optional<BigDecimal> maximum,
    boolean exclusiveMaximum,
    Optional<Integer> maxProperties,
    Optional<Integer> maxKeyLength,
    Optional<String> format,
    Optional<String> defaultValue) {

  public static final Constraints NONE =
      new Constraints(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false,
          Optional.empty(),
          false,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  /** Whether nothing is known. */
  public boolean isEmpty() {
    return equals(NONE);
  }
}
