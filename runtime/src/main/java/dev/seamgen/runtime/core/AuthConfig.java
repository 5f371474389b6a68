package dev.seamgen.runtime.core;

import dev.seamgen.runtime.core.auth.AuthDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The credentials a client accepts and the ways to combine them. Each alternative is a set of
 * credentials that must all be given, such as a personal access token with a workspace id;
 * alternatives are in priority order, which decides which one the environment supplies when several
 * are there.
 *
 * <pre>{@code
 * AuthConfig.builder()
 *     .scheme(CredentialScheme.bearer("apiKey").environmentVariable("SEAM_API_KEY").prefix("seam_"))
 *     .scheme(CredentialScheme.bearer("personalAccessToken").prefix("seam_at"))
 *     .scheme(CredentialScheme.header("workspaceId", "seam-workspace"))
 *     .alternative("apiKey")
 *     .alternative("personalAccessToken", "workspaceId")
 *     .build();
 * }</pre>
 */
public final class AuthConfig implements AuthDefinition {
  private static final AuthConfig NONE = new AuthConfig(Map.of(), List.of(), false);

  private final Map<String, CredentialScheme> schemes;
  private final List<List<String>> alternatives;
  private final boolean perOperation;

  private AuthConfig(
      Map<String, CredentialScheme> schemes,
      List<List<String>> alternatives,
      boolean perOperation) {
    this.schemes = schemes;
    this.alternatives = alternatives;
    this.perOperation = perOperation;
  }

  /** For an API without authentication: no credentials are asked for or sent. */
  public static AuthConfig none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The schemes by name, in the order they were added. */
  @Override
  public Map<String, CredentialScheme> schemes() {
    return schemes;
  }

  /** The ways to authenticate, in priority order; each lists scheme names. */
  @Override
  public List<List<String>> alternatives() {
    return alternatives;
  }

  /**
   * Whether operations differ in the credentials they accept, so that a client may hold any
   * combination and each operation sends what it needs ({@link Endpoint#withSecurity}); else a
   * client holds exactly one alternative.
   */
  @Override
  public boolean isPerOperation() {
    return perOperation;
  }

  /** Whether this API asks for no credentials at all. */
  @Override
  public boolean isNone() {
    return schemes.isEmpty();
  }

  @Override
  public String toString() {
    return "AuthConfig{alternatives=" + alternatives + (perOperation ? ", perOperation" : "") + "}";
  }

  /** Builds {@link AuthConfig}. */
  public static final class Builder {
    private final Map<String, CredentialScheme> schemes = new LinkedHashMap<>();
    private final List<List<String>> alternatives = new ArrayList<>();
    private boolean perOperation;

    private Builder() {}

    /**
     * Operations differ in the credentials they accept: any combination may be set, and each
     * operation sends the first of its alternatives the client has.
     */
    public Builder perOperation() {
      this.perOperation = true;
      return this;
    }

    /** Adds a scheme; its name must be new. */
    public Builder scheme(CredentialScheme scheme) {
      Objects.requireNonNull(scheme, "scheme == null");
      if (schemes.putIfAbsent(scheme.name(), scheme) != null) {
        throw new IllegalArgumentException("scheme " + scheme.name() + " is defined twice");
      }
      return this;
    }

    /** One way to authenticate: the names of schemes, added before, that must all be given. */
    public Builder alternative(String... schemeNames) {
      Objects.requireNonNull(schemeNames, "schemeNames == null");
      if (schemeNames.length == 0) {
        throw new IllegalArgumentException("an alternative needs at least one scheme");
      }
      Set<String> names = new LinkedHashSet<>();
      for (String name : schemeNames) {
        Objects.requireNonNull(name, "schemeNames contains null");
        if (!schemes.containsKey(name)) {
          throw new IllegalArgumentException(
              "unknown scheme "
                  + name
                  + "; add it with scheme(...)"
                  + " before naming it in an alternative");
        }
        if (!names.add(name)) {
          throw new IllegalArgumentException("scheme " + name + " is named twice");
        }
      }
      alternatives.add(List.copyOf(names));
      return this;
    }

    /**
     * The configuration. Without any {@link #alternative}, each scheme alone is one, in the order
     * the schemes were added.
     */
    public AuthConfig build() {
      List<List<String>> resolved = new ArrayList<>(alternatives);
      if (resolved.isEmpty()) {
        schemes.keySet().forEach(name -> resolved.add(List.of(name)));
      }
      return new AuthConfig(
          Collections.unmodifiableMap(new LinkedHashMap<>(schemes)),
          List.copyOf(resolved),
          perOperation);
    }
  }
}
