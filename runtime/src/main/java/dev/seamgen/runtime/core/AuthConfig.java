package dev.seamgen.runtime.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The credentials a client accepts and the ways to combine them: each alternative is a set of
 * credentials that must all be given, such as a personal access token with a workspace id.
 */
public final class AuthConfig {
  private static final AuthConfig NONE = new AuthConfig(new LinkedHashMap<>(), List.of());

  private final Map<String, CredentialScheme> schemes;
  private final List<List<String>> alternatives;

  private AuthConfig(Map<String, CredentialScheme> schemes, List<List<String>> alternatives) {
    this.schemes = Collections.unmodifiableMap(schemes);
    this.alternatives = Collections.unmodifiableList(alternatives);
  }

  /** For an API without authentication. */
  public static AuthConfig none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Map<String, CredentialScheme> schemes() {
    return schemes;
  }

  public List<List<String>> alternatives() {
    return alternatives;
  }

  /** Builds {@link AuthConfig}. */
  public static final class Builder {
    private final Map<String, CredentialScheme> schemes = new LinkedHashMap<>();
    private final List<List<String>> alternatives = new ArrayList<>();

    private Builder() {}

    public Builder scheme(CredentialScheme scheme) {
      Objects.requireNonNull(scheme, "scheme == null");
      if (schemes.putIfAbsent(scheme.name(), scheme) != null) {
        throw new IllegalArgumentException("scheme " + scheme.name() + " is defined twice");
      }
      return this;
    }

    /** One way to authenticate: the names of schemes that must all be given. */
    public Builder alternative(String... schemeNames) {
      for (String name : schemeNames) {
        if (!schemes.containsKey(name)) {
          throw new IllegalArgumentException("unknown scheme " + name);
        }
      }
      alternatives.add(List.of(schemeNames));
      return this;
    }

    public AuthConfig build() {
      return new AuthConfig(new LinkedHashMap<>(schemes), new ArrayList<>(alternatives));
    }
  }
}
