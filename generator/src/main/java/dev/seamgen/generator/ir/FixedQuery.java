package dev.seamgen.generator.ir;

import java.util.Objects;

/**
 * A query pair sent on every call of an operation, not set by the caller.
 *
 * @param value as the spec writes it; percent-encoded triplets are kept, as for a parameter with
 *     {@code allowReserved}
 */
public record FixedQuery(String name, String value) {
  public FixedQuery {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
  }
}
