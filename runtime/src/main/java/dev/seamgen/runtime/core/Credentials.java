package dev.seamgen.runtime.core;

import dev.seamgen.runtime.core.transport.Call;
import dev.seamgen.runtime.core.transport.Operation;
import dev.seamgen.runtime.core.transport.Redactor;
import dev.seamgen.runtime.core.transport.TokenRefreshingTransport;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The credentials a client was built with, checked against its {@link AuthConfig}. Values never
 * leave this class except in requests (headers, query, cookies): not in {@code toString()}, not in
 * messages. A bearer token may come from a {@link Supplier}, asked before each attempt.
 */
final class Credentials implements TokenRefreshingTransport.Authenticator {
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
        CredentialChecks.checkValue(auth, entry.getKey(), entry.getKey(), entry.getValue());
        CredentialChecks.checkPrefix(auth, entry.getKey(), entry.getValue(), false);
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
        CredentialChecks.checkCombination(auth, given);
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
            CredentialChecks.checkValue(auth, name, fromVariable(auth, name), value);
            CredentialChecks.checkPrefix(auth, name, value, true);
          });
      return new Credentials(auth, found);
    }
    for (List<String> alternative : auth.alternatives()) {
      Map<String, String> found = fromEnvironment(auth, alternative, environment);
      if (found.size() == alternative.size()) {
        found.forEach(
            (name, value) -> {
              CredentialChecks.checkValue(auth, name, fromVariable(auth, name), value);
              CredentialChecks.checkPrefix(auth, name, value, true);
            });
        return new Credentials(auth, found);
      }
    }
    throw new IllegalStateException(
        "no credentials: set "
            + CredentialChecks.describeAlternatives(auth)
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
  Sent select(Operation operation) {
    Sent sent = new Sent();
    for (String name : chosen(operation)) {
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
  @Override
  public HttpRequest refresh(Operation operation, HttpRequest request) {
    List<String> chosen = chosen(operation);
    if (chosen.stream()
        .noneMatch(name -> suppliers.containsKey(name) || tokens.containsKey(name))) {
      return request;
    }
    HttpRequest.Builder copy = Call.copy(request);
    select(operation).headers.forEach(copy::setHeader);
    return copy.build();
  }

  /**
   * After the API answered 401 to {@code sent}: forgets the client credentials token it carried, so
   * that the next attempt fetches a new one.
   *
   * @return whether {@code sent} carried such a token, so that one more attempt may succeed
   */
  @Override
  public boolean renewAfterUnauthorized(Operation operation, HttpRequest sent) {
    String authorization = sent.headers().firstValue("Authorization").orElse("");
    boolean renewed = false;
    for (String name : chosen(operation)) {
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

  private List<String> chosen(Operation operation) {
    Optional<List<List<String>>> security = operation.security();
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
        operation.name()
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
    CredentialChecks.checkCharacters(where, token, true);
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

  private static String fromVariable(AuthConfig auth, String name) {
    return auth.schemes().get(name).environmentVariable().get() + " (read for " + name + ")";
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

  @Override
  public String toString() {
    return "Credentials" + names();
  }
}
