package dev.seamgen.runtime.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One credential a client builder accepts: how it is sent, where it is found in the
 * environment, and what valid values start with.
 */
public final class CredentialScheme {
  private final String name;
  private final String header;
  private final String environmentVariable;
  private final String prefix;

  private CredentialScheme(String name, String header, String environmentVariable,
      String prefix) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.header = header;
    this.environmentVariable = environmentVariable;
    this.prefix = prefix;
  }

  /** A token sent as {@code Authorization: Bearer <value>}; {@code name} is the setter's name. */
  public static CredentialScheme bearer(String name) {
    return new CredentialScheme(name, null, null, null);
  }

  /** A value sent in its own header, such as {@code seam-workspace}. */
  public static CredentialScheme header(String name, String headerName) {
    return new CredentialScheme(name, Objects.requireNonNull(headerName, "headerName == null"),
        null, null);
  }

  /** A copy that is read from {@code variable} when no credential is set explicitly. */
  public CredentialScheme environmentVariable(String variable) {
    return new CredentialScheme(name, header,
        Objects.requireNonNull(variable, "variable == null"), prefix);
  }

  /** A copy whose values must start with {@code prefix}. */
  public CredentialScheme prefix(String prefix) {
    return new CredentialScheme(name, header, environmentVariable,
        Objects.requireNonNull(prefix, "prefix == null"));
  }

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
    return "CredentialScheme{" + name + "}";
  }
}
