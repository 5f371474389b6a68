package com.example.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.auth.Vault;
import com.example.auth.model.Ok;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every security scheme of {@code auth.yaml} called against Prism, which checks each request
 * carries what the operation's {@code security} asks for: API keys in a header, the query and a
 * cookie, HTTP basic and bearer, an OAuth2 token the client gets itself with the client
 * credentials grant (from the spec's token endpoint, which Prism mocks too), and an OpenID
 * Connect token. The client reaches Prism through the server URL's variables, not an endpoint.
 */
class AuthPrismTest {
  private static PrismServer prism;
  private static Vault vault;

  @BeforeAll
  static void startPrism() throws Exception {
    prism = PrismServer.mock(Path.of(System.getProperty("auth.spec")));
    vault =
        Vault.builder()
            .port(Integer.toString(URI.create(prism.url()).getPort()))
            .headerKey("header-key")
            .queryKey("query key")
            .cookieKey("cookie&key")
            // Not a password with ':', which RFC 7617 allows but Prism refuses; the runtime's
            // tests send one.
            .basic("jane", "pass word")
            .bearer(() -> "bearer-token")
            .oauthClientCredentials("vault-app", "vault-secret")
            .oidc("oidc-token")
            .maxRetries(0)
            .build();
  }

  @AfterAll
  static void stopPrism() {
    prism.close();
  }

  @AfterEach
  void prismFoundNoViolation() {
    assertEquals(List.of(), prism.violations(), prism::log);
  }

  /** Prism answers a request that breaks the spec, or lacks its credentials, with an error. */
  private static void accepted(Ok answer) {
    assertTrue(answer.ok(), "the example answer");
  }

  @Test
  void apiKeysInAHeaderTheQueryAndACookie() {
    accepted(vault.keys().withHeaderKey());
    accepted(vault.keys().withQueryKey());
    accepted(vault.keys().withCookieKey());
  }

  @Test
  void httpBasicAndBearer() {
    accepted(vault.httpAuth().withBasic());
    accepted(vault.httpAuth().withBearer());
  }

  @Test
  void oauth2ClientCredentialsFetchesItsTokenFromTheSpecsTokenUrlOnce() {
    accepted(vault.tokens().withOauth());
    accepted(vault.tokens().withOauth());

    long tokenRequests =
        prism.log().lines().filter(line -> line.contains("post /oauth/token")).count();
    assertEquals(1, tokenRequests, prism::log);
  }

  @Test
  void openIdConnect() {
    accepted(vault.tokens().withOpenIdConnect());
  }

  @Test
  void anOperationWithoutSecurityNeedsNoCredentials() {
    Vault anonymous =
        Vault.builder().port(Integer.toString(URI.create(prism.url()).getPort())).build();

    accepted(anonymous.status().ping());
  }

  @Test
  void aCallWithoutItsCredentialFailsBeforeAnythingIsSent() {
    Vault keysOnly =
        Vault.builder()
            .port(Integer.toString(URI.create(prism.url()).getPort()))
            .headerKey("header-key")
            .build();
    prism.clearLog();

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> keysOnly.httpAuth().withBearer());

    assertEquals("http_auth.withBearer needs bearer; set it on the client's builder", e.getMessage());
    assertFalse(prism.log().contains("/http/bearer"), prism::log);
  }

  @Test
  void aServerVariableOutsideItsEnumFailsAtBuild() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Vault.builder().host("example.com").build());

    assertEquals(
        "server variable host is 'example.com'; it must be one of 127.0.0.1, localhost",
        e.getMessage());
  }
}
