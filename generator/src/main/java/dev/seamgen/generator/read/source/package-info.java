/**
 * Where things are in the spec as written, and what is wrong there: reading spec files (with YAML
 * alias limits), the line of every JSON pointer, pointers into schemas and into a converted Swagger
 * 2.0 document, path keys, and the problems found while reading, collected to be reported at once.
 *
 * <p>Internal to {@code dev.seamgen.generator.read}; depends on nothing else in it.
 */
package dev.seamgen.generator.read.source;
