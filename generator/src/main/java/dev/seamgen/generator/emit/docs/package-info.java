/**
 * The SDK's Markdown docs, rendered from Mustache templates: a README with an example per operation
 * and a reference page per operation. Uses the Java emitters' {@code poet} package for class names,
 * never the emitters themselves. Internal to the generator.
 */
package dev.seamgen.generator.emit.docs;
