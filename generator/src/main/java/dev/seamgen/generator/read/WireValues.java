package dev.seamgen.generator.read;

import dev.seamgen.generator.ir.Location;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Checks the spec values that generated code uses as they are, not as prose: the server URL, API
 * key header names, environment variable names and builder setter names. Each must match a strict
 * pattern, so that what the generated client sends and reads is exactly what the spec says and
 * nothing else reaches the generated source.
 */
final class WireValues {
  /** RFC 3986 characters: unreserved, reserved and percent signs. */
  private static final Pattern URL_CHARACTERS =
      Pattern.compile("[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+");

  /** RFC 7230 token: what a header field name may be. */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** POSIX portable environment variable name. */
  private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final Pattern SERVER_VARIABLE = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

  /** Longer values are cut in messages, so that one line stays readable. */
  private static final int SHOWN = 80;

  private final Problems problems;

  WireValues(Problems problems) {
    this.problems = problems;
  }

  /**
   * The first server's URL, with server variables replaced by their defaults; empty when the spec
   * names no server (Swagger Parser then makes up {@code /}) or only a relative one.
   */
  Optional<String> serverUrl(List<Server> servers, Location root) {
    if (servers == null || servers.isEmpty()) {
      return Optional.empty();
    }
    Server server = servers.get(0);
    Location at = root.child("servers").child("0").child("url");
    String written = server.getUrl();
    if (written == null || written.equals("/")) {
      return Optional.empty();
    }
    String url = substituteVariables(written, server, at);
    if (url == null) {
      return Optional.empty();
    }
    if (url.startsWith("/") && !url.startsWith("//")) {
      problems.warning(
          at,
          "server URL " + shown(url) + " is relative, so the client has no " + "default endpoint",
          "Write an absolute URL such as https://api.example.com/v1, or "
              + "let users set the endpoint");
      return Optional.empty();
    }
    if (url.startsWith("//")) {
      // Scheme-relative, as specs converted from Swagger 2.0 without 'schemes' have it.
      url = "https:" + url;
      problems.warning(
          at,
          "server URL " + shown(written) + " names no scheme; https is assumed",
          "Write the scheme, such as https://api.example.com/v1");
    }
    if (hasUserInfo(url)) {
      // Not shown: the part before @ may be a password.
      problems.warning(
          at,
          "server URL holds a user name or password, so the client has no default endpoint",
          "Take them out of the spec; users pass credentials to the client builder");
      return Optional.empty();
    }
    if (!isHttpUrl(url)) {
      // Never used as it is: it would reach generated code.
      problems.warning(
          at,
          "server URL "
              + shown(url)
              + " is not a valid http or https URL, so the client has "
              + "no default endpoint",
          "Write an absolute URL such as https://api.example.com/v1, with characters outside "
              + "RFC 3986 percent-encoded; meanwhile users set the endpoint on the client builder");
      return Optional.empty();
    }
    return Optional.of(url);
  }

  /** Whether {@code name} is an HTTP header field name (an RFC 7230 token). */
  boolean checkHeaderName(String name, Location at) {
    if (name != null && HEADER_NAME.matcher(name).matches()) {
      return true;
    }
    problems.error(
        at,
        "header name " + shown(String.valueOf(name)) + " is not a valid HTTP " + "header name",
        "Use letters, digits and - only, such as X-Api-Key (an RFC 7230 token)");
    return false;
  }

  /** Whether {@code name} is a portable environment variable name. */
  boolean checkEnvironmentVariable(String name, Location at) {
    if (ENVIRONMENT_VARIABLE.matcher(name).matches()) {
      return true;
    }
    problems.error(
        at,
        shown(name) + " is not a valid environment variable name",
        "Use letters, digits and _ only, not starting with a digit, such as SEAM_API_KEY");
    return false;
  }

  /**
   * {@code name} when it can name a builder setter; else, with a warning, the Java name made from
   * it.
   */
  String setterName(String name, String fallback, Location at) {
    if (SourceVersion.isIdentifier(name)
        && !SourceVersion.isKeyword(name)
        && name.chars().allMatch(c -> c < 128)) {
      return name;
    }
    problems.warning(
        at,
        "credential name "
            + shown(name)
            + " is not a Java name; the builder "
            + "setter is called "
            + fallback,
        "Use a Java name such as apiKey");
    return fallback;
  }

  private String substituteVariables(String url, Server server, Location at) {
    Matcher variable = SERVER_VARIABLE.matcher(url);
    StringBuilder result = new StringBuilder();
    while (variable.find()) {
      String name = variable.group(1);
      ServerVariable value = server.getVariables() == null ? null : server.getVariables().get(name);
      if (value == null || value.getDefault() == null) {
        problems.warning(
            at,
            "server URL variable "
                + shown("{" + name + "}")
                + " has no default, so the "
                + "client has no default endpoint",
            "Declare it under the server's variables with a default value");
        return null;
      }
      variable.appendReplacement(result, Matcher.quoteReplacement(value.getDefault()));
    }
    variable.appendTail(result);
    return result.toString();
  }

  private static boolean isHttpUrl(String url) {
    if (!URL_CHARACTERS.matcher(url).matches()) {
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

  private static boolean hasUserInfo(String url) {
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

  /** {@code value} quoted, cut to a readable length, with line breaks shown as escapes. */
  static String shown(String value) {
    String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
    return "'" + (oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "...") + "'";
  }
}
