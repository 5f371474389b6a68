package dev.seamgen.runtime.core;

import java.util.Locale;
import java.util.Objects;

/**
 * One operation as the transport sees it: its name in messages, where it goes, and whether
 * retrying it is safe. Generated clients hold one constant per operation.
 */
public final class Endpoint {
  private final String name;
  private final String method;
  private final String path;
  private final boolean read;

  private Endpoint(String name, String method, String path, boolean read) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.method = Objects.requireNonNull(method, "method == null").toUpperCase(Locale.ROOT);
    this.path = Objects.requireNonNull(path, "path == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    if (!method.matches("[A-Za-z]+")) {
      throw new IllegalArgumentException("method '" + method + "' is not an HTTP method");
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path '" + path + "' does not start with /");
    }
    this.read = read;
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

  /** The operation's name in errors and logs, such as {@code connected_accounts.get}. */
  public String name() {
    return name;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The path below the endpoint's base URL, such as {@code /connected_accounts/get}. */
  public String path() {
    return path;
  }

  /** Whether retrying after any transient failure is safe. */
  public boolean isRead() {
    return read;
  }

  @Override
  public String toString() {
    return name + " (" + method + " " + path + (read ? ", read)" : ", write)");
  }
}
