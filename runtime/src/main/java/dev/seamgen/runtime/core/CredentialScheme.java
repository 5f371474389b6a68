package dev.seamgen.runtime.core;

import dev.seamgen.runtime.core.auth.CredentialKind;
import dev.seamgen.runtime.core.auth.SchemeDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One credential a client builder accepts: how it is sent, where it is found in the environment,
 * and what valid values start with. Immutable; the modifiers return copies.
 *
 * <pre>{@code
 * CredentialScheme.bearer("apiKey").environmentVariable("SEAM_API_KEY").prefix("seam_")
 * CredentialScheme.header("workspaceId", "seam-workspace").environmentVariable("SEAM_WORKSPACE_ID")
 * CredentialScheme.query("apiKey", "api_key")
 * CredentialScheme.basic("basicAuth")
 * CredentialScheme.bearer("oauth").clientCredentials("/oauth/token", List.of("read"))
 * }</pre>
 */
public final class CredentialScheme implements SchemeDefinition {
  private final String name;
  private final CredentialKind kind;
  private final String parameter;
  private final String environmentVariable;
  private final String prefix;
  private final String tokenUrl;
  private final List<String> scopes;

  private CredentialScheme(
      String name,
      CredentialKind kind,
      String parameter,
      String environmentVariable,
      String prefix) {
    this(name, kind, parameter, environmentVariable, prefix, null, List.of());
  }

  private CredentialScheme(
      String name,
      CredentialKind kind,
      String parameter,
      String environmentVariable,
      String prefix,
      String tokenUrl,
      List<String> scopes) {
    this.name = name;
    this.kind = kind;
    this.parameter = parameter;
    this.environmentVariable = environmentVariable;
    this.prefix = prefix;
    this.tokenUrl = tokenUrl;
    this.scopes = scopes;
  }

  /** A token sent as {@code Authorization: Bearer <value>}; {@code name} is the setter's name. */
  public static CredentialScheme bearer(String name) {
    return new CredentialScheme(nonBlank(name, "name"), CredentialKind.BEARER, null, null, null);
  }

  /**
   * A user and password sent as {@code Authorization: Basic base64(user:password)}; the value is
   * {@code user:password} (read so from an environment variable too).
   */
  public static CredentialScheme basic(String name) {
    return new CredentialScheme(nonBlank(name, "name"), CredentialKind.BASIC, null, null, null);
  }

  /** A value sent as it is in header {@code headerName}, such as {@code seam-workspace}. */
  public static CredentialScheme header(String name, String headerName) {
    return new CredentialScheme(
        nonBlank(name, "name"),
        CredentialKind.HEADER,
        nonBlank(headerName, "headerName"),
        null,
        null);
  }

  /** A value sent in query parameter {@code parameterName}, such as {@code api_key}. */
  public static CredentialScheme query(String name, String parameterName) {
    return new CredentialScheme(
        nonBlank(name, "name"),
        CredentialKind.QUERY,
        nonBlank(parameterName, "parameterName"),
        null,
        null);
  }

  /** A value sent as cookie {@code cookieName}. */
  public static CredentialScheme cookie(String name, String cookieName) {
    return new CredentialScheme(
        nonBlank(name, "name"),
        CredentialKind.COOKIE,
        nonBlank(cookieName, "cookieName"),
        null,
        null);
  }

  /** A copy that is read from {@code variable} when no credential is set explicitly. */
  public CredentialScheme environmentVariable(String variable) {
    return new CredentialScheme(
        name, kind, parameter, nonBlank(variable, "variable"), prefix, tokenUrl, scopes);
  }

  /**
   * A copy of this bearer scheme whose token can also be got with OAuth2's client credentials
   * grant, from {@code tokenUrl} (absolute, or relative to the client's base URL), asking for
   * {@code scopes} unless the application names others.
   */
  public CredentialScheme clientCredentials(String tokenUrl, List<String> scopes) {
    if (kind != CredentialKind.BEARER) {
      throw new IllegalArgumentException(name + " is not a bearer scheme");
    }
    Objects.requireNonNull(scopes, "scopes == null");
    return new CredentialScheme(
        name,
        kind,
        parameter,
        environmentVariable,
        prefix,
        nonBlank(tokenUrl, "tokenUrl"),
        List.copyOf(scopes));
  }

  /**
   * A copy whose values must start with {@code prefix}. Prefixes also catch a token given to the
   * wrong setter: a value carrying another scheme's longer prefix is refused.
   */
  public CredentialScheme prefix(String prefix) {
    return new CredentialScheme(
        name, kind, parameter, environmentVariable, nonBlank(prefix, "prefix"), tokenUrl, scopes);
  }

  /** The builder setter's name, such as {@code apiKey}. */
  @Override
  public String name() {
    return name;
  }

  /** Where the value goes. */
  @Override
  public CredentialKind kind() {
    return kind;
  }

  /** The header the value is sent in; empty unless it is {@link CredentialKind#HEADER}. */
  public Optional<String> header() {
    return kind == CredentialKind.HEADER ? Optional.of(parameter) : Optional.empty();
  }

  /** The header, query parameter or cookie name; empty for {@code Authorization}. */
  @Override
  public Optional<String> parameterName() {
    return Optional.ofNullable(parameter);
  }

  @Override
  public Optional<String> environmentVariable() {
    return Optional.ofNullable(environmentVariable);
  }

  @Override
  public Optional<String> prefix() {
    return Optional.ofNullable(prefix);
  }

  /** Where a client credentials token is got, as the spec writes it; empty if not given. */
  @Override
  public Optional<String> tokenUrl() {
    return Optional.ofNullable(tokenUrl);
  }

  /** The scopes a client credentials token is asked for unless the application names others. */
  @Override
  public List<String> scopes() {
    return scopes;
  }

  @Override
  public String toString() {
    return "CredentialScheme{"
        + name
        + ", "
        + kind.name().toLowerCase(Locale.ROOT)
        + (parameter == null ? "" : "=" + parameter)
        + (environmentVariable == null ? "" : ", environmentVariable=" + environmentVariable)
        + (prefix == null ? "" : ", prefix=" + prefix)
        + (tokenUrl == null ? "" : ", tokenUrl=" + tokenUrl + ", scopes=" + scopes)
        + "}";
  }

  private static String nonBlank(String value, String what) {
    Objects.requireNonNull(value, what + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    return value;
  }
}
