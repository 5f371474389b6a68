/**
 * Everything the generator writes from the IR: {@code java} (the SDK's sources) and {@code docs}
 * (its Markdown), with {@link dev.seamgen.generator.emit.SpecText}, the one place spec text is made
 * safe for Javadoc and Markdown, here beneath both. Internal to the generator.
 */
package dev.seamgen.generator.emit;
