package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthConfigTest {
  @Test
  void alternativesKeepTheirPriorityOrder() {
    assertEquals(
        List.of(
            List.of("apiKey"),
            List.of("personalAccessToken", "workspaceId"),
            List.of("clientSessionToken")),
        AUTH.alternatives());
    assertEquals(
        List.of("apiKey", "personalAccessToken", "workspaceId", "clientSessionToken"),
        List.copyOf(AUTH.schemes().keySet()));
    assertFalse(AUTH.isNone());
  }

  @Test
  void withoutAlternativesEachSchemeIsOne() {
    AuthConfig auth =
        AuthConfig.builder()
            .scheme(CredentialScheme.bearer("token"))
            .scheme(CredentialScheme.header("key", "x-key"))
            .build();

    assertEquals(List.of(List.of("token"), List.of("key")), auth.alternatives());
  }

  @Test
  void noneHasNoSchemes() {
    assertTrue(AuthConfig.none().isNone());
    assertEquals(List.of(), AuthConfig.none().alternatives());
  }

  @Test
  void mistakesAreRefusedNamingTheScheme() {
    AuthConfig.Builder builder = AuthConfig.builder().scheme(CredentialScheme.bearer("apiKey"));

    assertEquals(
        "scheme apiKey is defined twice",
        assertThrows(
                IllegalArgumentException.class,
                () -> builder.scheme(CredentialScheme.bearer("apiKey")))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> builder.alternative("pat"))
            .getMessage()
            .startsWith("unknown scheme pat"));
    assertEquals(
        "scheme apiKey is named twice",
        assertThrows(IllegalArgumentException.class, () -> builder.alternative("apiKey", "apiKey"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, builder::alternative);
  }

  @Test
  void theConfigCannotBeChanged() {
    assertThrows(UnsupportedOperationException.class, () -> AUTH.alternatives().add(List.of()));
    assertThrows(UnsupportedOperationException.class, () -> AUTH.schemes().clear());
  }
}
