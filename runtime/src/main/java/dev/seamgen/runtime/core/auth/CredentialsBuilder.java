package dev.seamgen.runtime.core.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects a client's credentials, one {@link CredentialSource} per name, checking each against the
 * {@link AuthDefinition} as it is set; {@link #build} then checks the combination, or, with nothing
 * set, reads the environment. Setting a credential again replaces it, whichever way it was set.
 */
public final class CredentialsBuilder {
  private final AuthDefinition auth;
  private final Map<String, CredentialSource> given = new LinkedHashMap<>();
  private final Map<String, String> tokenUrls = new LinkedHashMap<>();

  CredentialsBuilder(AuthDefinition auth) {
    this.auth = Objects.requireNonNull(auth, "auth == null");
  }

  /** Credential {@code name} is {@code value}; for a basic scheme, {@code user:password}. */
  public CredentialsBuilder value(String name, String value) {
    scheme(name);
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    given.put(name, CredentialSource.fixed(value));
    return this;
  }

  /** Bearer token {@code name} is what {@code token} gives, asked before each attempt. */
  public CredentialsBuilder supplier(String name, Supplier<String> token) {
    SchemeDefinition scheme = scheme(name);
    Objects.requireNonNull(token, name + " == null");
    if (scheme.kind() != CredentialKind.BEARER) {
      throw new IllegalArgumentException(
          name + " is not a bearer token and cannot come from a supplier; set its value");
    }
    given.put(name, CredentialSource.supplied(token));
    return this;
  }

  /**
   * Bearer token {@code name} is fetched with OAuth2's client credentials grant, asking for {@code
   * scopes}, or the scheme's when null: the client fetches a token from the token URL when it first
   * needs one, with {@code clientId} and {@code clientSecret} sent as HTTP basic. The token is kept
   * until shortly before it expires, one fetch serves all calls waiting for it, and a call the API
   * answers 401 fetches a new one and is sent once more.
   */
  public CredentialsBuilder clientCredentials(
      String name, String clientId, String clientSecret, List<String> scopes) {
    SchemeDefinition scheme = scheme(name);
    Objects.requireNonNull(clientId, "clientId == null");
    Objects.requireNonNull(clientSecret, "clientSecret == null");
    if (scheme.kind() != CredentialKind.BEARER) {
      throw new IllegalArgumentException(
          name + " is not an OAuth2 bearer token and takes no client credentials");
    }
    if (clientId.isBlank()) {
      throw new IllegalArgumentException(name + ": clientId is blank");
    }
    if (clientSecret.isBlank()) {
      throw new IllegalArgumentException(name + ": clientSecret is blank");
    }
    if (scopes != null) {
      for (String scope : scopes) {
        Objects.requireNonNull(scope, "scopes contains null");
        if (scope.isBlank()
            || scope.chars().anyMatch(c -> c <= ' ' || c > '~' || c == '"' || c == '\\')) {
          throw new IllegalArgumentException(
              "scope '" + scope + "' is not a valid OAuth2 scope (RFC 6749 §3.3)");
        }
      }
    }
    given.put(
        name,
        CredentialSource.granted(new ClientCredentialsToken.Grant(clientId, clientSecret, scopes)));
    return this;
  }

  /** Basic credential {@code name} is {@code user} and {@code password}. */
  public CredentialsBuilder basic(String name, String user, String password) {
    SchemeDefinition scheme = scheme(name);
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(password, "password == null");
    if (scheme.kind() != CredentialKind.BASIC) {
      throw new IllegalArgumentException(name + " is not a basic credential; set its value");
    }
    if (user.indexOf(':') >= 0) {
      throw new IllegalArgumentException(
          name + ": the user contains ':', which basic authentication cannot send");
    }
    if (user.isEmpty() && password.isEmpty()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    given.put(name, CredentialSource.fixed(user + ":" + password));
    return this;
  }

  /** Where credential {@code name}'s client credentials token is got, instead of the spec's. */
  public CredentialsBuilder tokenUrl(String name, String url) {
    scheme(name);
    Objects.requireNonNull(url, "url == null");
    if (url.isBlank()) {
      throw new IllegalArgumentException(name + ": the token URL is blank");
    }
    tokenUrls.put(name, url);
    return this;
  }

  /**
   * The credentials: those set, if they make one of the {@link AuthDefinition}'s alternatives (or
   * any combination, for an API whose operations differ); with none set, those {@code environment}
   * gives.
   *
   * @throws IllegalStateException naming what to set, when the credentials set mix or leave
   *     alternatives incomplete, or the environment gives none, or a value looks like another kind
   *     of credential
   */
  public Credentials build(Environment environment) {
    if (auth.isNone()) {
      return new Credentials(auth, Map.of(), Map.of());
    }
    if (!given.isEmpty()) {
      given.forEach(
          (name, source) -> {
            if (!source.changes()) {
              String value = source.current(name, null);
              CredentialChecks.checkValue(auth, name, name, value);
              CredentialChecks.checkPrefix(auth, name, value, false);
            }
          });
      if (!auth.isPerOperation()) {
        Map<String, String> names = new LinkedHashMap<>();
        auth.schemes().keySet().stream()
            .filter(given::containsKey)
            .forEach(name -> names.put(name, ""));
        CredentialChecks.checkCombination(auth, names);
      }
      return new Credentials(auth, given, tokenUrls);
    }
    List<List<String>> candidates = new ArrayList<>();
    if (auth.isPerOperation()) {
      // Each operation picks among what is there; an operation with nothing to pick fails
      // when called, naming what to set.
      auth.schemes().keySet().forEach(name -> candidates.add(List.of(name)));
    } else {
      candidates.addAll(auth.alternatives());
    }
    Map<String, CredentialSource> found = new LinkedHashMap<>();
    for (List<String> alternative : candidates) {
      Map<String, String> values = fromEnvironment(alternative, environment);
      if (values.size() == alternative.size()) {
        values.forEach(
            (name, value) -> {
              String variable =
                  auth.schemes().get(name).environmentVariable().get() + " (read for " + name + ")";
              CredentialChecks.checkValue(auth, name, variable, value);
              CredentialChecks.checkPrefix(auth, name, value, true);
              found.put(name, CredentialSource.fixed(value));
            });
        if (!auth.isPerOperation()) {
          return new Credentials(auth, found, tokenUrls);
        }
      }
    }
    if (auth.isPerOperation()) {
      return new Credentials(auth, found, tokenUrls);
    }
    throw new IllegalStateException(
        "no credentials: set "
            + CredentialChecks.describeAlternatives(auth)
            + partlyInEnvironment(environment));
  }

  private SchemeDefinition scheme(String name) {
    Objects.requireNonNull(name, "name == null");
    SchemeDefinition scheme = auth.schemes().get(name);
    if (scheme == null) {
      throw new IllegalArgumentException(
          "unknown credential " + name + "; this client takes " + auth.schemes().keySet());
    }
    return scheme;
  }

  private Map<String, String> fromEnvironment(List<String> alternative, Environment environment) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : alternative) {
      auth.schemes()
          .get(name)
          .environmentVariable()
          .flatMap(environment::get)
          .ifPresent(value -> found.put(name, value));
    }
    return found;
  }

  /** Says which variables of a half-configured alternative are missing, if one is. */
  private String partlyInEnvironment(Environment environment) {
    for (List<String> alternative : auth.alternatives()) {
      Map<String, String> found = fromEnvironment(alternative, environment);
      if (!found.isEmpty()) {
        List<String> set = new ArrayList<>();
        List<String> unset = new ArrayList<>();
        for (String name : alternative) {
          Optional<String> variable = auth.schemes().get(name).environmentVariable();
          (found.containsKey(name) ? set : unset).add(variable.orElse(name + "(...)"));
        }
        return " ("
            + String.join(" and ", set)
            + (set.size() == 1 ? " is" : " are")
            + " set, but not "
            + String.join(" and ", unset)
            + ")";
      }
    }
    return "";
  }
}
