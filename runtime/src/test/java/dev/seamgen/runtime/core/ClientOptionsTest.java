package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
  private static ClientOptions.Builder builder(Map<String, String> env) {
    return ClientOptions.builder(AUTH)
        .defaultEndpoint("https://api.example.com")
        .endpointEnvironmentVariable("TEST_ENDPOINT")
        .environment(env);
  }

  private static ClientOptions.Builder withKey() {
    return builder(Map.of()).credential("apiKey", "seam_key1");
  }

  private static String failure(ClientOptions.Builder builder) {
    return assertThrows(IllegalStateException.class, builder::build).getMessage();
  }

  @Test
  void defaultsAreThirtySecondsAndTwoRetries() {
    ClientOptions options = withKey().build();

    assertEquals(Duration.ofSeconds(30), options.timeout());
    assertEquals(2, options.maxRetries());
    assertEquals("https://api.example.com", options.endpoint().toString());
    assertEquals(List.of("apiKey"), options.credentialNames());
  }

  @Test
  void theEndpointIsExplicitElseFromTheEnvironmentElseTheDefault() {
    Map<String, String> env =
        Map.of("TEST_API_KEY", "seam_1", "TEST_ENDPOINT", "http://127.0.0.1:9999/");

    assertEquals(
        "http://127.0.0.1:8080/base",
        builder(env).endpoint("http://127.0.0.1:8080/base/").build().endpoint().toString());
    assertEquals(
        "http://127.0.0.1:9999",
        builder(env).build().endpoint().toString(),
        "a trailing slash is dropped");
    assertEquals(
        "https://api.example.com",
        builder(Map.of("TEST_API_KEY", "seam_1", "TEST_ENDPOINT", " "))
            .build()
            .endpoint()
            .toString(),
        "a blank variable is unset");
  }

  @Test
  void anInvalidEndpointIsRefusedNamingWhereItCameFrom() {
    assertEquals(
        "endpoint must be an http or https URL with a host",
        failure(withKey().endpoint("not-a-url")));
    assertEquals(
        "endpoint must be an http or https URL with a host",
        failure(withKey().endpoint("ftp://example.com")));
    assertTrue(
        failure(withKey().endpoint("http://exa mple.com"))
            .startsWith("endpoint is not a " + "URL"));
    assertEquals(
        "TEST_ENDPOINT must be an http or https URL with a host",
        failure(builder(Map.of("TEST_API_KEY", "seam_1", "TEST_ENDPOINT", "localhost:8080"))));
    assertEquals(
        "endpoint must be a base URL, without query or fragment",
        failure(withKey().endpoint("https://example.com/?a=b")));
  }

  @Test
  void anEndpointWithUserInfoIsRefusedWithoutEchoingIt() {
    String message = failure(withKey().endpoint("https://user:hunter2@example.com"));

    assertTrue(message.startsWith("endpoint must not contain user info"), message);
    assertFalse(message.contains("hunter2"), message);
  }

  @Test
  void withoutAnyEndpointTheMessageSaysWhatToSet() {
    assertEquals(
        "no endpoint: set endpoint(...) or TEST_ENDPOINT",
        failure(
            ClientOptions.builder(AUTH)
                .endpointEnvironmentVariable("TEST_ENDPOINT")
                .environment(Map.of())
                .credential("apiKey", "seam_1")));
  }

  @Test
  void theSdkIsNamedInTheUserAgentAndInNoOtherHeaderByDefault() {
    Map<String, String> headers = withKey().sdk("pets", "1.2.3").build().headers();

    assertEquals(List.of("User-Agent"), List.copyOf(headers.keySet()));
    assertTrue(headers.get("User-Agent").startsWith("pets/1.2.3 Java/"), headers.get("User-Agent"));
  }

  @Test
  void aGeneratedClientCanAskForSdkHeaders() {
    Map<String, String> headers =
        withKey()
            .sdk("seam-java", "1.2.3")
            .sdkHeaders("seam-sdk-name", "seam-sdk-version")
            .build()
            .headers();

    assertEquals("seam-java", headers.get("seam-sdk-name"));
    assertEquals("1.2.3", headers.get("seam-sdk-version"));
    assertTrue(headers.get("User-Agent").startsWith("seam-java/1.2.3 Java/"));
    assertEquals(
        "sdkHeaders(...) needs sdk(name, version) to know what to send",
        failure(withKey().sdkHeaders("x-sdk", "x-sdk-v")));
    assertEquals(
        "nameHeader is blank",
        assertThrows(IllegalArgumentException.class, () -> withKey().sdkHeaders(" ", "x"))
            .getMessage());
  }

  @Test
  void theRequestIdHeaderAndErrorFormatAreGenericUnlessSet() {
    ClientOptions defaults = withKey().build();
    assertEquals("x-request-id", defaults.requestIdHeader());
    assertSame(ErrorFormat.generic(), defaults.errorFormat());

    ClientOptions seam =
        withKey().requestIdHeader("seam-request-id").errorFormat(ErrorFormat.seam()).build();
    assertEquals("seam-request-id", seam.requestIdHeader());
    assertSame(ErrorFormat.seam(), seam.errorFormat());
    assertEquals(
        "header is blank",
        assertThrows(IllegalArgumentException.class, () -> withKey().requestIdHeader(""))
            .getMessage());
    assertEquals(
        "format == null",
        assertThrows(NullPointerException.class, () -> withKey().errorFormat(null)).getMessage());
  }

  @Test
  void withoutAnSdkTheRuntimeIsTheUserAgentAndExtraHeadersCome() {
    Map<String, String> headers = withKey().header("x-team", "locks").build().headers();

    assertTrue(headers.get("User-Agent").startsWith("seamgen-runtime Java/"), headers.toString());
    assertEquals("locks", headers.get("x-team"));
    assertEquals(
        "mine/1",
        withKey().sdk("a", "b").header("User-Agent", "mine/1").build().headers().get("User-Agent"),
        "an explicit user agent wins");
  }

  @Test
  void aGivenHttpClientIsUsed() {
    HttpClient client = HttpClient.newHttpClient();
    assertSame(client, withKey().httpClient(client).build().httpClient());
  }

  @Test
  void credentialsAreCheckedWhenSet() {
    assertEquals(
        "apiKey is blank",
        assertThrows(
                IllegalArgumentException.class, () -> builder(Map.of()).credential("apiKey", " "))
            .getMessage());
    assertEquals(
        "workspaceId == null",
        assertThrows(
                NullPointerException.class, () -> builder(Map.of()).credential("workspaceId", null))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> builder(Map.of()).credential("password", "x"))
            .getMessage()
            .startsWith("unknown credential password"));
  }

  @Test
  void badSettingsFailWhenSet() {
    assertThrows(IllegalArgumentException.class, () -> builder(Map.of()).maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> builder(Map.of()).timeout(Duration.ZERO));
    assertThrows(NullPointerException.class, () -> builder(Map.of()).header("a", null));
  }

  @Test
  void credentialResolutionFailuresReachBuild() {
    assertTrue(
        failure(builder(Map.of()))
            .startsWith("no credentials: set apiKey(...) or " + "TEST_API_KEY"));
    assertTrue(
        failure(builder(Map.of()).credential("apiKey", "seam_at1"))
            .contains("use personalAccessToken(...)"));
    assertEquals(
        List.of("personalAccessToken", "workspaceId"),
        builder(Map.of("TEST_PAT", "seam_at1", "TEST_WORKSPACE", "ws")).build().credentialNames());
  }

  @Test
  void theEnvironmentMayHoldNullsAndIsCopied() {
    Map<String, String> env = new HashMap<>();
    env.put("TEST_API_KEY", "seam_1");
    env.put("OTHER", null);
    ClientOptions.Builder builder = builder(env);
    env.remove("TEST_API_KEY");

    assertEquals(List.of("apiKey"), builder.build().credentialNames());
  }

  @Test
  void toStringShowsNoSecret() {
    ClientOptions options = builder(Map.of()).credential("apiKey", "seam_verysecret").build();

    assertEquals(
        "ClientOptions{endpoint=https://api.example.com, credentials=[apiKey], "
            + "timeout=PT30S, totalTimeout=PT2M, maxRetries=2, maxResponseBytes=67108864}",
        options.toString());
  }
}
