package dev.seamgen.runtime.core;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The credentials a client was built with, checked against its {@link AuthConfig}. Values never
 * leave this class except as request headers: not in {@code toString()}, not in messages.
 */
final class Credentials {
  private final AuthConfig auth;
  private final Map<String, String> values;

  private Credentials(AuthConfig auth, Map<String, String> values) {
    this.auth = auth;
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * Explicit values if any were set, else the first alternative found complete in the
   * environment.
   *
   * @throws IllegalStateException saying what to set when the credentials are missing, conflict,
   *     are incomplete or look like another kind of credential
   */
  static Credentials resolve(AuthConfig auth, Map<String, String> explicit,
      Map<String, String> environment) {
    if (auth.alternatives().isEmpty()) {
      return new Credentials(auth, Map.of());
    }
    for (Map.Entry<String, String> entry : explicit.entrySet()) {
      if (!auth.schemes().containsKey(entry.getKey())) {
        throw new IllegalStateException("unknown credential " + entry.getKey());
      }
      if (entry.getValue() == null || entry.getValue().isBlank()) {
        throw new IllegalStateException(entry.getKey() + " is blank");
      }
    }
    if (!explicit.isEmpty()) {
      return new Credentials(auth, checked(auth, explicit, ""));
    }
    for (List<String> alternative : auth.alternatives()) {
      Map<String, String> found = new LinkedHashMap<>();
      for (String name : alternative) {
        auth.schemes().get(name).environmentVariable()
            .map(environment::get)
            .filter(v -> !v.isBlank())
            .ifPresent(v -> found.put(name, v));
      }
      if (found.size() == alternative.size()) {
        return new Credentials(auth, checked(auth, found, " (from the environment)"));
      }
    }
    throw new IllegalStateException("no credentials: set " + describeAlternatives(auth));
  }

  /** Adds the credential headers to {@code request}. */
  void apply(HttpRequest.Builder request) {
    values.forEach((name, value) -> {
      CredentialScheme scheme = auth.schemes().get(name);
      Optional<String> header = scheme.header();
      if (header.isPresent()) {
        request.setHeader(header.get(), value);
      } else {
        request.setHeader("Authorization", "Bearer " + value);
      }
    });
  }

  /** The names of the credentials given, never their values. */
  List<String> names() {
    return new ArrayList<>(values.keySet());
  }

  private static Map<String, String> checked(AuthConfig auth, Map<String, String> given,
      String source) {
    List<String> complete = null;
    List<List<String>> touched = new ArrayList<>();
    for (List<String> alternative : auth.alternatives()) {
      boolean any = alternative.stream().anyMatch(given::containsKey);
      boolean all = alternative.stream().allMatch(given::containsKey);
      if (any) {
        touched.add(alternative);
      }
      if (all && (complete == null || alternative.size() > complete.size())) {
        complete = alternative;
      }
    }
    for (Map.Entry<String, String> entry : given.entrySet()) {
      checkPrefix(auth, entry.getKey(), entry.getValue(), source);
    }
    if (complete == null) {
      List<String> alternative = touched.isEmpty() ? auth.alternatives().get(0) : touched.get(0);
      List<String> missing = alternative.stream().filter(n -> !given.containsKey(n))
          .collect(Collectors.toList());
      throw new IllegalStateException(String.join(" and ", given.keySet()) + source
          + " needs " + String.join(" and ", missing) + " as well");
    }
    for (String name : given.keySet()) {
      if (!complete.contains(name)) {
        String chosen = complete.get(0);
        throw new IllegalStateException("set either " + chosen + " or " + name + ", not both"
            + source);
      }
    }
    return new LinkedHashMap<>(given);
  }

  /**
   * Refuses a value given to the wrong setter: one that carries another scheme's longer prefix
   * (an access token passed as an API key), or lacks its own scheme's prefix.
   */
  private static void checkPrefix(AuthConfig auth, String name, String value, String source) {
    CredentialScheme scheme = auth.schemes().get(name);
    String own = scheme.prefix().orElse("");
    for (CredentialScheme other : auth.schemes().values()) {
      String prefix = other.prefix().orElse("");
      if (other != scheme && prefix.length() > own.length() && value.startsWith(prefix)) {
        throw new IllegalStateException("the value given as " + name + source + " looks like a "
            + words(other.name()) + "; use " + other.name() + "(...) instead");
      }
    }
    if (!own.isEmpty() && !value.startsWith(own)) {
      throw new IllegalStateException(name + source + " does not start with '" + own
          + "'; check that it is a " + words(name));
    }
  }

  /** {@code personalAccessToken} to {@code personal access token}. */
  private static String words(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String describeAlternatives(AuthConfig auth) {
    return auth.alternatives().stream()
        .map(alternative -> alternative.stream()
            .map(name -> name + "(...)" + auth.schemes().get(name).environmentVariable()
                .map(v -> " or " + v).orElse(""))
            .collect(Collectors.joining(" with ")))
        .collect(Collectors.joining("; or "));
  }

  @Override
  public String toString() {
    return "Credentials" + names();
  }
}
