package dev.seamgen.runtime.core;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One operation as the transport sees it: its name in messages, its method and path template
 * such as {@code /pet/{petId}}, and whether retrying it is safe. Generated clients hold one
 * constant per operation; the template is parsed once, here.
 */
public final class Endpoint {
  private final String name;
  private final String method;
  private final PathTemplate path;
  private final boolean retrySafe;

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
  }

  /**
   * An operation that only reads: retried on any transient failure (no connection, timeout,
   * 408, 429, 5xx).
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
   * An operation on {@code pathTemplate}, such as {@code /pet/{petId}}; {@code retrySafe} as
   * for {@link #read} when true, as for {@link #write} when false.
   *
   * @throws IllegalArgumentException when the template is malformed, such as an unclosed brace
   */
  public static Endpoint of(String name, String method, String pathTemplate, boolean retrySafe) {
    return new Endpoint(name, method, pathTemplate, retrySafe);
  }

  /** The operation's name in errors and logs, such as {@code connected_accounts.get}. */
  public String name() {
    return name;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The path template below the base URL, such as {@code /pet/{petId}}. */
  public String path() {
    return path.toString();
  }

  /** Whether retrying after any transient failure is safe. */
  public boolean isRetrySafe() {
    return retrySafe;
  }

  /**
   * Whether retrying after any transient failure is safe.
   *
   * @deprecated use {@link #isRetrySafe()}: a PUT or DELETE is safe to retry but not a read
   */
  @Deprecated
  public boolean isRead() {
    return retrySafe;
  }

  /**
   * The path with its parameters filled from {@code encodedValues}.
   *
   * @throws IllegalArgumentException naming the operation and the parameter, when one has no
   *     value, a value names no parameter, or a value would change which path is reached
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
    return name + " (" + method + " " + path + (retrySafe ? ", retry-safe)" : ", not retry-safe)");
  }
}
