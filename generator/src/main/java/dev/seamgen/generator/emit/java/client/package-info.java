/**
 * Emitters of the SDK's clients: the root client with its builder and credentials, and per group
 * the blocking client, its raw-response view and the async client, one emitter each, sharing how an
 * operation's overloads are written. Internal to the generator.
 */
package dev.seamgen.generator.emit.java.client;
