package dev.seamgen.runtime.core;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The URL a client's requests go to, as {@link EndpointResolver} resolved it, and whether the
 * application chose it (by {@code endpoint(...)} or the environment): a chosen URL wins over the
 * servers the spec gives single operations.
 */
final class BaseUrl {
  private final URI uri;
  private final boolean chosen;

  BaseUrl(URI uri, boolean chosen) {
    this.uri = uri;
    this.chosen = chosen;
  }

  /** The base URL, without a trailing slash. */
  URI uri() {
    return uri;
  }

  /** Whether the application chose this URL, rather than the spec's server or default. */
  boolean chosen() {
    return chosen;
  }

  /** Where {@code operation} goes: its own server's URL, unless the application chose one. */
  URI forOperation(Endpoint operation) {
    return chosen ? uri : operation.baseUrl().orElse(uri);
  }

  /**
   * Checks a base URL and drops a trailing slash; messages name where it came from ({@code source})
   * but never echo it.
   *
   * @throws IllegalStateException when it is not an http or https URL with a host, or holds user
   *     info, a query or a fragment
   */
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
          source + " must not contain user info; pass credentials to their own setters");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalStateException(source + " must be a base URL, without query or fragment");
    }
    return uri;
  }

  @Override
  public String toString() {
    return uri + (chosen ? " (chosen)" : "");
  }
}
