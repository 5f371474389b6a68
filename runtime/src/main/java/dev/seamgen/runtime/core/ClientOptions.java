package dev.seamgen.runtime.core;

import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.core.auth.Credentials;
import dev.seamgen.runtime.core.auth.CredentialsBuilder;
import dev.seamgen.runtime.core.auth.Environment;
import dev.seamgen.runtime.core.transport.CallLimits;
import dev.seamgen.runtime.core.transport.Sleeper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
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

  private final BaseUrl baseUrl;
  private final Credentials credentials;
  private final RequestOptions callDefaults;
  private final Map<String, String> headers;
  private final String requestIdHeader;
  private final ErrorFormat errorFormat;
  private final HttpClient httpClient;
  private final Sleeper sleeper;
  private final Clock clock;

  private ClientOptions(
      Builder builder, BaseUrl baseUrl, Credentials credentials, HttpClient httpClient) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    RequestOptions given = builder.callDefaults.build();
    Duration timeout = given.timeout().orElseThrow();
    this.callDefaults =
        given.totalTimeout().isPresent()
            ? given
            : given.toBuilder()
                .totalTimeout(CallLimits.longer(DEFAULT_TOTAL_TIMEOUT, timeout))
                .build();
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
    return baseUrl.uri();
  }

  /**
   * The base URL of {@code operation}: its own server's when the spec gives it one, unless the
   * application set the endpoint (by {@link Builder#endpoint} or the environment), which wins for
   * every operation.
   */
  URI endpoint(Endpoint operation) {
    return baseUrl.forOperation(operation);
  }

  /** How long one attempt may take. */
  public Duration timeout() {
    return callDefaults.timeout().orElseThrow();
  }

  /** How long a whole call may take, its retries and the waits before them included. */
  public Duration totalTimeout() {
    return callDefaults.totalTimeout().orElseThrow();
  }

  /** How many times a failed call is retried where that is safe. */
  public int maxRetries() {
    return callDefaults.maxRetries().orElseThrow();
  }

  /** The largest answer a call reads, in bytes. */
  public long maxResponseBytes() {
    return callDefaults.maxResponseBytes().orElseThrow();
  }

  /** The settings every call starts from: timeouts, retries and the largest answer, all set. */
  RequestOptions callDefaults() {
    return callDefaults;
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
        + baseUrl.uri()
        + ", credentials="
        + credentials.names()
        + ", timeout="
        + timeout()
        + ", totalTimeout="
        + totalTimeout()
        + ", maxRetries="
        + maxRetries()
        + ", maxResponseBytes="
        + maxResponseBytes()
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
    private final CredentialsBuilder credentials;
    private final EndpointResolver endpoint = new EndpointResolver();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final RequestOptions.Builder callDefaults =
        RequestOptions.builder()
            .timeout(DEFAULT_TIMEOUT)
            .maxRetries(DEFAULT_MAX_RETRIES)
            .maxResponseBytes(DEFAULT_MAX_RESPONSE_BYTES);
    private String sdkName;
    private String sdkVersion;
    private String sdkNameHeader;
    private String sdkVersionHeader;
    private String requestIdHeader = DEFAULT_REQUEST_ID_HEADER;
    private ErrorFormat errorFormat = ErrorFormat.generic();
    private HttpClient httpClient;
    private Environment environment = Environment.system();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    private Builder(AuthConfig auth) {
      this.credentials = Credentials.builder(auth);
    }

    // Where requests go: an EndpointResolver keeps these and decides at build().

    /** The base URL used when neither {@link #endpoint} nor the environment gives one. */
    public Builder defaultEndpoint(String url) {
      endpoint.defaultEndpoint(url);
      return this;
    }

    /**
     * The base URL used when neither {@link #endpoint} nor the environment gives one, with its
     * variables at their defaults unless {@link #serverVariable} sets them.
     */
    public Builder server(ServerUrl server) {
      endpoint.server(server);
      return this;
    }

    /**
     * Sets variable {@code name} of the {@link #server} URL; {@link #build()} checks it is one the
     * spec allows.
     */
    public Builder serverVariable(String name, String value) {
      endpoint.serverVariable(name, value);
      return this;
    }

    /** The environment variable, such as {@code SEAM_ENDPOINT}, that may give the base URL. */
    public Builder endpointEnvironmentVariable(String variable) {
      endpoint.environmentVariable(variable);
      return this;
    }

    /** The base URL, overriding the environment and the default. */
    public Builder endpoint(String url) {
      endpoint.endpoint(url);
      return this;
    }

    // The four call settings below are checked and kept by a RequestOptions.Builder: every call
    // starts from them, and a call's own RequestOptions override them one by one.

    /** Every call's {@link RequestOptions.Builder#timeout}; 30 seconds unless set. */
    public Builder timeout(Duration timeout) {
      callDefaults.timeout(timeout);
      return this;
    }

    /**
     * Every call's {@link RequestOptions.Builder#totalTimeout}; 2 minutes unless set, or the {@link
     * #timeout} if that is longer.
     */
    public Builder totalTimeout(Duration totalTimeout) {
      callDefaults.totalTimeout(totalTimeout);
      return this;
    }

    /** Every call's {@link RequestOptions.Builder#maxRetries}; 2 unless set. */
    public Builder maxRetries(int maxRetries) {
      callDefaults.maxRetries(maxRetries);
      return this;
    }

    /** Every call's {@link RequestOptions.Builder#maxResponseBytes}; 64 MiB unless set. */
    public Builder maxResponseBytes(long maxResponseBytes) {
      callDefaults.maxResponseBytes(maxResponseBytes);
      return this;
    }

    // Credentials: a CredentialsBuilder checks each as it is set and resolves them at build().

    /**
     * Sets credential {@code name} (a scheme of the {@link AuthConfig}) to {@code value}; for a
     * {@link CredentialScheme#basic} scheme, {@code user:password}.
     */
    public Builder credential(String name, String value) {
      credentials.value(name, value);
      return this;
    }

    /**
     * Sets bearer token {@code name} to what {@code token} gives, asked before each attempt, so
     * that a token refreshed elsewhere is picked up. A call fails, without showing it, when it
     * gives null, a blank token or one with a control character.
     */
    public Builder tokenSupplier(String name, Supplier<String> token) {
      credentials.supplier(name, token);
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
      credentials.clientCredentials(name, clientId, clientSecret, null);
      return this;
    }

    /** Like {@link #clientCredentials(String, String, String)}, asking for {@code scopes}. */
    public Builder clientCredentials(
        String name, String clientId, String clientSecret, List<String> scopes) {
      Objects.requireNonNull(scopes, "scopes == null");
      credentials.clientCredentials(name, clientId, clientSecret, scopes);
      return this;
    }

    /**
     * Where credential {@code name}'s client credentials token is got, instead of the spec's token
     * URL; a relative URL is resolved against the base URL.
     */
    public Builder tokenUrl(String name, String url) {
      credentials.tokenUrl(name, url);
      return this;
    }

    /**
     * Sets basic credential {@code name} to {@code user} and {@code password}.
     *
     * @throws IllegalArgumentException when the user contains {@code :}, which would make the
     *     password start early
     */
    public Builder basicCredential(String name, String user, String password) {
      credentials.basic(name, user, password);
      return this;
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
      this.environment = Environment.of(environment);
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
      Credentials resolved = credentials.build(environment);
      BaseUrl baseUrl = endpoint.resolve(environment);
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
      Duration timeout = callDefaults.build().timeout().orElseThrow();
      HttpClient client =
          httpClient != null
              ? httpClient
              : HttpClient.newBuilder()
                  .connectTimeout(
                      timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT)
                  .build();
      return new ClientOptions(
          this, baseUrl, resolved.connect(client, baseUrl.uri(), timeout, clock), client);
    }
  }
}
