package dev.seamgen.runtime.core.auth;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static dev.seamgen.runtime.core.Fixtures.READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.seamgen.runtime.core.AuthConfig;
import dev.seamgen.runtime.core.CredentialScheme;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialsBuilderTest {
  private static final Environment NO_ENVIRONMENT = Environment.of(Map.of());

  private static final AuthConfig BASIC_OR_OAUTH =
      AuthConfig.builder()
          .scheme(CredentialScheme.basic("basicAuth"))
          .scheme(CredentialScheme.bearer("oauth").clientCredentials("/token", List.of("read")))
          .perOperation()
          .build();

  private static Map<String, String> headers(Credentials credentials) {
    return credentials.select(READ).headers();
  }

  @Test
  void settingACredentialAgainReplacesItWhicheverWayItWasSet() {
    Credentials credentials =
        Credentials.builder(AUTH)
            .supplier("apiKey", () -> "seam_supplied")
            .value("apiKey", "seam_given")
            .build(NO_ENVIRONMENT);

    assertEquals(Map.of("Authorization", "Bearer seam_given"), headers(credentials));
  }

  @Test
  void aSuppliedTokenIsAskedForEachRequestAndRefreshedForLaterAttempts() {
    AtomicInteger asked = new AtomicInteger();
    Credentials credentials =
        Credentials.builder(AUTH)
            .supplier("apiKey", () -> "seam_" + asked.incrementAndGet())
            .build(NO_ENVIRONMENT);
    HttpRequest first =
        HttpRequest.newBuilder(URI.create("https://api.example.com/"))
            .header(
                "Authorization",
                "Bearer " + credentials.select(READ).headers().get("Authorization"))
            .build();

    HttpRequest retry = credentials.refresh(READ, first);

    assertEquals("Bearer seam_2", retry.headers().firstValue("Authorization").orElseThrow());
    assertEquals(2, asked.get());
  }

  @Test
  void aFixedValueIsNotCopiedForLaterAttempts() {
    Credentials credentials =
        Credentials.builder(AUTH).value("apiKey", "seam_1").build(NO_ENVIRONMENT);
    HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/")).build();

    assertEquals(request, credentials.refresh(READ, request));
  }

  @Test
  void explicitCredentialsWinOverTheEnvironmentAndMustMakeOneAlternative() {
    Environment environment = Environment.of(Map.of("TEST_API_KEY", "seam_env"));

    assertEquals(
        List.of("personalAccessToken", "workspaceId"),
        Credentials.builder(AUTH)
            .value("workspaceId", "ws_1")
            .value("personalAccessToken", "seam_at1")
            .build(environment)
            .names(),
        "names follow the API's order, not the order they were set in");
    assertEquals(
        "personalAccessToken needs workspaceId as well",
        assertThrows(
                IllegalStateException.class,
                () ->
                    Credentials.builder(AUTH)
                        .value("personalAccessToken", "seam_at1")
                        .build(environment))
            .getMessage());
  }

  @Test
  void withNothingSetTheFirstCompleteAlternativeInTheEnvironmentIsUsed() {
    Environment environment =
        Environment.of(
            Map.of("TEST_PAT", "seam_at1", "TEST_WORKSPACE", "ws_1", "TEST_API_KEY", " "));

    assertEquals(
        Map.of("Authorization", "Bearer seam_at1", "seam-workspace", "ws_1"),
        headers(Credentials.builder(AUTH).build(environment)),
        "a blank variable counts as unset");
    assertEquals(
        "no credentials: set apiKey(...) or TEST_API_KEY; or personalAccessToken(...) or TEST_PAT"
            + " with workspaceId(...) or TEST_WORKSPACE; or clientSessionToken(...)"
            + " (TEST_PAT is set, but not TEST_WORKSPACE)",
        assertThrows(
                IllegalStateException.class,
                () ->
                    Credentials.builder(AUTH).build(Environment.of(Map.of("TEST_PAT", "seam_at1"))))
            .getMessage());
  }

  @Test
  void eachSetterRefusesWhatItsSchemeCannotTake() {
    CredentialsBuilder builder = Credentials.builder(BASIC_OR_OAUTH);

    assertEquals(
        "unknown credential apiKey; this client takes [basicAuth, oauth]",
        assertThrows(IllegalArgumentException.class, () -> builder.value("apiKey", "k"))
            .getMessage());
    assertEquals(
        "basicAuth: the user contains ':', which basic authentication cannot send",
        assertThrows(IllegalArgumentException.class, () -> builder.basic("basicAuth", "a:b", "p"))
            .getMessage());
    assertEquals(
        "basicAuth is not an OAuth2 bearer token and takes no client credentials",
        assertThrows(
                IllegalArgumentException.class,
                () -> builder.clientCredentials("basicAuth", "id", "secret", null))
            .getMessage());
    assertEquals(
        "scope 'a b' is not a valid OAuth2 scope (RFC 6749 §3.3)",
        assertThrows(
                IllegalArgumentException.class,
                () -> builder.clientCredentials("oauth", "id", "secret", List.of("a b")))
            .getMessage());
  }

  @Test
  void theRedactorKnowsABasicPasswordAndAClientSecretInEveryFormTheyAreSent() {
    Credentials credentials =
        Credentials.builder(BASIC_OR_OAUTH)
            .basic("basicAuth", "user", "pa55word")
            .clientCredentials("oauth", "id", "s3cret", null)
            .build(NO_ENVIRONMENT);

    assertEquals(
        "[REDACTED] [REDACTED] [REDACTED]",
        credentials
            .redactor()
            .redact("pa55word " + CredentialSource.basic("user:pa55word") + " s3cret"));
  }
}
