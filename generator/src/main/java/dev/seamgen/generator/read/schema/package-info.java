/**
 * Translates Swagger Parser's schemas into {@code TypeRef}s and the named types of the IR: objects,
 * enums, unions of a discriminator, {@code allOf} merged, scalar aliases inlined, formats and
 * constraints read.
 *
 * <p>Internal to {@code dev.seamgen.generator.read}; depends only on {@code read.source}.
 */
package dev.seamgen.generator.read.schema;
