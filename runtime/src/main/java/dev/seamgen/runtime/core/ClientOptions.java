package dev.seamgen.runtime.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A client's settings, checked and resolved: endpoint, credentials, timeout, retries. */
public final class ClientOptions {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  static final int DEFAULT_MAX_RETRIES = 2;

  private final URI endpoint;
  private final Credentials credentials;
  private final Duration timeout;
  private final int maxRetries;
  private final Map<String, String> headers;
  private final HttpClient httpClient;
  private final Sleeper sleeper;
  private final Clock clock;

  private ClientOptions(Builder builder, URI endpoint, Credentials credentials) {
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    Map<String, String> headers = new LinkedHashMap<>(builder.headers);
    if (builder.sdkName != null) {
      headers.put("seam-sdk-name", builder.sdkName);
      headers.put("seam-sdk-version", builder.sdkVersion);
      headers.put("User-Agent", builder.sdkName + "/" + builder.sdkVersion + " Java/"
          + System.getProperty("java.version"));
    }
    this.headers = Collections.unmodifiableMap(headers);
    this.httpClient = builder.httpClient;
    this.sleeper = builder.sleeper;
    this.clock = builder.clock;
  }

  public static Builder builder(AuthConfig auth) {
    return new Builder(auth);
  }

  public URI endpoint() {
    return endpoint;
  }

  public Duration timeout() {
    return timeout;
  }

  public int maxRetries() {
    return maxRetries;
  }

  /** Headers sent with every request, credentials excluded. */
  public Map<String, String> headers() {
    return headers;
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
    return "ClientOptions{endpoint=" + endpoint + ", credentials=" + credentials.names()
        + ", timeout=" + timeout + ", maxRetries=" + maxRetries + "}";
  }

  /** Builds {@link ClientOptions}; generated client builders wrap one. */
  public static final class Builder {
    private final AuthConfig auth;
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String defaultEndpoint;
    private String endpointVariable;
    private String endpoint;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private String sdkName;
    private String sdkVersion;
    private HttpClient httpClient;
    private Map<String, String> environment;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    private Builder(AuthConfig auth) {
      this.auth = Objects.requireNonNull(auth, "auth == null");
    }

    public Builder defaultEndpoint(String url) {
      this.defaultEndpoint = Objects.requireNonNull(url, "url == null");
      return this;
    }

    public Builder endpointEnvironmentVariable(String variable) {
      this.endpointVariable = Objects.requireNonNull(variable, "variable == null");
      return this;
    }

    public Builder endpoint(String url) {
      this.endpoint = Objects.requireNonNull(url, "endpoint == null");
      return this;
    }

    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Sets credential {@code name} (a scheme of the {@link AuthConfig}) to {@code value}. */
    public Builder credential(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      if (!auth.schemes().containsKey(name)) {
        throw new IllegalArgumentException("unknown credential " + name);
      }
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " is null or blank");
      }
      credentials.put(name, value);
      return this;
    }

    /** The SDK's name and version, sent as {@code seam-sdk-name} and {@code seam-sdk-version}. */
    public Builder sdk(String name, String version) {
      this.sdkName = Objects.requireNonNull(name, "name == null");
      this.sdkVersion = Objects.requireNonNull(version, "version == null");
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name == null"),
          Objects.requireNonNull(value, "value == null"));
      return this;
    }

    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    /** The environment to read credentials and the endpoint from; the process's by default. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment == null"));
      return this;
    }

    /** For tests: what waits between retries. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** For tests: the clock {@code Retry-After} dates are measured against. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalStateException when credentials are missing, conflict or look wrong, or the
     *     endpoint is not a URL; the message says what to set
     */
    public ClientOptions build() {
      Map<String, String> env = environment != null ? environment : System.getenv();
      Credentials resolved = Credentials.resolve(auth, credentials, env);
      String url = endpoint;
      String source = "endpoint";
      if (url == null && endpointVariable != null && env.get(endpointVariable) != null) {
        url = env.get(endpointVariable);
        source = endpointVariable;
      }
      if (url == null) {
        url = defaultEndpoint;
      }
      if (url == null) {
        throw new IllegalStateException("no endpoint: set endpoint(...)"
            + (endpointVariable == null ? "" : " or " + endpointVariable));
      }
      if (httpClient == null) {
        httpClient = HttpClient.newBuilder()
            .connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout
                : Duration.ofSeconds(10))
            .build();
      }
      return new ClientOptions(this, parse(url, source), resolved);
    }

    private static URI parse(String url, String source) {
      try {
        URI uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
            || uri.getHost() == null) {
          throw new IllegalStateException(source + " '" + url + "' is not an http(s) URL");
        }
        return uri;
      } catch (URISyntaxException e) {
        throw new IllegalStateException(source + " '" + url + "' is not a URL: "
            + e.getReason());
      }
    }
  }
}
