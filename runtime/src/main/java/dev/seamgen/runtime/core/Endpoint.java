package dev.seamgen.runtime.core;

import dev.seamgen.runtime.core.transport.Operation;
import dev.seamgen.runtime.core.wire.PathTemplate;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation as the transport sees it: its name in messages, its method and path template such
 * as {@code /pet/{petId}}, and whether retrying it is safe. Generated clients hold one constant per
 * operation; the template is parsed once, here.
 */
public final class Endpoint implements Operation {
  private final String name;
  private final String method;
  private final PathTemplate path;
  private final boolean retrySafe;
  private final List<List<String>> security;
  private final URI baseUrl;
  private final String accept;

  private Endpoint(Endpoint endpoint, List<List<String>> security, URI baseUrl, String accept) {
    this.name = endpoint.name;
    this.method = endpoint.method;
    this.path = endpoint.path;
    this.retrySafe = endpoint.retrySafe;
    this.security = security;
    this.baseUrl = baseUrl;
    this.accept = accept;
  }

  private Endpoint(String name, String method, String path, boolean retrySafe) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.method = Objects.requireNonNull(method, "method == null").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(path, "path == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    if (!method.matches("[A-Za-z]+")) {
      throw new IllegalArgumentException("method '" + method + "' is not an HTTP method");
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path '" + path + "' does not start with /");
    }
    this.path = PathTemplate.parse(path);
    this.retrySafe = retrySafe;
    this.security = null;
    this.baseUrl = null;
    this.accept = null;
  }

  /**
   * An operation that only reads: retried on any transient failure (no connection, timeout, 408,
   * 429, 5xx).
   */
  public static Endpoint read(String name, String method, String path) {
    return new Endpoint(name, method, path, true);
  }

  /**
   * An operation that changes something: retried only where the server cannot have acted on it
   * (429, 503 with {@code Retry-After}, a refused connection).
   */
  public static Endpoint write(String name, String method, String path) {
    return new Endpoint(name, method, path, false);
  }

  /**
   * An operation on {@code pathTemplate}, such as {@code /pet/{petId}}; {@code retrySafe} as for
   * {@link #read} when true, as for {@link #write} when false.
   *
   * @throws IllegalArgumentException when the template is malformed, such as an unclosed brace
   */
  public static Endpoint of(String name, String method, String pathTemplate, boolean retrySafe) {
    return new Endpoint(name, method, pathTemplate, retrySafe);
  }

  /** The operation's name in errors and logs, such as {@code connected_accounts.get}. */
  @Override
  public String name() {
    return name;
  }

  /** The HTTP method, upper case. */
  @Override
  public String method() {
    return method;
  }

  /** The path template below the base URL, such as {@code /pet/{petId}}. */
  @Override
  public String path() {
    return path.toString();
  }

  /** Whether retrying after any transient failure is safe. */
  @Override
  public boolean isRetrySafe() {
    return retrySafe;
  }

  /**
   * This operation, authenticated as its spec says: with the first of {@code alternatives} whose
   * credentials the client has, each alternative naming credentials that must all be sent (an empty
   * one: none at all). Without this, an operation sends every credential the client has.
   */
  public Endpoint withSecurity(List<List<String>> alternatives) {
    Objects.requireNonNull(alternatives, "alternatives == null");
    List<List<String>> copy = new ArrayList<>();
    for (List<String> alternative : alternatives) {
      copy.add(List.copyOf(Objects.requireNonNull(alternative, "alternatives contains null")));
    }
    return new Endpoint(this, List.copyOf(copy), baseUrl, accept);
  }

  /**
   * This operation, sent to its own server, as a path- or operation-level {@code servers} entry of
   * the spec gives it, instead of the client's default; an endpoint the application sets still
   * wins.
   *
   * @throws IllegalStateException when {@code url} is not an http or https base URL
   */
  public Endpoint withBaseUrl(String url) {
    Objects.requireNonNull(url, "url == null");
    return new Endpoint(this, security, BaseUrl.parse(url, name + "'s server URL"), accept);
  }

  /**
   * This operation, asking for {@code mediaTypes} (an {@code Accept} header value such as {@code
   * *}{@code /*} or {@code text/csv, application/xml}): for an answer the spec does not offer as
   * JSON. Without this, a call whose answer is read as JSON asks for {@code application/json}.
   *
   * @throws IllegalArgumentException when {@code mediaTypes} is blank or spans lines
   */
  public Endpoint withAccept(String mediaTypes) {
    Objects.requireNonNull(mediaTypes, "mediaTypes == null");
    if (mediaTypes.isBlank() || mediaTypes.indexOf('\r') >= 0 || mediaTypes.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("'" + mediaTypes + "' is not an Accept header value");
    }
    return new Endpoint(this, security, baseUrl, mediaTypes);
  }

  /** The media types the operation asks for, set by {@link #withAccept}; empty when not set. */
  public Optional<String> accept() {
    return Optional.ofNullable(accept);
  }

  /** The operation's own base URL; empty when it uses the client's. */
  public Optional<URI> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /**
   * The credential alternatives this operation accepts, in the spec's order; empty when it leaves
   * that to the client (every credential it has is sent).
   */
  @Override
  public Optional<List<List<String>>> security() {
    return Optional.ofNullable(security);
  }

  /**
   * The path with its parameters filled from {@code encodedValues}.
   *
   * @throws IllegalArgumentException naming the operation and the parameter, when one has no value,
   *     a value names no parameter, or a value would change which path is reached
   */
  String expandPath(Map<String, String> encodedValues) {
    try {
      return path.expand(encodedValues);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return name
        + " ("
        + method
        + " "
        + (baseUrl == null ? "" : baseUrl)
        + path
        + (retrySafe ? ", retry-safe)" : ", not retry-safe)");
  }
}
