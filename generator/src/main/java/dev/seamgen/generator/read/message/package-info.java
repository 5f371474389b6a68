/**
 * Turns the messages of Swagger Parser, Jackson and SnakeYAML into problems of one line each, at
 * the place in the spec they name, with advice; a warning where seamgen reads the value one clear
 * way anyway.
 *
 * <p>Internal to {@code dev.seamgen.generator.read}; depends only on {@code read.source}.
 */
package dev.seamgen.generator.read.message;
