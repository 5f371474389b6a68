package dev.seamgen.runtime.core;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Explicit values if any were set, else the first alternative, in priority order, whose every
   * environment variable is set.
   *
   * @throws IllegalStateException saying what to set when the credentials are missing, conflict,
   *     are incomplete or look like another kind of credential
   */
  static Credentials resolve(
      AuthConfig auth, Map<String, String> explicit, Map<String, String> environment) {
    if (auth.isNone()) {
      return new Credentials(auth, Map.of());
    }
    if (!explicit.isEmpty()) {
      for (Map.Entry<String, String> entry : explicit.entrySet()) {
        if (!auth.schemes().containsKey(entry.getKey())) {
          throw new IllegalStateException("unknown credential " + entry.getKey());
        }
        if (entry.getValue() == null || entry.getValue().isBlank()) {
          throw new IllegalStateException(entry.getKey() + " is blank");
        }
        checkCharacters(entry.getKey(), entry.getValue());
        checkPrefix(auth, entry.getKey(), entry.getValue(), false);
      }
      return new Credentials(
          auth, auth.isPerOperation() ? explicit : checkCombination(auth, explicit));
    }
    if (auth.isPerOperation()) {
      // Each operation picks among what is there; an operation with nothing to pick fails
      // when called, naming what to set.
      Map<String, String> found = new LinkedHashMap<>();
      for (String name : auth.schemes().keySet()) {
        found.putAll(fromEnvironment(auth, List.of(name), environment));
      }
      found.forEach((name, value) -> checkPrefix(auth, name, value, true));
      return new Credentials(auth, found);
    }
    for (List<String> alternative : auth.alternatives()) {
      Map<String, String> found = fromEnvironment(auth, alternative, environment);
      if (found.size() == alternative.size()) {
        found.forEach(
            (name, value) -> {
              checkCharacters(
                  auth.schemes().get(name).environmentVariable().get() + " (read for " + name + ")",
                  value);
              checkPrefix(auth, name, value, true);
            });
        return new Credentials(auth, found);
      }
    }
    throw new IllegalStateException(
        "no credentials: set "
            + describeAlternatives(auth)
            + partlyInEnvironment(auth, environment));
  }

  /**
   * Adds the credential headers {@code endpoint} needs to {@code request}: those of the first of
   * its security alternatives the client has every credential of, or, when it declares none, every
   * credential the client has.
   *
   * @throws IllegalStateException naming the credentials to set, when the client has none of the
   *     alternatives the operation accepts; nothing has been sent then
   */
  void apply(HttpRequest.Builder request, Endpoint endpoint) {
    Optional<List<List<String>>> security = endpoint.security();
    if (security.isEmpty()) {
      values.forEach((name, value) -> send(request, name, value));
      return;
    }
    for (List<String> alternative : security.get()) {
      if (values.keySet().containsAll(alternative)) {
        alternative.forEach(name -> send(request, name, values.get(name)));
        return;
      }
    }
    throw new IllegalStateException(
        endpoint.name()
            + " needs "
            + security.get().stream()
                .map(alternative -> String.join(" and ", alternative))
                .collect(Collectors.joining(" or "))
            + "; set it on the client's builder");
  }

  private void send(HttpRequest.Builder request, String name, String value) {
    Optional<String> header = auth.schemes().get(name).header();
    if (header.isPresent()) {
      request.setHeader(header.get(), value);
    } else {
      request.setHeader("Authorization", "Bearer " + value);
    }
  }

  /** What removes these credentials' values from exception messages. */
  Redactor redactor() {
    return new Redactor(values.values());
  }

  /** The names of the credentials given, never their values. */
  List<String> names() {
    return new ArrayList<>(values.keySet());
  }

  /**
   * The given values if they are exactly one alternative.
   *
   * @throws IllegalStateException when they mix alternatives or complete none
   */
  private static Map<String, String> checkCombination(AuthConfig auth, Map<String, String> given) {
    List<String> complete = null;
    for (List<String> alternative : auth.alternatives()) {
      if (given.keySet().containsAll(alternative)) {
        if (alternative.containsAll(given.keySet())) {
          return given;
        }
        if (complete == null) {
          complete = alternative;
        }
      }
    }
    if (complete != null) {
      List<String> extra = new ArrayList<>(given.keySet());
      extra.removeAll(complete);
      List<String> other =
          auth.alternatives().stream()
              .filter(alternative -> alternative.contains(extra.get(0)))
              .findFirst()
              .map(
                  alternative ->
                      alternative.stream().filter(given::containsKey).collect(Collectors.toList()))
              .orElse(extra);
      throw new IllegalStateException(
          "set either "
              + String.join(" and ", complete)
              + " or "
              + String.join(" and ", other)
              + ", not both");
    }
    for (List<String> alternative : auth.alternatives()) {
      List<String> present =
          alternative.stream().filter(given::containsKey).collect(Collectors.toList());
      if (!present.isEmpty()) {
        List<String> missing =
            alternative.stream()
                .filter(name -> !given.containsKey(name))
                .collect(Collectors.toList());
        throw new IllegalStateException(
            String.join(" and ", present) + " needs " + String.join(" and ", missing) + " as well");
      }
    }
    throw new IllegalStateException(
        String.join(" and ", given.keySet())
            + " is not enough to authenticate: set "
            + describeAlternatives(auth));
  }

  /**
   * Refuses a value given to the wrong setter: one that carries another scheme's longer prefix (an
   * access token passed as an API key), or lacks its own scheme's prefix. Messages name the setter
   * or variable, never the value.
   */
  private static void checkPrefix(
      AuthConfig auth, String name, String value, boolean fromEnvironment) {
    CredentialScheme scheme = auth.schemes().get(name);
    String own = scheme.prefix().orElse("");
    CredentialScheme lookalike = null;
    for (CredentialScheme other : auth.schemes().values()) {
      String prefix = other.prefix().orElse("");
      if (other != scheme
          && prefix.length() > own.length()
          && value.startsWith(prefix)
          && (lookalike == null || prefix.length() > lookalike.prefix().get().length())) {
        lookalike = other;
      }
    }
    String where =
        fromEnvironment ? scheme.environmentVariable().get() + " (read for " + name + ")" : name;
    if (lookalike != null) {
      String instead =
          fromEnvironment
              ? lookalike.name()
                  + "(...)"
                  + lookalike.environmentVariable().map(v -> " or " + v).orElse("")
              : lookalike.name() + "(...)";
      throw new IllegalStateException(
          "the value given as "
              + where
              + " looks like "
              + article(words(lookalike.name()))
              + "; use "
              + instead
              + " instead");
    }
    if (!value.startsWith(own)) {
      throw new IllegalStateException(
          where + " does not start with '" + own + "'; check that it is " + article(words(name)));
    }
  }

  /**
   * Refuses what no HTTP header can carry. The HTTP client would refuse it on every call with a
   * message quoting the header, credential included; this message names only where it came from.
   */
  private static void checkCharacters(String where, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        throw new IllegalStateException(
            where
                + " contains a line break (a value read from a "
                + "file often ends with one); strip it");
      }
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalStateException(
            where + " contains a control character; check the " + "value");
      }
      if (c > 0x7e) {
        throw new IllegalStateException(
            where + " contains a character outside ASCII; check " + "the value");
      }
    }
  }

  private static Map<String, String> fromEnvironment(
      AuthConfig auth, List<String> alternative, Map<String, String> environment) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : alternative) {
      auth.schemes()
          .get(name)
          .environmentVariable()
          .map(environment::get)
          .filter(value -> !value.isBlank())
          .ifPresent(value -> found.put(name, value));
    }
    return found;
  }

  /** Says which variables of a half-configured alternative are missing, if one is. */
  private static String partlyInEnvironment(AuthConfig auth, Map<String, String> environment) {
    for (List<String> alternative : auth.alternatives()) {
      Map<String, String> found = fromEnvironment(auth, alternative, environment);
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

  private static String describeAlternatives(AuthConfig auth) {
    return auth.alternatives().stream()
        .map(
            alternative ->
                alternative.stream()
                    .map(
                        name ->
                            name
                                + "(...)"
                                + auth.schemes()
                                    .get(name)
                                    .environmentVariable()
                                    .map(variable -> " or " + variable)
                                    .orElse(""))
                    .collect(Collectors.joining(" with ")))
        .collect(Collectors.joining("; or "));
  }

  /** {@code personalAccessToken} to {@code personal access token}. */
  private static String words(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  @Override
  public String toString() {
    return "Credentials" + names();
  }
}
