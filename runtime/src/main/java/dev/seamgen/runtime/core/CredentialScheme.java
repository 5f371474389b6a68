package dev.seamgen.runtime.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One credential a client builder accepts: how it is sent, where it is found in the environment,
 * and what valid values start with. Immutable; the modifiers return copies.
 *
 * <pre>{@code
 * CredentialScheme.bearer("apiKey").environmentVariable("SEAM_API_KEY").prefix("seam_")
 * CredentialScheme.header("workspaceId", "seam-workspace").environmentVariable("SEAM_WORKSPACE_ID")
 * }</pre>
 */
public final class CredentialScheme {
  private final String name;
  private final String header;
  private final String environmentVariable;
  private final String prefix;

  private CredentialScheme(String name, String header, String environmentVariable, String prefix) {
    this.name = name;
    this.header = header;
    this.environmentVariable = environmentVariable;
    this.prefix = prefix;
  }

  /** A token sent as {@code Authorization: Bearer <value>}; {@code name} is the setter's name. */
  public static CredentialScheme bearer(String name) {
    return new CredentialScheme(nonBlank(name, "name"), null, null, null);
  }

  /** A value sent as it is in header {@code headerName}, such as {@code seam-workspace}. */
  public static CredentialScheme header(String name, String headerName) {
    return new CredentialScheme(
        nonBlank(name, "name"), nonBlank(headerName, "headerName"), null, null);
  }

  /** A copy that is read from {@code variable} when no credential is set explicitly. */
  public CredentialScheme environmentVariable(String variable) {
    return new CredentialScheme(name, header, nonBlank(variable, "variable"), prefix);
  }

  /**
   * A copy whose values must start with {@code prefix}. Prefixes also catch a token given to the
   * wrong setter: a value carrying another scheme's longer prefix is refused.
   */
  public CredentialScheme prefix(String prefix) {
    return new CredentialScheme(name, header, environmentVariable, nonBlank(prefix, "prefix"));
  }

  /** The builder setter's name, such as {@code apiKey}. */
  public String name() {
    return name;
  }

  /** The header the value is sent in; empty for a bearer token. */
  public Optional<String> header() {
    return Optional.ofNullable(header);
  }

  public Optional<String> environmentVariable() {
    return Optional.ofNullable(environmentVariable);
  }

  public Optional<String> prefix() {
    return Optional.ofNullable(prefix);
  }

  @Override
  public String toString() {
    return "CredentialScheme{"
        + name
        + (header == null ? ", bearer" : ", header=" + header)
        + (environmentVariable == null ? "" : ", environmentVariable=" + environmentVariable)
        + (prefix == null ? "" : ", prefix=" + prefix)
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
