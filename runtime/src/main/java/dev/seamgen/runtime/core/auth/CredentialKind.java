package dev.seamgen.runtime.core.auth;

/** Where a credential goes in a request. */
public enum CredentialKind {
  /** {@code Authorization: Bearer <token>}; the token may come from a supplier. */
  BEARER,
  /** {@code Authorization: Basic base64(user:password)}. */
  BASIC,
  /** A header of its own. */
  HEADER,
  /** A query parameter, percent-encoded. */
  QUERY,
  /** A cookie, percent-encoded. */
  COOKIE
}
