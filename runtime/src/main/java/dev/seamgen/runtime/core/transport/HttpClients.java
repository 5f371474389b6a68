package dev.seamgen.runtime.core.transport;

import java.net.http.HttpClient;
import java.time.Duration;

/** The {@link HttpClient} a client sends with: the application's, if it is safe, or a new one. */
public final class HttpClients {
  /** The longest a new client waits for a connection, whatever the attempt's timeout. */
  static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private HttpClients() {}

  /**
   * {@code given}, or, when it is null, a client that waits for a connection no longer than {@code
   * timeout} (at most ten seconds).
   *
   * @throws IllegalStateException when {@code given} follows redirects and requests carry
   *     credentials
   */
  public static HttpClient choose(HttpClient given, boolean sendsCredentials, Duration timeout) {
    if (given == null) {
      return HttpClient.newBuilder()
          .connectTimeout(
              timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT)
          .build();
    }
    if (sendsCredentials && given.followRedirects() != HttpClient.Redirect.NEVER) {
      // The HTTP client repeats every header on a redirect, whatever host it leads to, and
      // offers no way to stop that: the credentials would go wherever a server points.
      throw new IllegalStateException(
          "the HttpClient given follows redirects ("
              + given.followRedirects()
              + "), which would send the credentials to any host "
              + "a redirect names; build it with followRedirects(HttpClient.Redirect.NEVER)");
    }
    return given;
  }
}
