package dev.seamgen.generator.read.endpoint;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of URLs written in the spec that generated code uses as they are. */
final class Urls {
  /** RFC 3986 characters: unreserved, reserved and percent signs. */
  private static final Pattern URL_CHARACTERS =
      Pattern.compile("[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+");

  private Urls() {}

  /** Whether {@code url} holds only RFC 3986 characters: unreserved, reserved and percent signs. */
  static boolean hasUrlCharacters(String url) {
    return URL_CHARACTERS.matcher(url).matches();
  }

  /** Whether {@code url} is an absolute http or https URL with a host. */
  static boolean isHttpUrl(String url) {
    if (!hasUrlCharacters(url)) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Whether {@code url} names a user (and perhaps a password) before its host. */
  static boolean hasUserInfo(String url) {
    int start = url.indexOf("//");
    if (start < 0) {
      return false;
    }
    String rest = url.substring(start + 2);
    int end = rest.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int at = rest.indexOf(c);
      end = at < 0 ? end : Math.min(end, at);
    }
    return rest.substring(0, end).contains("@");
  }
}
