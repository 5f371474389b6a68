package dev.seamgen.runtime.core.auth;

import dev.seamgen.runtime.core.transport.Call;
import dev.seamgen.runtime.core.transport.Operation;
import dev.seamgen.runtime.core.transport.Redactor;
import dev.seamgen.runtime.core.transport.TokenRefreshingTransport;
import dev.seamgen.runtime.core.wire.PercentEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The credentials a client was built with ({@link CredentialsBuilder}), checked against its {@link
 * AuthDefinition}: one {@link CredentialSource} per name. Values never leave this class except in
 * requests (headers, query, cookies): not in {@code toString()}, not in messages. As the
 * transport's {@link TokenRefreshingTransport.Authenticator}, it gives each later attempt fresh
 * tokens and drops a fetched token the API refused.
 */
public final class Credentials implements TokenRefreshingTransport.Authenticator {
  private final AuthDefinition auth;
  private final Map<String, CredentialSource> sources;
  private final Map<String, String> tokenUrls;
  private final Redactor redactor;

  Credentials(
      AuthDefinition auth, Map<String, CredentialSource> sources, Map<String, String> tokenUrls) {
    this(auth, sources, tokenUrls, redactor(auth, sources));
  }

  private Credentials(
      AuthDefinition auth,
      Map<String, CredentialSource> sources,
      Map<String, String> tokenUrls,
      Redactor redactor) {
    this.auth = auth;
    this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    this.tokenUrls = Map.copyOf(tokenUrls);
    this.redactor = redactor;
  }

  public static CredentialsBuilder builder(AuthDefinition auth) {
    return new CredentialsBuilder(auth);
  }

  /**
   * These credentials, with a token fetcher for each client credentials grant: token URLs set on
   * the builder, else the scheme's, relative ones resolved against {@code baseUrl}.
   *
   * @throws IllegalStateException when a grant has no token URL or one that cannot be used
   */
  public Credentials connect(HttpClient client, URI baseUrl, Duration timeout, Clock clock) {
    Map<String, CredentialSource> connected = new LinkedHashMap<>(sources);
    sources.forEach(
        (name, source) -> {
          if (source instanceof CredentialSource.Granted) {
            CredentialSource.Granted granted = (CredentialSource.Granted) source;
            SchemeDefinition scheme = auth.schemes().get(name);
            URI tokenUrl =
                ClientCredentialsToken.tokenUrl(name, tokenUrls.get(name), scheme, baseUrl);
            connected.put(
                name,
                granted.connect(
                    new ClientCredentialsToken(
                        name,
                        granted.grant.clientId,
                        granted.grant.clientSecret,
                        granted.grant.scopes != null ? granted.grant.scopes : scheme.scopes(),
                        tokenUrl,
                        client,
                        timeout,
                        clock,
                        redactor)));
          }
        });
    return new Credentials(auth, connected, tokenUrls, redactor);
  }

  /**
   * What {@code operation} sends: the credentials of the first of its security alternatives the
   * client has every credential of, or, when it declares none, every credential the client has. A
   * token supplier is asked now.
   *
   * @throws IllegalStateException naming the credentials to set, when the client has none of the
   *     alternatives the operation accepts, or the supplier named when its token cannot be sent;
   *     nothing has been sent then
   */
  public Sent select(Operation operation) {
    Sent sent = new Sent();
    for (String name : chosen(operation)) {
      SchemeDefinition scheme = auth.schemes().get(name);
      String value = sources.get(name).current(name, redactor);
      switch (scheme.kind()) {
        case BEARER:
          sent.headers.put("Authorization", "Bearer " + value);
          break;
        case BASIC:
          sent.headers.put("Authorization", "Basic " + CredentialSource.basic(value));
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
   * {@code request} for another attempt: with a token fresh from its source when the credentials
   * {@code operation} sends include one that changes, else unchanged.
   */
  @Override
  public HttpRequest refresh(Operation operation, HttpRequest request) {
    if (chosen(operation).stream().noneMatch(name -> sources.get(name).changes())) {
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
    if (!authorization.startsWith("Bearer ")) {
      return false;
    }
    boolean renewed = false;
    for (String name : chosen(operation)) {
      renewed |= sources.get(name).dropRejected(authorization.substring("Bearer ".length()));
    }
    return renewed;
  }

  /** What one request carries besides its own parameters. */
  public static final class Sent {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> query = new ArrayList<>();
    private final List<String> cookies = new ArrayList<>();

    /** Headers by name, such as {@code Authorization}. */
    public Map<String, String> headers() {
      return Collections.unmodifiableMap(headers);
    }

    /** Query pairs, {@code name=value}, percent-encoded. */
    public List<String> query() {
      return Collections.unmodifiableList(query);
    }

    /** Cookies, {@code name=value}, percent-encoded. */
    public List<String> cookies() {
      return Collections.unmodifiableList(cookies);
    }
  }

  private List<String> chosen(Operation operation) {
    Optional<List<List<String>>> security = operation.security();
    if (security.isEmpty()) {
      return names();
    }
    for (List<String> alternative : security.get()) {
      if (sources.keySet().containsAll(alternative)) {
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

  private static String encode(String text) {
    return PercentEncoder.UNRESERVED.encode(text);
  }

  private static Redactor redactor(AuthDefinition auth, Map<String, CredentialSource> sources) {
    List<String> secrets = new ArrayList<>();
    sources.forEach(
        (name, source) -> secrets.addAll(source.secrets(auth.schemes().get(name).kind())));
    return new Redactor(secrets);
  }

  /** What removes these credentials' values from exception messages. */
  public Redactor redactor() {
    return redactor;
  }

  /** The names of the credentials given, in the order the API declares them; never values. */
  public List<String> names() {
    return auth.schemes().keySet().stream()
        .filter(sources::containsKey)
        .collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return "Credentials" + names();
  }
}
