package dev.seamgen.runtime.core;

import dev.seamgen.runtime.core.auth.Environment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides a client's {@link BaseUrl}, first found wins: the endpoint the application set, the
 * environment variable that may give one (such as {@code SEAM_ENDPOINT}), the spec's server URL
 * with its variables, the default. Collects its settings from the client's builder; {@link
 * #resolve} checks them all, so that a wrong server variable never goes unnoticed.
 */
final class EndpointResolver {
  private String endpoint;
  private String environmentVariable;
  private ServerUrl server;
  private final Map<String, String> serverVariables = new LinkedHashMap<>();
  private String defaultEndpoint;

  /** The base URL, overriding the environment and the default. */
  EndpointResolver endpoint(String url) {
    this.endpoint = Objects.requireNonNull(url, "endpoint == null");
    return this;
  }

  /** The environment variable that may give the base URL. */
  EndpointResolver environmentVariable(String variable) {
    this.environmentVariable = Objects.requireNonNull(variable, "variable == null");
    return this;
  }

  /** The spec's server URL, with its variables at their defaults unless set. */
  EndpointResolver server(ServerUrl server) {
    this.server = Objects.requireNonNull(server, "server == null");
    return this;
  }

  /**
   * Sets variable {@code name} of the {@link #server} URL.
   *
   * @throws IllegalArgumentException when the server URL has no such variable
   */
  EndpointResolver serverVariable(String name, String value) {
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

  /** The base URL used when nothing else gives one. */
  EndpointResolver defaultEndpoint(String url) {
    this.defaultEndpoint = Objects.requireNonNull(url, "url == null");
    return this;
  }

  /**
   * The base URL, reading {@code environment} for the {@link #environmentVariable}.
   *
   * @throws IllegalStateException when a server variable is not one the spec allows, the URL found
   *     is not an http or https base URL, or none is found; the message says what to set
   */
  BaseUrl resolve(Environment environment) {
    String serverUrl;
    try {
      // Checked even when the endpoint is set, so that a wrong value never goes unnoticed.
      serverUrl = server == null ? null : server.expand(serverVariables);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage());
    }
    if (endpoint != null) {
      return new BaseUrl(BaseUrl.parse(endpoint, "endpoint"), true);
    }
    Optional<String> fromEnvironment =
        environmentVariable == null
            ? Optional.empty()
            : environment.get(environmentVariable).map(String::strip);
    if (fromEnvironment.isPresent()) {
      return new BaseUrl(BaseUrl.parse(fromEnvironment.get(), environmentVariable), true);
    }
    if (serverUrl != null) {
      return new BaseUrl(BaseUrl.parse(serverUrl, "the server URL"), false);
    }
    if (defaultEndpoint != null) {
      return new BaseUrl(BaseUrl.parse(defaultEndpoint, "defaultEndpoint"), false);
    }
    throw new IllegalStateException(
        "no endpoint: set endpoint(...)"
            + (environmentVariable == null ? "" : " or " + environmentVariable));
  }
}
