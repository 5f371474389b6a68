package dev.seamgen.runtime.core;

import java.util.Objects;

/** One operation as the transport sees it: where it goes and whether retrying it is safe. */
public final class Endpoint {
  private final String name;
  private final String method;
  private final String path;
  private final boolean read;

  private Endpoint(String name, String method, String path, boolean read) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.method = Objects.requireNonNull(method, "method == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.read = read;
  }

  /** An operation that only reads: retried on any transient failure. */
  public static Endpoint read(String name, String method, String path) {
    return new Endpoint(name, method, path, true);
  }

  /**
   * An operation that changes something: retried only where the server cannot have acted on it.
   */
  public static Endpoint write(String name, String method, String path) {
    return new Endpoint(name, method, path, false);
  }

  /** The operation's name in errors and logs, such as {@code connected_accounts.get}. */
  public String name() {
    return name;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public boolean isRead() {
    return read;
  }

  @Override
  public String toString() {
    return name + " (" + method + " " + path + ")";
  }
}
