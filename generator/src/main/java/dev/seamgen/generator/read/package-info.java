/**
 * Reads an OpenAPI or Swagger 2.0 spec into the immutable IR of {@code dev.seamgen.generator.ir}:
 * {@link dev.seamgen.generator.read.SpecReader} is the entry point, {@link
 * dev.seamgen.generator.read.ReadOptions} its settings. This is the only package whose code sees
 * Swagger Parser.
 *
 * <p>The sub-packages are internal, one per phase, each depending only on those listed before it:
 * {@code source} (source positions and problems), {@code message} (parser messages), {@code load}
 * ($ref policy and schemas moved into components), {@code schema} (schema translation), {@code
 * endpoint} (servers and auth), {@code operation} (operations, parameters and bodies).
 */
package dev.seamgen.generator.read;
