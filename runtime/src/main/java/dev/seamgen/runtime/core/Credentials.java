package dev.seamgen.runtime.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The credentials a client was built with, checked against its {@link AuthConfig}. Values never
 * leave this class except in requests (headers, query, cookies): not in {@code toString()}, not in
 * messages. A bearer token may come from a {@link Supplier}, asked before each attempt.
 */
final class Credentials {
  private final AuthConfig auth;
  private final Map<String, String> values;
  private final Map<String, Supplier<String>> suppliers;
  private final Redactor redactor;

  private final Map<String, ClientCredentialsToken.Grant> grants;
  private final Map<String, ClientCredentialsToken> tokens = new LinkedHashMap<>();

  private Credentials(
      AuthConfig auth,
      Map<String, String> values,
      Map<String, Supplier<String>> suppliers,
      Map<String, ClientCredentialsToken.Grant> grants) {
    this.auth = auth;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.suppliers = Collections.unmodifiableMap(new LinkedHashMap<>(suppliers));
    this.grants = Collections.unmodifiableMap(new LinkedHashMap<>(grants));
    List<String> secrets = secrets(auth, this.values);
    this.grants.values().forEach(grant -> secrets.addAll(grant.secrets()));
    this.redactor = new Redactor(secrets);
  }

  private Credentials(AuthConfig auth, Map<String, String> values) {
    this(auth, values, Map.of(), Map.of());
  }

  static Credentials resolve(
      AuthConfig auth, Map<String, String> explicit, Map<String, String> environment) {
    return resolve(auth, explicit, Map.of(), Map.of(), environment);
  }

  static Credentials resolve(
      AuthConfig auth,
      Map<String, String> explicit,
      Map<String, Supplier<String>> suppliers,
      Map<String, String> environment) {
    return resolve(auth, explicit, suppliers, Map.of(), environment);
  }

  /**
   * These credentials, with a token fetcher for each client credentials grant: token URLs given in
   * {@code tokenUrls}, else the scheme's, relative ones resolved against {@code endpoint}.
   *
   * @throws IllegalStateException when a grant has no token URL or one that cannot be used
   */
  Credentials connect(
      HttpClient client,
      URI endpoint,
      Map<String, String> tokenUrls,
      Duration timeout,
      Clock clock) {
    if (grants.isEmpty()) {
      return this;
    }
    Credentials connected = new Credentials(auth, values, suppliers, grants);
    grants.forEach(
        (name, grant) -> {
          CredentialScheme scheme = auth.schemes().get(name);
          URI tokenUrl =
              ClientCredentialsToken.tokenUrl(name, tokenUrls.get(name), scheme, endpoint);
          connected.tokens.put(
              name,
              new ClientCredentialsToken(
                  name,
                  grant.clientId,
                  grant.clientSecret,
                  grant.scopes != null ? grant.scopes : scheme.scopes(),
                  tokenUrl,
                  client,
                  timeout,
                  clock,
                  connected.redactor));
        });
    return connected;
  }

