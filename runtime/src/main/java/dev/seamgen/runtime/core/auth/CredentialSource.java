package dev.seamgen.runtime.core.auth;

import dev.seamgen.runtime.core.transport.Redactor;
import dev.seamgen.runtime.core.wire.PercentEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where one credential's value comes from: given as it is, asked of a supplier before each attempt,
 * or fetched with OAuth2's client credentials grant. {@link Credentials} holds one per credential
 * set, so that setting a credential again replaces how it is got.
 */
abstract class CredentialSource {
  private CredentialSource() {}

  static CredentialSource fixed(String value) {
    return new Fixed(value);
  }

  static CredentialSource supplied(Supplier<String> supplier) {
    return new Supplied(supplier);
  }

  static CredentialSource granted(ClientCredentialsToken.Grant grant) {
    return new Granted(grant, null);
  }

  /**
   * The value to send now; a supplied token is checked and learned by {@code redactor} first.
   *
   * @throws IllegalStateException when a supplier gives nothing that can be sent; the message names
   *     {@code name}, never the value
   */
  abstract String current(String name, Redactor redactor);

  /** Whether the value may differ from one attempt to the next. */
  boolean changes() {
    return true;
  }

  /** Every form a value known now is sent or could be echoed in, for the redactor. */
  List<String> secrets(CredentialKind kind) {
    return List.of();
  }

  /**
   * Forgets {@code rejected} if it is the token this source fetched.
   *
   * @return whether a new token will be fetched, so that sending again may succeed
   */
  boolean dropRejected(String rejected) {
    return false;
  }

  static String basic(String userAndPassword) {
    return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  /** A value given by the application or read from the environment. */
  private static final class Fixed extends CredentialSource {
    private final String value;

    Fixed(String value) {
      this.value = value;
    }

    @Override
    String current(String name, Redactor redactor) {
      return value;
    }

    @Override
    boolean changes() {
      return false;
    }

    /** As given, percent-encoded for the query and cookies, a basic password and its Base64. */
    @Override
    List<String> secrets(CredentialKind kind) {
      List<String> secrets = new ArrayList<>(List.of(value));
      if (kind == CredentialKind.QUERY || kind == CredentialKind.COOKIE) {
        secrets.add(PercentEncoder.UNRESERVED.encode(value));
      } else if (kind == CredentialKind.BASIC) {
        secrets.add(value.substring(value.indexOf(':') + 1));
        secrets.add(basic(value));
      }
      return secrets;
    }
  }

  /** A bearer token asked of the application's supplier before each attempt. */
  private static final class Supplied extends CredentialSource {
    private final Supplier<String> supplier;

    Supplied(Supplier<String> supplier) {
      this.supplier = supplier;
    }

    @Override
    String current(String name, Redactor redactor) {
      String token = supplier.get();
      String where = "the token " + name + "'s supplier gave";
      if (token == null) {
        throw new IllegalStateException(where + " is null; it must return the token");
      }
      redactor.learn(token);
      if (token.isBlank()) {
        throw new IllegalStateException(where + " is blank; it must return the token");
      }
      CredentialChecks.checkCharacters(where, token, true);
      return token;
    }
  }

  /** A bearer token fetched with the client credentials grant, once connected to its token URL. */
  static final class Granted extends CredentialSource {
    final ClientCredentialsToken.Grant grant;
    private final ClientCredentialsToken token;

    Granted(ClientCredentialsToken.Grant grant, ClientCredentialsToken token) {
      this.grant = grant;
      this.token = token;
    }

    /** This grant, fetching its tokens with {@code token}. */
    Granted connect(ClientCredentialsToken token) {
      return new Granted(grant, token);
    }

    @Override
    String current(String name, Redactor redactor) {
      if (token == null) {
        throw new IllegalStateException(name + "'s client credentials are not connected");
      }
      return token.token();
    }

    @Override
    List<String> secrets(CredentialKind kind) {
      return grant.secrets();
    }

    @Override
    boolean dropRejected(String rejected) {
      token.invalidate(rejected);
      return true;
    }
  }
}
