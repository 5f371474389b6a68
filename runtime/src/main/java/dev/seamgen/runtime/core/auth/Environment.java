package dev.seamgen.runtime.core.auth;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment variables a client reads its credentials and endpoint from: the process's, or, in
 * tests, a map, so that the real environment does not leak in. A blank variable counts as unset.
 */
public final class Environment {
  private final Map<String, String> variables;

  private Environment(Map<String, String> variables) {
    this.variables = variables;
  }

  /** The process's environment. */
  public static Environment system() {
    return new Environment(System.getenv());
  }

  /** Exactly {@code variables}, copied. */
  public static Environment of(Map<String, String> variables) {
    Objects.requireNonNull(variables, "environment == null");
    return new Environment(Collections.unmodifiableMap(new HashMap<>(variables)));
  }

  /** Variable {@code name}'s value as set, or empty when it is unset or blank. */
  public Optional<String> get(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  @Override
  public String toString() {
    // Values may be secrets: show nothing of them.
    return "Environment{" + variables.size() + " variables}";
  }
}
