package dev.seamgen.runtime.core.auth;

import java.util.List;
import java.util.Map;

/**
 * The credentials a client accepts and how they combine, as the credentials need to know it. The
 * core's {@code AuthDefinition} is one.
 */
public interface AuthDefinition {
  /** The schemes by name, in the order the API declares them. */
  Map<String, ? extends SchemeDefinition> schemes();

  /** The ways to authenticate, in priority order; each lists scheme names. */
  List<List<String>> alternatives();

  /** Whether operations differ in the credentials they accept, so any combination may be set. */
  boolean isPerOperation();

  /** Whether the API asks for no credentials at all. */
  boolean isNone();
}
