package dev.seamgen.runtime.core.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks {@link Credentials} makes of what it is given: combinations of alternatives, prefixes,
 * and characters no header can carry. Messages name the setter or variable, never the value.
 */
final class CredentialChecks {
  private CredentialChecks() {}

  /**
   * The given values if they are exactly one alternative.
   *
   * @throws IllegalStateException when they mix alternatives or complete none
   */
  static Map<String, String> checkCombination(AuthDefinition auth, Map<String, String> given) {
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
  static void checkPrefix(AuthDefinition auth, String name, String value, boolean fromEnvironment) {
    SchemeDefinition scheme = auth.schemes().get(name);
    String own = scheme.prefix().orElse("");
    SchemeDefinition lookalike = null;
    for (SchemeDefinition other : auth.schemes().values()) {
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
   * Refuses what cannot be sent; a basic credential must be {@code user:password} and may hold any
   * printable character, since it is sent in Base64.
   */
  static void checkValue(AuthDefinition auth, String name, String where, String value) {
    boolean basic = auth.schemes().get(name).kind() == CredentialKind.BASIC;
    if (basic && value.indexOf(':') < 0) {
      throw new IllegalStateException(where + " must be user:password");
    }
    checkCharacters(where, value, !basic);
  }

  /**
   * Refuses what no HTTP header can carry. The HTTP client would refuse it on every call with a
   * message quoting the header, credential included; this message names only where it came from.
   */
  static void checkCharacters(String where, String value, boolean asciiOnly) {
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
      if (c > 0x7e && asciiOnly) {
        throw new IllegalStateException(
            where + " contains a character outside ASCII; check " + "the value");
      }
    }
  }

  static String describeAlternatives(AuthDefinition auth) {
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
}
