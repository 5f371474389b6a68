/**
 * Prepares the spec for Swagger Parser: refuses references the {@code RefPolicy} does not allow
 * (and lists the files a spec reads, for the up-to-date check), moves schemas that references point
 * at outside {@code components/schemas} into it, inlines references into {@code #/paths}, and
 * checks examples.
 *
 * <p>Internal to {@code dev.seamgen.generator.read}; depends only on {@code read.source}.
 */
package dev.seamgen.generator.read.load;
