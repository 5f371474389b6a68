/**
 * Translates the spec's paths into resources of operations: names and groups, parameters (with the
 * query a path key carries), request bodies (JSON, forms, oneOf alternatives, raw), answers and
 * error bodies, pagination.
 *
 * <p>Internal to {@code dev.seamgen.generator.read}; depends on {@code read.source}, {@code
 * read.schema} and {@code read.endpoint}.
 */
package dev.seamgen.generator.read.operation;