  static Credentials resolve(
      AuthConfig auth,
      Map<String, String> explicit,
      Map<String, Supplier<String>> suppliers,
      Map<String, ClientCredentialsToken.Grant> grants,
      Map<String, String> environment) {
    if (auth.isNone()) {
      return new Credentials(auth, Map.of());
    }
    if (!explicit.isEmpty() || !suppliers.isEmpty() || !grants.isEmpty()) {
      for (Map.Entry<String, String> entry : explicit.entrySet()) {
        if (!auth.schemes().containsKey(entry.getKey())) {
          throw new IllegalStateException("unknown credential " + entry.getKey());
        }
        if (entry.getValue() == null || entry.getValue().isBlank()) {
          throw new IllegalStateException(entry.getKey() + " is blank");
        }
        checkValue(auth, entry.getKey(), entry.getKey(), entry.getValue());
        checkPrefix(auth, entry.getKey(), entry.getValue(), false);
      }
      for (String name : suppliers.keySet()) {
        CredentialScheme scheme = auth.schemes().get(name);
        if (scheme == null || scheme.kind() != CredentialScheme.Kind.BEARER) {
          throw new IllegalStateException(name + " takes no token supplier; only bearer tokens do");
        }
      }
      for (String name : grants.keySet()) {
        CredentialScheme scheme = auth.schemes().get(name);
        if (scheme == null || scheme.kind() != CredentialScheme.Kind.BEARER) {
          throw new IllegalStateException(
              name + " takes no client credentials; only OAuth2 bearer tokens do");
        }
      }
      Map<String, String> given = new LinkedHashMap<>();
      for (String name : auth.schemes().keySet()) {
        if (explicit.containsKey(name) || suppliers.containsKey(name) || grants.containsKey(name)) {
          given.put(name, "");
        }
      }
      if (!auth.isPerOperation()) {
        checkCombination(auth, given);
      }
      return new Credentials(auth, explicit, suppliers, grants);
    }
    if (auth.isPerOperation()) {
      // Each operation picks among what is there; an operation with nothing to pick fails
      // when called, naming what to set.
      Map<String, String> found = new LinkedHashMap<>();
      for (String name : auth.schemes().keySet()) {
        found.putAll(fromEnvironment(auth, List.of(name), environment));
      }
      found.forEach(
          (name, value) -> {
            checkValue(auth, name, fromVariable(auth, name), value);
            checkPrefix(auth, name, value, true);
          });
      return new Credentials(auth, found);
    }
    for (List<String> alternative : auth.alternatives()) {
      Map<String, String> found = fromEnvironment(auth, alternative, environment);
      if (found.size() == alternative.size()) {
        found.forEach(
            (name, value) -> {
              checkValue(auth, name, fromVariable(auth, name), value);
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
   * What {@code endpoint} sends: the credentials of the first of its security alternatives the
   * client has every credential of, or, when it declares none, every credential the client has. A
   * token supplier is asked now.
   *
   * @throws IllegalStateException naming the credentials to set, when the client has none of the
   *     alternatives the operation accepts, or the supplier named when its token cannot be sent;
   *     nothing has been sent then
   */
  Sent select(Endpoint endpoint) {
    Sent sent = new Sent();
    for (String name : chosen(endpoint)) {
      CredentialScheme scheme = auth.schemes().get(name);
      String value = value(name);
      switch (scheme.kind()) {
        case BEARER:
          sent.headers.put("Authorization", "Bearer " + value);
          break;
        case BASIC:
          sent.headers.put("Authorization", "Basic " + basic(value));
          break;
        case HEADER:
          sent.headers.put(scheme.parameterName().get(), value);
          break;
        case QUERY:
          sent.query.add(encode(scheme.parameterName().get()) + "=" + encode(value));
          break;
        case COOKIE:
          sent.cookies.add(encode(scheme.parameterName().get()) + "=" + encode(value));
          break;
      }
    }
    return sent;
  }

  /**
   * {@code request} for another attempt: with a token fresh from its supplier when the credentials
   * {@code endpoint} sends include one, else unchanged.
   */
  HttpRequest refresh(Endpoint endpoint, HttpRequest request) {
    List<String> chosen = chosen(endpoint);
    if (chosen.stream()
        .noneMatch(name -> suppliers.containsKey(name) || tokens.containsKey(name))) {
      return request;
    }
    HttpRequest.Builder copy = RetryingTransport.copy(request);
    select(endpoint).headers.forEach(copy::setHeader);
    return copy.build();
  }

  /**
   * After the API answered 401 to {@code sent}: forgets the client credentials token it carried, so
   * that the next attempt fetches a new one.
   *
   * @return whether {@code sent} carried such a token, so that one more attempt may succeed
   */
  boolean unauthorized(Endpoint endpoint, HttpRequest sent) {
    String authorization = sent.headers().firstValue("Authorization").orElse("");
    boolean renewed = false;
    for (String name : chosen(endpoint)) {
      ClientCredentialsToken token = tokens.get(name);
      if (token != null && authorization.startsWith("Bearer ")) {
        token.invalidate(authorization.substring("Bearer ".length()));
        renewed = true;
      }
    }
    return renewed;
  }

  /** What one request carries besides its own parameters. */
  static final class Sent {
    final Map<String, String> headers = new LinkedHashMap<>();
    final List<String> query = new ArrayList<>();
    final List<String> cookies = new ArrayList<>();
  }

  private List<String> chosen(Endpoint endpoint) {
    Optional<List<List<String>>> security = endpoint.security();
    if (security.isEmpty()) {
      List<String> all = new ArrayList<>();
      for (String name : auth.schemes().keySet()) {
        if (has(name)) {
          all.add(name);
        }
      }
      return all;
    }
    for (List<String> alternative : security.get()) {
      if (alternative.stream().allMatch(this::has)) {
        return alternative;
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

  private boolean has(String name) {
    return values.containsKey(name) || suppliers.containsKey(name) || grants.containsKey(name);
  }

  /** The value to send; a supplier's token is checked and learned by the redactor first. */
  private String value(String name) {
    ClientCredentialsToken fetched = tokens.get(name);
    if (fetched != null) {
      return fetched.token();
    }
    Supplier<String> supplier = suppliers.get(name);
    if (supplier == null) {
      return values.get(name);
    }
    String token = supplier.get();
    String where = "the token " + name + "'s supplier gave";
    if (token == null) {
      throw new IllegalStateException(where + " is null; it must return the token");
    }
    redactor.learn(token);
    if (token.isBlank()) {
      throw new IllegalStateException(where + " is blank; it must return the token");
    }
    checkCharacters(where, token, true);
    return token;
  }

  private static String basic(String userAndPassword) {
    return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    return PercentEncoder.UNRESERVED.encode(text);
  }

  /**
   * Every form a value is sent or could be echoed in: as given, percent-encoded for the query and
   * cookies, and a basic credential's password and its Base64 form.
   */
  private static List<String> secrets(AuthConfig auth, Map<String, String> values) {
    List<String> secrets = new ArrayList<>();
    values.forEach(
        (name, value) -> {
          secrets.add(value);
          CredentialScheme.Kind kind = auth.schemes().get(name).kind();
          if (kind == CredentialScheme.Kind.QUERY || kind == CredentialScheme.Kind.COOKIE) {
            secrets.add(encode(value));
          } else if (kind == CredentialScheme.Kind.BASIC) {
            secrets.add(value.substring(value.indexOf(':') + 1));
            secrets.add(basic(value));
          }
        });
    return secrets;
  }

  /** What removes these credentials' values from exception messages. */
  Redactor redactor() {
    return redactor;
  }

  /** The names of the credentials given, never their values. */
  List<String> names() {
    List<String> names = new ArrayList<>(values.keySet());
    names.addAll(suppliers.keySet());
    names.addAll(grants.keySet());
    return names;
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

  private static String fromVariable(AuthConfig auth, String name) {
    return auth.schemes().get(name).environmentVariable().get() + " (read for " + name + ")";
  }

  /**
   * Refuses what cannot be sent; a basic credential must be {@code user:password} and may hold any
   * printable character, since it is sent in Base64.
   */
  private static void checkValue(AuthConfig auth, String name, String where, String value) {
    boolean basic = auth.schemes().get(name).kind() == CredentialScheme.Kind.BASIC;
    if (basic && value.indexOf(':') < 0) {
      throw new IllegalStateException(where + " must be user:password");
    }
    checkCharacters(where, value, !basic);
  }

  /**
   * Refuses what no HTTP header can carry. The HTTP client would refuse it on every call with a
   * message quoting the header, credential included; this message names only where it came from.
   */
  private static void checkCharacters(String where, String value, boolean asciiOnly) {
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
