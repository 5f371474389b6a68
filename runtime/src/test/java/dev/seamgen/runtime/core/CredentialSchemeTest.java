package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.seamgen.runtime.core.auth.CredentialKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialSchemeTest {
  @Test
  void modifiersReturnCopies() {
    CredentialScheme plain = CredentialScheme.bearer("apiKey");
    CredentialScheme full = plain.environmentVariable("SEAM_API_KEY").prefix("seam_");

    assertEquals(Optional.empty(), plain.environmentVariable());
    assertEquals(Optional.empty(), plain.prefix());
    assertEquals("apiKey", full.name());
    assertEquals(Optional.of("SEAM_API_KEY"), full.environmentVariable());
    assertEquals(Optional.of("seam_"), full.prefix());
    assertEquals(Optional.empty(), full.header(), "a bearer token has no header of its own");
  }

  @Test
  void aHeaderSchemeNamesItsHeader() {
    CredentialScheme workspace = CredentialScheme.header("workspaceId", "seam-workspace");

    assertEquals(Optional.of("seam-workspace"), workspace.header());
    assertEquals("CredentialScheme{workspaceId, header=seam-workspace}", workspace.toString());
  }

  @Test
  void queryCookieAndBasicSchemesSayWhereTheyGo() {
    CredentialScheme query = CredentialScheme.query("apiKey", "api_key");
    CredentialScheme cookie = CredentialScheme.cookie("session", "sid");
    CredentialScheme basic = CredentialScheme.basic("basicAuth").environmentVariable("BASIC");

    assertEquals(CredentialKind.QUERY, query.kind());
    assertEquals(Optional.of("api_key"), query.parameterName());
    assertEquals(Optional.empty(), query.header(), "only a header scheme has a header");
    assertEquals(CredentialKind.COOKIE, cookie.kind());
    assertEquals(CredentialKind.BASIC, basic.kind());
    assertEquals(Optional.empty(), basic.parameterName());
    assertEquals("CredentialScheme{apiKey, query=api_key}", query.toString());
    assertEquals("CredentialScheme{basicAuth, basic, environmentVariable=BASIC}", basic.toString());
  }

  @Test
  void blankNamesAreRefused() {
    assertEquals(
        "name is blank",
        assertThrows(IllegalArgumentException.class, () -> CredentialScheme.bearer(" "))
            .getMessage());
    assertEquals(
        "headerName == null",
        assertThrows(NullPointerException.class, () -> CredentialScheme.header("a", null))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> CredentialScheme.bearer("a").prefix(""));
  }
}
