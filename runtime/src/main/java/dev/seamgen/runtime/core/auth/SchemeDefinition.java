package dev.seamgen.runtime.core.auth;

import java.util.List;
import java.util.Optional;

/**
 * One credential a client accepts, as the credentials need to know it: where it goes, where the
 * environment may give it, and what it should look like. The core's {@code SchemeDefinition} is
 * one.
 */
public interface SchemeDefinition {
  /** The credential's name, as its setter and messages call it. */
  String name();

  CredentialKind kind();

  /** The header, query parameter or cookie it is sent as; empty for bearer and basic. */
  Optional<String> parameterName();

  /** The environment variable that may give it. */
  Optional<String> environmentVariable();

  /** How a value of this kind starts, to catch one credential given for another. */
  Optional<String> prefix();

  /** Where a client credentials token is got, for an OAuth2 scheme. */
  Optional<String> tokenUrl();

  /** The scopes a client credentials token is asked for. */
  List<String> scopes();
}
