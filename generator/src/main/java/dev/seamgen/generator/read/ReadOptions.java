package dev.seamgen.generator.read;

/**
 * Choices about what of a spec becomes part of the SDK.
 *
 * @param includeUndocumented whether operations, properties, schemas and union variants marked
 *     {@code x-undocumented} are generated; they are left out by default, as the API's public
 *     reference leaves them out
 */
public record ReadOptions(boolean includeUndocumented) {
  public static ReadOptions defaults() {
    return new ReadOptions(false);
  }
}
