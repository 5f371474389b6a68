/**
 * Internal: a client's credentials. {@link dev.seamgen.runtime.core.auth.CredentialsBuilder}
 * collects them, one {@link dev.seamgen.runtime.core.auth.CredentialSource} per name (a value, a
 * supplier, or OAuth2's client credentials grant through {@link
 * dev.seamgen.runtime.core.auth.ClientCredentialsToken}), or reads them from the {@link
 * dev.seamgen.runtime.core.auth.Environment}; {@link dev.seamgen.runtime.core.auth.Credentials}
 * then says what each operation sends and, as the transport's authenticator, keeps tokens fresh.
 * Knows the API's schemes through {@link dev.seamgen.runtime.core.auth.AuthDefinition} and never
 * imports {@code dev.seamgen.runtime.core}. Not for applications.
 */
package dev.seamgen.runtime.core.auth;
