package dev.seamgen.generator.read;

import dev.seamgen.generator.config.RefPolicy;
import java.util.Objects;

/**
 * Choices about what of a spec becomes part of the SDK, and what reading it may reach.
 *
 * @param includeUndocumented whether operations, properties, schemas and union variants marked
 *     {@code x-undocumented} are generated; they are left out by default, as the API's public
 *     reference leaves them out
 * @param refs where the spec's {@code $ref}s may lead
 */
public record ReadOptions(boolean includeUndocumented, RefPolicy refs) {
  public ReadOptions {
    Objects.requireNonNull(refs, "refs == null");
  }

  /** {@code includeUndocumented} with the strict reference policy. */
  public ReadOptions(boolean includeUndocumented) {
    this(includeUndocumented, RefPolicy.strict());
  }

  public static ReadOptions defaults() {
    return new ReadOptions(false);
  }
}
