package dev.seamgen.runtime.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A client's settings, checked and resolved: endpoint, credentials, timeout, retries, headers, and
 * the API's conventions (request-id header, error format, SDK headers). Generated client builders
 * wrap a {@link Builder}; applications do not use this class.
 *
 * <p>{@link Builder#build()} resolves credentials: values set explicitly win; with none set, the
 * first alternative of the {@link AuthConfig} whose environment variables are all set is used. It
 * refuses, saying what to set, when nothing is found, when two alternatives are mixed, when an
 * alternative is incomplete, and when a value looks like another kind of credential. Credential
 * values appear in no message and no {@code toString()}.
 */
public final class ClientOptions {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofMinutes(2);
  static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final int DEFAULT_MAX_RETRIES = 2;
  static final String DEFAULT_REQUEST_ID_HEADER = "x-request-id";
  static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;

  private final URI endpoint;
  private final Credentials credentials;
  private final Duration timeout;
  private final Duration totalTimeout;
  private final int maxRetries;
  private final long maxResponseBytes;
  private final Map<String, String> headers;
  private final String requestIdHeader;
  private final ErrorFormat errorFormat;
  private final HttpClient httpClient;
  private final Sleeper sleeper;
  private final Clock clock;

  private final boolean endpointGiven;

  private ClientOptions(
      Builder builder,
      URI endpoint,
      boolean endpointGiven,
      Credentials credentials,
      HttpClient httpClient) {
    this.endpoint = endpoint;
    this.endpointGiven = endpointGiven;
    this.credentials = credentials;
    this.timeout = builder.timeout;
    this.totalTimeout =
        builder.totalTimeout != null
            ? builder.totalTimeout
            : CallLimits.longer(DEFAULT_TOTAL_TIMEOUT, builder.timeout);
    this.maxRetries = builder.maxRetries;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.headers = Collections.unmodifiableMap(headers(builder));
    this.requestIdHeader = builder.requestIdHeader;
    this.errorFormat = builder.errorFormat;
    this.httpClient = httpClient;
    this.sleeper = builder.sleeper;
    this.clock = builder.clock;
  }

  public static Builder builder(AuthConfig auth) {
    return new Builder(auth);
  }

  /** The API's base URL, without a trailing slash. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * The base URL of {@code operation}: its own server's when the spec gives it one, unless the
   * application set the endpoint (by {@link Builder#endpoint} or the environment), which wins for
   * every operation.
   */
  URI endpoint(Endpoint operation) {
    return endpointGiven ? endpoint : operation.baseUrl().orElse(endpoint);
  }

  /** How long one attempt may take. */
  public Duration timeout() {
    return timeout;
  }

  /** How long a whole call may take, its retries and the waits before them included. */
  public Duration totalTimeout() {
    return totalTimeout;
  }

  /** How many times a failed call is retried where that is safe. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The largest answer a call reads, in bytes. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** Headers sent with every request: user agent, SDK headers if set, extras; no credentials. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The answer header that carries the request id, such as {@code x-request-id}. */
  public String requestIdHeader() {
    return requestIdHeader;
  }

  /** Where error answers put their type and message. */
  public ErrorFormat errorFormat() {
    return errorFormat;
  }

  /** The names of the credentials in use, such as {@code [apiKey]}; never their values. */
  public List<String> credentialNames() {
    return credentials.names();
  }

  Credentials credentials() {
    return credentials;
  }

  HttpClient httpClient() {
    return httpClient;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "ClientOptions{endpoint="
        + endpoint
        + ", credentials="
        + credentials.names()
        + ", timeout="
        + timeout
        + ", totalTimeout="
        + totalTimeout
        + ", maxRetries="
        + maxRetries
        + ", maxResponseBytes="
        + maxResponseBytes
        + "}";
  }

  private static Map<String, String> headers(Builder builder) {
    Map<String, String> headers = new LinkedHashMap<>();
    String javaVersion = System.getProperty("java.version");
    if (builder.sdkName != null) {
      if (builder.sdkNameHeader != null) {
        headers.put(builder.sdkNameHeader, builder.sdkName);
        headers.put(builder.sdkVersionHeader, builder.sdkVersion);
      }
      headers.put(
          "User-Agent", builder.sdkName + "/" + builder.sdkVersion + " Java/" + javaVersion);
    } else {
      headers.put("User-Agent", "seamgen-runtime Java/" + javaVersion);
    }
    // Explicit headers come last so that an application can replace the user agent.
    headers.putAll(builder.headers);
    return headers;
  }

  /** Builds {@link ClientOptions}. */
  public static final class Builder {
    private final AuthConfig auth;
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> tokenSuppliers = new LinkedHashMap<>();
    private final Map<String, ClientCredentialsToken.Grant> grants = new LinkedHashMap<>();
    private final Map<String, String> tokenUrls = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String defaultEndpoint;
    private ServerUrl server;
    private final Map<String, String> serverVariables = new LinkedHashMap<>();
    private String endpointVariable;
    private String endpoint;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration totalTimeout;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private String sdkName;
    private String sdkVersion;
    private String sdkNameHeader;
    private String sdkVersionHeader;
    private String requestIdHeader = DEFAULT_REQUEST_ID_HEADER;
    private ErrorFormat errorFormat = ErrorFormat.generic();
    private HttpClient httpClient;
    private Map<String, String> environment;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    private Builder(AuthConfig auth) {
      this.auth = Objects.requireNonNull(auth, "auth == null");
    }

    /** The base URL used when neither {@link #endpoint} nor the environment gives one. */
    public Builder defaultEndpoint(String url) {
      this.defaultEndpoint = Objects.requireNonNull(url, "url == null");
      return this;
    }

    /**
     * The base URL used when neither {@link #endpoint} nor the environment gives one, with its
     * variables at their defaults unless {@link #serverVariable} sets them.
     */
    public Builder server(ServerUrl server) {
      this.server = Objects.requireNonNull(server, "server == null");
      return this;
    }

    /**
     * Sets variable {@code name} of the {@link #server} URL; {@link #build()} checks it is one the
     * spec allows.
     */
    public Builder serverVariable(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, name + " == null");
      if (server == null || !server.variableNames().contains(name)) {
        throw new IllegalArgumentException(
            "unknown server variable "
                + name
                + "; this client has "
                + (server == null ? "none" : server.variableNames()));
      }
      serverVariables.put(name, value);
      return this;
    }

    /** The environment variable, such as {@code SEAM_ENDPOINT}, that may give the base URL. */
    public Builder endpointEnvironmentVariable(String variable) {
      this.endpointVariable = Objects.requireNonNull(variable, "variable == null");
      return this;
    }

    /** The base URL, overriding the environment and the default. */
    public Builder endpoint(String url) {
      this.endpoint = Objects.requireNonNull(url, "endpoint == null");
      return this;
    }

    /** How long one attempt may take; 30 seconds unless set. */
    public Builder timeout(Duration timeout) {
      this.timeout = Limits.positive(timeout, "timeout");
      return this;
    }

    /**
     * How long a whole call may take, its retries and the waits before them included; 2 minutes
     * unless set, or the {@link #timeout} if that is longer. An attempt is cut short when it
     * reaches it, and no retry is made whose wait would pass it.
     */
    public Builder totalTimeout(Duration totalTimeout) {
      this.totalTimeout = Limits.positive(totalTimeout, "totalTimeout");
      return this;
    }

    /** How many times a failed call is retried where that is safe; 2 unless set, 0 for none. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Limits.notNegative(maxRetries, "maxRetries");
      return this;
    }

    /**
     * The largest answer a call reads, in bytes; 64 MiB unless set. A larger answer fails with
     * {@link dev.seamgen.runtime.ResponseTooLargeException} without being read in full.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = Limits.byteCount(maxResponseBytes, "maxResponseBytes");
      return this;
    }

    /**
     * Sets credential {@code name} (a scheme of the {@link AuthConfig}) to {@code value}; for a
     * {@link CredentialScheme#basic} scheme, {@code user:password}.
     */
    public Builder credential(String name, String value) {
      scheme(name);
      Objects.requireNonNull(value, name + " == null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " is blank");
      }
      tokenSuppliers.remove(name);
      grants.remove(name);
      credentials.put(name, value);
      return this;
    }

    /**
     * Sets bearer token {@code name} to what {@code token} gives, asked before each attempt, so
     * that a token refreshed elsewhere is picked up. A call fails, without showing it, when it
     * gives null, a blank token or one with a control character.
     */
    public Builder tokenSupplier(String name, Supplier<String> token) {
      CredentialScheme scheme = scheme(name);
      Objects.requireNonNull(token, name + " == null");
      if (scheme.kind() != CredentialScheme.Kind.BEARER) {
        throw new IllegalArgumentException(
            name + " is not a bearer token and cannot come from a supplier; set its value");
      }
      credentials.remove(name);
      grants.remove(name);
      tokenSuppliers.put(name, token);
      return this;
    }

    /**
     * Gets bearer token {@code name} with OAuth2's client credentials grant: the client fetches a
     * token from the scheme's token URL when it first needs one, with {@code clientId} and {@code
     * clientSecret} sent as HTTP basic, and asks for the scheme's scopes. The token is kept until
     * shortly before it expires, one fetch serves all calls waiting for it, and a call the API
     * answers 401 fetches a new one and is sent once more.
     */
    public Builder clientCredentials(String name, String clientId, String clientSecret) {
      return grant(name, clientId, clientSecret, null);
    }

    /** Like {@link #clientCredentials(String, String, String)}, asking for {@code scopes}. */
    public Builder clientCredentials(
        String name, String clientId, String clientSecret, List<String> scopes) {
      Objects.requireNonNull(scopes, "scopes == null");
      for (String scope : scopes) {
        Objects.requireNonNull(scope, "scopes contains null");
        if (scope.isBlank()
            || scope.chars().anyMatch(c -> c <= ' ' || c > '~' || c == '"' || c == '\\')) {
          throw new IllegalArgumentException(
              "scope '" + scope + "' is not a valid OAuth2 scope (RFC 6749 §3.3)");
        }
      }
      return grant(name, clientId, clientSecret, scopes);
    }

    private Builder grant(String name, String clientId, String clientSecret, List<String> scopes) {
      CredentialScheme scheme = scheme(name);
      Objects.requireNonNull(clientId, "clientId == null");
      Objects.requireNonNull(clientSecret, "clientSecret == null");
      if (scheme.kind() != CredentialScheme.Kind.BEARER) {
        throw new IllegalArgumentException(
            name + " is not an OAuth2 bearer token and takes no client credentials");
      }
      if (clientId.isBlank()) {
        throw new IllegalArgumentException(name + ": clientId is blank");
      }
      if (clientSecret.isBlank()) {
        throw new IllegalArgumentException(name + ": clientSecret is blank");
      }
      credentials.remove(name);
      tokenSuppliers.remove(name);
      grants.put(name, new ClientCredentialsToken.Grant(clientId, clientSecret, scopes));
      return this;
    }

    /**
     * Where credential {@code name}'s client credentials token is got, instead of the spec's token
     * URL; a relative URL is resolved against the base URL.
     */
    public Builder tokenUrl(String name, String url) {
      scheme(name);
      Objects.requireNonNull(url, "url == null");
      if (url.isBlank()) {
        throw new IllegalArgumentException(name + ": the token URL is blank");
      }
      tokenUrls.put(name, url);
      return this;
    }

    /**
     * Sets basic credential {@code name} to {@code user} and {@code password}.
     *
     * @throws IllegalArgumentException when the user contains {@code :}, which would make the
     *     password start early
     */
    public Builder basicCredential(String name, String user, String password) {
      CredentialScheme scheme = scheme(name);
      Objects.requireNonNull(user, "user == null");
      Objects.requireNonNull(password, "password == null");
      if (scheme.kind() != CredentialScheme.Kind.BASIC) {
        throw new IllegalArgumentException(name + " is not a basic credential; set its value");
      }
      if (user.indexOf(':') >= 0) {
        throw new IllegalArgumentException(
            name + ": the user contains ':', which basic authentication cannot send");
      }
      if (user.isEmpty() && password.isEmpty()) {
        throw new IllegalArgumentException(name + " is blank");
      }
      tokenSuppliers.remove(name);
      credentials.put(name, user + ":" + password);
      return this;
    }

    private CredentialScheme scheme(String name) {
      Objects.requireNonNull(name, "name == null");
      CredentialScheme scheme = auth.schemes().get(name);
      if (scheme == null) {
        throw new IllegalArgumentException(
            "unknown credential " + name + "; this client takes " + auth.schemes().keySet());
      }
      return scheme;
    }

    /**
     * The SDK's name and version, sent on every request in the {@code User-Agent}, and in the
     * headers {@link #sdkHeaders} names if it is called.
     */
    public Builder sdk(String name, String version) {
      this.sdkName = Objects.requireNonNull(name, "name == null");
      this.sdkVersion = Objects.requireNonNull(version, "version == null");
      return this;
    }

    /**
     * Also sends the name and version given to {@link #sdk} in these headers, such as Seam's {@code
     * seam-sdk-name} and {@code seam-sdk-version}; none are sent unless this is called.
     */
    public Builder sdkHeaders(String nameHeader, String versionHeader) {
      this.sdkNameHeader = headerName(nameHeader, "nameHeader");
      this.sdkVersionHeader = headerName(versionHeader, "versionHeader");
      return this;
    }

    /**
     * The answer header whose value becomes {@code requestId()} of responses and exceptions; {@code
     * x-request-id} unless set (Seam's is {@code seam-request-id}).
     */
    public Builder requestIdHeader(String header) {
      this.requestIdHeader = headerName(header, "header");
      return this;
    }

    /** Where error answers put their type and message; {@link ErrorFormat#generic()} unless set. */
    public Builder errorFormat(ErrorFormat format) {
      this.errorFormat = Objects.requireNonNull(format, "format == null");
      return this;
    }

    private static String headerName(String name, String what) {
      Objects.requireNonNull(name, what + " == null");
      if (name.isBlank()) {
        throw new IllegalArgumentException(what + " is blank");
      }
      return name;
    }

    /** A header sent with every request, replacing one of the same name. */
    public Builder header(String name, String value) {
      headers.put(
          Objects.requireNonNull(name, "name == null"),
          Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * The HTTP client to send with, for proxies or custom TLS; one is made by default. With
     * credentials, {@link #build()} refuses a client that follows redirects.
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    /**
     * The environment to read credentials and the endpoint from; the process's by default. Tests
     * pass a map so that the real environment does not leak in.
     */
    public Builder environment(Map<String, String> environment) {
      Objects.requireNonNull(environment, "environment == null");
      this.environment = Collections.unmodifiableMap(new HashMap<>(environment));
      return this;
    }

    /** For tests: what waits between retries. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * For tests: the clock {@code Retry-After} dates and the expiry of client credentials tokens
     * are measured against.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalStateException when credentials are missing, conflict or look wrong, the
     *     endpoint is not a URL, the {@link #httpClient} follows redirects, or SDK headers are
     *     asked for without an SDK; the message says what to set
     */
    public ClientOptions build() {
      if (sdkNameHeader != null && sdkName == null) {
        throw new IllegalStateException(
            "sdkHeaders(...) needs sdk(name, version) to know what " + "to send");
      }
      Map<String, String> env = environment != null ? environment : System.getenv();
      Credentials resolved = Credentials.resolve(auth, credentials, tokenSuppliers, grants, env);
      URI uri = resolveEndpoint(env);
      if (httpClient != null
          && httpClient.followRedirects() != HttpClient.Redirect.NEVER
          && !resolved.names().isEmpty()) {
        // The HTTP client repeats every header on a redirect, whatever host it leads to, and
        // offers no way to stop that: the credentials would go wherever a server points.
        throw new IllegalStateException(
            "the HttpClient given follows redirects ("
                + httpClient.followRedirects()
                + "), which would send the credentials to any host "
                + "a redirect names; build it with followRedirects(HttpClient.Redirect.NEVER)");
      }
      HttpClient client =
          httpClient != null
              ? httpClient
              : HttpClient.newBuilder()
                  .connectTimeout(
                      timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT)
                  .build();
      return new ClientOptions(
          this,
          uri,
          endpoint != null || fromEnvironment(env) != null,
          resolved.connect(client, uri, tokenUrls, timeout, clock),
          client);
    }

    private String fromEnvironment(Map<String, String> env) {
      String fromEnv = endpointVariable == null ? null : env.get(endpointVariable);
      return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
    }

    private URI resolveEndpoint(Map<String, String> env) {
      String serverUrl;
      try {
        // Checked even when the endpoint is set, so that a wrong value never goes unnoticed.
        serverUrl = server == null ? null : server.expand(serverVariables);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(e.getMessage());
      }
      if (endpoint != null) {
        return parse(endpoint, "endpoint");
      }
      String fromEnv = fromEnvironment(env);
      if (fromEnv != null) {
        return parse(fromEnv, endpointVariable);
      }
      if (serverUrl != null) {
        return parse(serverUrl, "the server URL");
      }
      if (defaultEndpoint != null) {
        return parse(defaultEndpoint, "defaultEndpoint");
      }
      throw new IllegalStateException(
          "no endpoint: set endpoint(...)"
              + (endpointVariable == null ? "" : " or " + endpointVariable));
    }

    /** Checks a base URL; messages name where it came from but never echo it. */
    static URI parse(String url, String source) {
      URI uri;
      try {
        uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(source + " is not a URL: " + e.getReason());
      }
      if ((!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()))
          || uri.getHost() == null) {
        throw new IllegalStateException(source + " must be an http or https URL with a host");
      }
      if (uri.getRawUserInfo() != null) {
        // A password in the URL would be a credential in every message that shows the endpoint.
        throw new IllegalStateException(
            source + " must not contain user info; pass credentials " + "to their own setters");
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalStateException(
            source + " must be a base URL, without query or " + "fragment");
      }
      return uri;
    }
  }
}
