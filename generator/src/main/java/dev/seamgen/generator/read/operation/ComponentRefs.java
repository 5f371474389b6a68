package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Location;
import java.util.Map;

/**
 * {@code $ref}s to a named part of {@code #/components} other than schemas: parameters, request
 * bodies, responses. Swagger Parser leaves such references in place; the passes follow them here.
 */
final class ComponentRefs {
  static final String PARAMETERS = "parameters";
  static final String REQUEST_BODIES = "requestBodies";
  static final String RESPONSES = "responses";

  private ComponentRefs() {}

  /**
   * The name {@code ref} gives in {@code #/components/<section>}, or null when it points elsewhere.
   */
  static String name(String ref, String section) {
    String prefix = "#/components/" + section + "/";
    return ref != null && ref.startsWith(prefix) ? ref.substring(prefix.length()) : null;
  }

  /** What {@code ref} points at among {@code components}, or null when it cannot be followed. */
  static <T> T target(String ref, String section, Map<String, T> components) {
    String name = name(ref, section);
    return name == null ? null : components.get(name);
  }

  /** Where the part {@code ref} names is written in the spec. */
  static Location location(String file, String section, String ref) {
    return Location.root(file).child("components").child(section).child(name(ref, section));
  }
}
