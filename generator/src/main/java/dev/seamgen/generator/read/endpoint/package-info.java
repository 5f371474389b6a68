/**
 * Reads where and how the client connects: the servers' URLs and variables, and the security
 * schemes with the credentials each operation accepts. Values that generated code uses as they are
 * (URLs, header and environment variable names, scopes) are checked against strict patterns.
 *
 * <p>Internal to {@code dev.seamgen.generator.read}; depends only on {@code read.source}.
 */
package dev.seamgen.generator.read.endpoint;
