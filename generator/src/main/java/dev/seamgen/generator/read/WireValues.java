package dev.seamgen.generator.read;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.ServerTemplate;
import dev.seamgen.generator.naming.Naming;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

  /** RFC 3986 unreserved characters: what a server variable's value may hold. */
  private static final Pattern SERVER_VALUE = Pattern.compile("[A-Za-z0-9._~-]+");

  /** RFC 6749's scope-token. */
  private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  /** Longer values are cut in messages, so that one line stays readable. */
  private static final int SHOWN = 80;

  private final Problems problems;

  WireValues(Problems problems) {
    this.problems = problems;
  }

  /**
   * The first server's URL, with server variables replaced by their defaults; empty when the spec
   * names no server (Swagger Parser then makes up {@code /}) or only a relative one.
   *
   * @param root the spec's root, where its {@code servers} are
   */
  Optional<String> serverUrl(List<Server> servers, Location root) {
    return serverUrl(servers, root, "the client has no default endpoint");
  }

  /**
   * Like {@link #serverUrl(List, Location)}, for the {@code servers} of a path or an operation
   * ({@code owner}); when they cannot be used, the operation is sent to the client's endpoint.
   */
  Optional<String> operationServerUrl(List<Server> servers, Location owner) {
    return serverUrl(servers, owner, "the operation is sent to the client's endpoint");
  }

  private Optional<String> serverUrl(List<Server> servers, Location owner, String otherwise) {
    if (servers == null || servers.isEmpty()) {
      return Optional.empty();
    }
    Server server = servers.get(0);
    Location at = owner.child("servers").child("0").child("url");
    String written = server.getUrl();
    if (written == null || written.equals("/")) {
      return Optional.empty();
    }
    String url = substituteVariables(written, server, at, otherwise);
    if (url == null) {
      return Optional.empty();
    }
    if (url.startsWith("/") && !url.startsWith("//")) {
      problems.warning(
          at,
          "server URL " + shown(url) + " is relative, so " + otherwise,
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
          "server URL holds a user name or password, so " + otherwise,
          "Take them out of the spec; users pass credentials to the client builder");
      return Optional.empty();
    }
    if (!isHttpUrl(url)) {
      // Never used as it is: it would reach generated code.
      problems.warning(
          at,
          "server URL " + shown(url) + " is not a valid http or https URL, so " + otherwise,
          "Write an absolute URL such as https://api.example.com/v1, with characters outside "
              + "RFC 3986 percent-encoded; meanwhile users set the endpoint on the client builder");
      return Optional.empty();
    }
    return Optional.of(url);
  }

  /**
   * The first server's URL with its variables, when it has any and the client can let users set
   * them: each default and allowed value must be of RFC 3986's unreserved characters, which cannot
   * change where the URL leads. Call after {@link #serverUrl} gave a URL.
   *
   * @param taken names the builder has already, which a variable's setter must not take
   */
  Optional<ServerTemplate> serverTemplate(Server server, Location owner, Set<String> taken) {
    Location at = owner.child("servers").child("0");
    String template = server.getUrl();
    if (template.startsWith("//")) {
      template = "https:" + template;
    }
    List<ServerTemplate.Variable> variables = new ArrayList<>();
    Matcher placeholder = SERVER_VARIABLE.matcher(template);
    Set<String> seen = new LinkedHashSet<>();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      if (!seen.add(name)) {
        continue;
      }
      ServerVariable variable = server.getVariables().get(name);
      Location variableAt = at.child("variables").child(name);
      List<String> allowed = variable.getEnum() == null ? List.of() : variable.getEnum();
      List<String> values = new ArrayList<>(allowed);
      values.add(variable.getDefault());
      for (String value : values) {
        if (value == null || !SERVER_VALUE.matcher(value).matches()) {
          problems.warning(
              variableAt,
              "server variable "
                  + shown(name)
                  + " has the value "
                  + shown(String.valueOf(value))
                  + ", which could change where the URL leads, so the client cannot set it",
              "Use letters, digits and . _ ~ - only; meanwhile users set the endpoint");
          return Optional.empty();
        }
      }
      if (!allowed.isEmpty() && !allowed.contains(variable.getDefault())) {
        problems.warning(
            variableAt.child("default"),
            "server variable " + shown(name) + "'s default is not one of its enum values",
            "Make the default one of the enum values, as OpenAPI requires");
      }
      String javaName = Naming.memberName(name);
      if (javaName.isEmpty() || taken.contains(javaName)) {
        javaName = javaName + "Variable";
      }
      taken.add(javaName);
      variables.add(
          new ServerTemplate.Variable(
              name,
              javaName,
              variable.getDefault(),
              allowed,
              SchemaTranslator.text(variable.getDescription())));
    }
    return variables.isEmpty()
        ? Optional.empty()
        : Optional.of(new ServerTemplate(template, variables));
  }

  /**
   * The token URL of an OAuth2 flow, absolute (http or https) or relative to the server URL; empty,
   * with a warning, when it cannot be used.
   */
  Optional<String> tokenUrl(String url, Location at) {
    if (url != null && URL_CHARACTERS.matcher(url).matches() && !hasUserInfo(url)) {
      try {
        URI uri = new URI(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!uri.isAbsolute() && uri.getRawAuthority() == null)
            || ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null)) {
          return Optional.of(url);
        }
      } catch (URISyntaxException e) {
        // Warned about below.
      }
    }
    problems.warning(
        at,
        "token URL "
            + shown(String.valueOf(url))
            + " is not an http or https URL, so the client cannot get tokens itself",
        "Write an absolute URL such as https://auth.example.com/token or a path such as"
            + " /oauth/token; meanwhile users pass tokens to the client builder");
    return Optional.empty();
  }

  /** Whether {@code scope} is an OAuth2 scope token (RFC 6749 §3.3). */
  boolean checkScope(String scope, Location at) {
    if (scope != null && SCOPE.matcher(scope).matches()) {
      return true;
    }
    problems.warning(
        at,
        "scope "
            + shown(String.valueOf(scope))
            + " is not a valid OAuth2 scope and is not asked for",
        "Use printable ASCII characters without spaces, quotes or backslashes (RFC 6749 §3.3)");
    return false;
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

  private String substituteVariables(String url, Server server, Location at, String otherwise) {
    Matcher variable = SERVER_VARIABLE.matcher(url);
    StringBuilder result = new StringBuilder();
    while (variable.find()) {
      String name = variable.group(1);
      ServerVariable value = server.getVariables() == null ? null : server.getVariables().get(name);
      if (value == null || value.getDefault() == null) {
        problems.warning(
            at,
            "server URL variable " + shown("{" + name + "}") + " has no default, so " + otherwise,
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
