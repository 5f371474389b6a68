package dev.seamgen.generator.ir;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The validation facts a spec states about a value. Only what the generator acts on or documents is
 * kept; absent facts are empty.
 *
 * @param nullable whether the value may be null: for a property this repeats {@link
 *     Property#nullable()}; for list elements and map values it is the only place it is said
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
    Optional<String> defaultValue,
    boolean nullable) {

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
          Optional.empty(),
          false);

  /** Whether nothing is known. */
  public boolean isEmpty() {
    return equals(NONE);
  }
}
