package dev.seamgen.generator.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How clients authenticate: the credentials a client builder accepts, and which combinations of
 * them are valid.
 *
 * @param alternatives each entry is one way to authenticate: the names of the credentials that must
 *     all be given, in the spec's order of preference
 * @param perOperation whether operations differ in the credentials they accept: a client may then
 *     hold any combination, and each operation sends what it accepts
 */
public record Auth(
    List<Credential> credentials, List<List<String>> alternatives, boolean perOperation) {
  public Auth {
    credentials = List.copyOf(credentials);
    alternatives = alternatives.stream().map(List::copyOf).toList();
  }

  public static Auth none() {
    return new Auth(List.of(), List.of(), false);
  }

  /** Where a credential goes in a request. */
  public enum Kind {
    /** {@code Authorization: Bearer}: HTTP bearer, OAuth2 and OpenID Connect tokens. */
    BEARER,
    /** {@code Authorization: Basic}: a user and a password. */
    BASIC,
    /** An API key in a header of its own. */
    HEADER,
    /** An API key in a query parameter. */
    QUERY,
    /** An API key in a cookie. */
    COOKIE
  }

  /**
   * One credential, from a security scheme.
   *
   * @param name the client builder's setter name, such as {@code apiKey}
   * @param parameterName the header, query parameter or cookie an API key is sent in; empty for
   *     {@code Authorization}
   * @param environmentVariable where the client looks when no value is set explicitly
   * @param prefix the prefix every valid value starts with
   * @param clientCredentials for an OAuth2 scheme with a client credentials flow: where the client
   *     gets its token itself
   */
  public record Credential(
      String schemeName,
      String name,
      Kind kind,
      Optional<String> parameterName,
      Optional<String> environmentVariable,
      Optional<String> prefix,
      String description,
      Optional<TokenFlow> clientCredentials) {
    public Credential {
      Objects.requireNonNull(clientCredentials, "clientCredentials == null");
      Objects.requireNonNull(schemeName, "schemeName == null");
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(parameterName, "parameterName == null");
      Objects.requireNonNull(environmentVariable, "environmentVariable == null");
      Objects.requireNonNull(prefix, "prefix == null");
      Objects.requireNonNull(description, "description == null");
    }
  }

  /**
   * OAuth2's client credentials flow of a scheme.
   *
   * @param tokenUrl the token endpoint, absolute or relative to the server URL, as the spec writes
   *     it
   * @param scopes the scopes the flow lists, asked for unless the application names others
   */
  public record TokenFlow(String tokenUrl, List<String> scopes) {
    public TokenFlow {
      Objects.requireNonNull(tokenUrl, "tokenUrl == null");
      scopes = List.copyOf(scopes);
    }
  }
}
