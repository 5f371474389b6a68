/**
 * Emitters of the SDK's value classes: models, requests, open enums and unions. Models and requests
 * share one writer of immutable classes with builders; what differs between them is a flavor of its
 * own. Internal to the generator.
 */
package dev.seamgen.generator.emit.java.value;
