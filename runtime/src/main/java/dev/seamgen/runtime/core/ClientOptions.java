package dev.seamgen.runtime.core;

import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.core.auth.Credentials;
import dev.seamgen.runtime.core.auth.CredentialsBuilder;
import dev.seamgen.runtime.core.auth.Environment;
import dev.seamgen.runtime.core.transport.CallLimits;
import dev.seamgen.runtime.core.transport.HttpClients;
import dev.seamgen.runtime.core.transport.Sleeper;
import dev.seamgen.runtime.core.wire.DefaultHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A client's settings, checked and resolved: endpoint, credentials, timeout, retries, headers, and
 * the API's conventions (request-id header, error format, SDK headers). Generated client builders
 * wrap a {@link Builder}; applications do not use this class.
 *
 * <p>The builder hands each part to the piece that decides it: credentials to a {@code
 * CredentialsBuilder} (values set win; with none, the environment's), the base URL to an {@link
 * EndpointResolver}, the call settings to a {@link RequestOptions.Builder}, the headers to {@code
 * DefaultHeaders}. Credential values appear in no message and no {@code toString()}.
 */
public final class ClientOptions {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofMinutes(2);
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
      Builder builder,
      BaseUrl baseUrl,
      Credentials credentials,
      RequestOptions callDefaults,
      Map<String, String> headers,
      HttpClient httpClient) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.callDefaults = callDefaults;
    this.headers = headers;
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

  /** Builds {@link ClientOptions}. */
  public static final class Builder {
    private final CredentialsBuilder credentials;
    private final EndpointResolver endpoint = new EndpointResolver();
    private final DefaultHeaders headers = new DefaultHeaders();
    private final RequestOptions.Builder callDefaults =
        RequestOptions.builder()
            .timeout(DEFAULT_TIMEOUT)
            .maxRetries(DEFAULT_MAX_RETRIES)
            .maxResponseBytes(DEFAULT_MAX_RESPONSE_BYTES);
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

    /** Sets variable {@code name} of the {@link #server} URL, checked at {@link #build()}. */
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
     * Gets bearer token {@code name} with OAuth2's client credentials grant, asking for the
     * scheme's scopes; see {@link CredentialsBuilder#clientCredentials}.
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

    /** Where credential {@code name}'s token is got, instead of the spec's token URL. */
    public Builder tokenUrl(String name, String url) {
      credentials.tokenUrl(name, url);
      return this;
    }

    /** Sets basic credential {@code name}; a user with {@code :} is refused. */
    public Builder basicCredential(String name, String user, String password) {
      credentials.basic(name, user, password);
      return this;
    }

    /**
     * The SDK's name and version, sent on every request in the {@code User-Agent}, and in the
     * headers {@link #sdkHeaders} names if it is called.
     */
    public Builder sdk(String name, String version) {
      headers.sdk(name, version);
      return this;
    }

    /**
     * Also sends the name and version given to {@link #sdk} in these headers, such as Seam's {@code
     * seam-sdk-name} and {@code seam-sdk-version}; none are sent unless this is called.
     */
    public Builder sdkHeaders(String nameHeader, String versionHeader) {
      headers.sdkHeaders(nameHeader, versionHeader);
      return this;
    }

    /**
     * The answer header whose value becomes {@code requestId()} of responses and exceptions; {@code
     * x-request-id} unless set (Seam's is {@code seam-request-id}).
     */
    public Builder requestIdHeader(String header) {
      this.requestIdHeader = DefaultHeaders.headerName(header, "header");
      return this;
    }

    /** Where error answers put their type and message; {@link ErrorFormat#generic()} unless set. */
    public Builder errorFormat(ErrorFormat format) {
      this.errorFormat = Objects.requireNonNull(format, "format == null");
      return this;
    }

    /** A header sent with every request, replacing one of the same name. */
    public Builder header(String name, String value) {
      headers.header(name, value);
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
      Map<String, String> defaultHeaders = headers.build();
      Credentials resolved = credentials.build(environment);
      BaseUrl baseUrl = endpoint.resolve(environment);
      RequestOptions calls = callDefaults.build();
      Duration timeout = calls.timeout().orElseThrow();
      if (calls.totalTimeout().isEmpty()) {
        calls =
            calls.toBuilder()
                .totalTimeout(CallLimits.longer(DEFAULT_TOTAL_TIMEOUT, timeout))
                .build();
      }
      HttpClient client = HttpClients.choose(httpClient, !resolved.names().isEmpty(), timeout);
      return new ClientOptions(
          this,
          baseUrl,
          resolved.connect(client, baseUrl.uri(), timeout, clock),
          calls,
          defaultHeaders,
          client);
    }
  }
}
