package dev.seamgen.runtime.core;

import java.util.LinkedHashMap;

/**
 * A JSON object read as a map, for tests that only need a body's fields: a named type, so that
 * readers and pages of it need no raw {@code Map}.
 */
final class JsonObject extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;
}
