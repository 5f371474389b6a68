package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.ApiCoreTest.AUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

  private static ClientOptions.Builder builder(Map<String, String> env) {
    return ClientOptions.builder(AUTH).defaultEndpoint("https://api.example.com")
        .endpointEnvironmentVariable("TEST_ENDPOINT").environment(env);
  }

  private static String failure(ClientOptions.Builder builder) {
    return assertThrows(IllegalStateException.class, builder::build).getMessage();
  }

  @Test
  void anApiKeyIsAccepted() {
    ClientOptions options = builder(Map.of()).credential("apiKey", "seam_key1").build();
    assertEquals(List.of("apiKey"), options.credentials().names());
    assertEquals("https://api.example.com", options.endpoint().toString());
  }

  @Test
  void nothingSetSaysWhatToSet() {
    String message = failure(builder(Map.of()));
    assertTrue(message.contains("apiKey(...) or TEST_API_KEY"), message);
    assertTrue(message.contains("personalAccessToken(...)"), message);
    assertTrue(message.contains("workspaceId(...) or TEST_WORKSPACE"), message);
  }

  @Test
  void anAccessTokenGivenAsAnApiKeyIsRefusedNamingTheRightSetter() {
    String message = failure(builder(Map.of()).credential("apiKey", "seam_at1_secretpart"));
    assertTrue(message.contains("use personalAccessToken(...)"), message);
    assertFalse(message.contains("secretpart"), message);

    String cst = failure(builder(Map.of()).credential("apiKey", "seam_cst1_secretpart"));
    assertTrue(cst.contains("use clientSessionToken(...)"), cst);
  }

  @Test
  void aValueWithoutItsPrefixIsRefused() {
    String message = failure(builder(Map.of()).credential("apiKey", "sk_live_secretpart"));
    assertTrue(message.contains("does not start with 'seam_'"), message);
    assertFalse(message.contains("secretpart"), message);
  }

  @Test
  void conflictingCredentialsAreRefused() {
    String message = failure(builder(Map.of()).credential("apiKey", "seam_key1")
        .credential("clientSessionToken", "seam_cst1"));
    assertTrue(message.contains("not both"), message);
  }

  @Test
  void aPersonalAccessTokenNeedsAWorkspace() {
    String message = failure(builder(Map.of()).credential("personalAccessToken", "seam_at1"));
    assertTrue(message.contains("needs workspaceId"), message);

    ClientOptions options = builder(Map.of()).credential("personalAccessToken", "seam_at1")
        .credential("workspaceId", "ws_1").build();
    assertEquals(List.of("personalAccessToken", "workspaceId"), options.credentials().names());
  }

  @Test
  void theEnvironmentIsReadWhenNothingIsSet() {
    ClientOptions key = builder(Map.of("TEST_API_KEY", "seam_env1", "TEST_ENDPOINT",
        "http://127.0.0.1:9999")).build();
    assertEquals(List.of("apiKey"), key.credentials().names());
    assertEquals("http://127.0.0.1:9999", key.endpoint().toString());

    ClientOptions pat = builder(Map.of("TEST_PAT", "seam_at_env", "TEST_WORKSPACE", "ws_2"))
        .build();
    assertEquals(List.of("personalAccessToken", "workspaceId"), pat.credentials().names());
  }

  @Test
  void anInvalidEndpointIsRefusedNamingIt() {
    String message = failure(builder(Map.of()).credential("apiKey", "seam_k")
        .endpoint("not a url"));
    assertTrue(message.startsWith("endpoint"), message);
  }

  @Test
  void toStringShowsNoSecret() {
    ClientOptions options = builder(Map.of()).credential("apiKey", "seam_verysecret").build();
    assertFalse(options.toString().contains("verysecret"), options.toString());
  }

  @Test
  void badSettingsFailWhenSet() {
    assertThrows(IllegalArgumentException.class, () -> builder(Map.of()).maxRetries(-1));
    assertThrows(IllegalArgumentException.class,
        () -> builder(Map.of()).timeout(java.time.Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> builder(Map.of()).credential("nope", "x"));
    assertThrows(IllegalArgumentException.class, () -> builder(Map.of()).credential("apiKey", " "));
  }
}
