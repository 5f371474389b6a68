package dev.seamgen.generator.read.endpoint;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Checks the auth values that generated code uses as they are, not as prose: API key header names,
 * environment variable names, builder setter names, token URLs and scopes. Each must match a strict
 * pattern, so that what the generated client sends and reads is exactly what the spec says.
 */
final class AuthValueChecker {
  /** RFC 7230 token: what a header field name may be. */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** POSIX portable environment variable name. */
  private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** RFC 6749's scope-token. */
  private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  private final ProblemCollector problems;

  AuthValueChecker(ProblemCollector problems) {
    this.problems = problems;
  }

  /**
   * The token URL of an OAuth2 flow, absolute (http or https) or relative to the server URL; empty,
   * with a warning, when it cannot be used.
   */
  Optional<String> tokenUrl(String url, Location at) {
    if (url != null && Urls.hasUrlCharacters(url) && !Urls.hasUserInfo(url)) {
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
            + SpecStrings.quoted(String.valueOf(url))
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
            + SpecStrings.quoted(String.valueOf(scope))
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
        "header name "
            + SpecStrings.quoted(String.valueOf(name))
            + " is not a valid HTTP "
            + "header name",
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
        SpecStrings.quoted(name) + " is not a valid environment variable name",
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
            + SpecStrings.quoted(name)
            + " is not a Java name; the builder "
            + "setter is called "
            + fallback,
        "Use a Java name such as apiKey");
    return fallback;
  }
}
