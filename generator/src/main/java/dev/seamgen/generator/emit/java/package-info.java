/**
 * The Java sources of a generated SDK: {@link dev.seamgen.generator.emit.java.JavaEmitter} runs one
 * emitter per kind of class and returns the files. Internal to the generator.
 *
 * <p>Arrows go one way: this package uses {@code client} and {@code value}; {@code client} uses
 * {@code value} (a client method takes a request class); both use {@code poet}, which uses neither.
 */
package dev.seamgen.generator.emit.java;
