package dev.seamgen.runtime.core.auth;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.core.AuthConfig;
import dev.seamgen.runtime.core.CredentialScheme;
import dev.seamgen.runtime.core.Endpoint;
import dev.seamgen.runtime.core.transport.Redactor;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  private static final String SECRET = "S3cretPart";
  private static final Endpoint ANY = Endpoint.of("pets.get", "GET", "/pets", true);

  /** Petstore's habit: some operations take an API key, others an OAuth2 token. */
  private static final AuthConfig PER_OPERATION =
      AuthConfig.builder()
          .scheme(CredentialScheme.header("apiKey", "api_key").environmentVariable("TEST_KEY"))
          .scheme(CredentialScheme.bearer("petstoreAuth").environmentVariable("TEST_TOKEN"))
          .perOperation()
          .build();

  private static final Endpoint NEEDS_KEY = ANY.withSecurity(List.of(List.of("apiKey")));
  private static final Endpoint KEY_OR_TOKEN =
      ANY.withSecurity(List.of(List.of("petstoreAuth"), List.of("apiKey")));
  private static final Endpoint ANONYMOUS_TOO =
      ANY.withSecurity(List.of(List.of("apiKey"), List.of()));

  private static Map<String, String> given(String... namesAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  private static Credentials resolveWith(
      AuthConfig auth, Map<String, String> explicit, Map<String, String> environment) {
    return resolveWith(auth, explicit, Map.of(), environment);
  }

  /** What a client's builder does with these values and suppliers, in this environment. */
  private static Credentials resolveWith(
      AuthConfig auth,
      Map<String, String> explicit,
      Map<String, Supplier<String>> suppliers,
      Map<String, String> environment) {
    CredentialsBuilder builder = Credentials.builder(auth);
    explicit.forEach(builder::value);
    suppliers.forEach(builder::supplier);
    return builder.build(Environment.of(environment));
  }

  private static List<String> resolve(Map<String, String> explicit, Map<String, String> env) {
    return resolveWith(AUTH, explicit, env).names();
  }

  /** The failure's message, checked to hold no secret. */
  private static String failure(Map<String, String> explicit, Map<String, String> env) {
    String message =
        assertThrows(IllegalStateException.class, () -> resolveWith(AUTH, explicit, env))
            .getMessage();
    assertFalse(message.contains(SECRET), message);
    return message;
  }

  @Test
  void explicitValuesWinOverTheEnvironment() {
    assertEquals(
        List.of("apiKey"),
        resolve(
            given("apiKey", "seam_k" + SECRET),
            given("TEST_PAT", "seam_at1", "TEST_WORKSPACE", "ws")));
  }

  @Test
  void theEnvironmentGivesTheFirstCompleteAlternative() {
    assertEquals(List.of("apiKey"), resolve(Map.of(), given("TEST_API_KEY", "seam_1")));
    assertEquals(
        List.of("personalAccessToken", "workspaceId"),
        resolve(Map.of(), given("TEST_PAT", "seam_at1", "TEST_WORKSPACE", "ws")));
    assertEquals(
        List.of("apiKey"),
        resolve(
            Map.of(),
            given("TEST_API_KEY", "seam_1", "TEST_PAT", "seam_at1", "TEST_WORKSPACE", "ws")),
        "alternatives are in priority order");
    assertEquals(
        List.of("personalAccessToken", "workspaceId"),
        resolve(
            Map.of(), given("TEST_API_KEY", "  ", "TEST_PAT", "seam_at1", "TEST_WORKSPACE", "ws")),
        "a blank variable counts as unset");
  }

  @Test
  void nothingSetListsEverySetterAndVariable() {
    assertEquals(
        "no credentials: set apiKey(...) or TEST_API_KEY; or personalAccessToken(...) "
            + "or TEST_PAT with workspaceId(...) or TEST_WORKSPACE; or clientSessionToken(...)",
        failure(Map.of(), Map.of()));
  }

  @Test
  void aHalfSetEnvironmentSaysWhatIsMissing() {
    String message = failure(Map.of(), given("TEST_PAT", "seam_at" + SECRET));
    assertTrue(message.endsWith("(TEST_PAT is set, but not TEST_WORKSPACE)"), message);
  }

  @Test
  void twoAlternativesAreRefused() {
    assertEquals(
        "set either apiKey or clientSessionToken, not both",
        failure(given("apiKey", "seam_1" + SECRET, "clientSessionToken", "seam_cst1"), Map.of()));
    assertEquals(
        "set either apiKey or personalAccessToken, not both",
        failure(given("apiKey", "seam_1", "personalAccessToken", "seam_at1" + SECRET), Map.of()));
    assertEquals(
        "set either apiKey or personalAccessToken and workspaceId, not both",
        failure(
            given("personalAccessToken", "seam_at1", "workspaceId", "ws", "apiKey", "seam_1"),
            Map.of()));
  }

  @Test
  void anIncompleteAlternativeNamesWhatIsMissing() {
    assertEquals(
        "personalAccessToken needs workspaceId as well",
        failure(given("personalAccessToken", "seam_at" + SECRET), Map.of()));
    assertEquals(
        "workspaceId needs personalAccessToken as well",
        failure(given("workspaceId", "ws_" + SECRET), Map.of()));
  }

  @Test
  void aTokenGivenToTheWrongSetterIsRefusedNamingTheRightOne() {
    assertEquals(
        "the value given as apiKey looks like a personal access token; use "
            + "personalAccessToken(...) instead",
        failure(given("apiKey", "seam_at1_" + SECRET), Map.of()));
    assertEquals(
        "the value given as apiKey looks like a client session token; use "
            + "clientSessionToken(...) instead",
        failure(given("apiKey", "seam_cst1_" + SECRET), Map.of()));
    assertEquals(
        "the value given as personalAccessToken looks like a client session token; use "
            + "clientSessionToken(...) instead",
        failure(given("personalAccessToken", "seam_cst1" + SECRET, "workspaceId", "ws"), Map.of()));
  }

  @Test
  void aWrongTokenInTheEnvironmentNamesTheVariable() {
    assertEquals(
        "the value given as TEST_API_KEY (read for apiKey) looks like a personal access "
            + "token; use personalAccessToken(...) or TEST_PAT instead",
        failure(Map.of(), given("TEST_API_KEY", "seam_at1" + SECRET)));
  }

  @Test
  void aValueWithoutItsPrefixIsRefused() {
    assertEquals(
        "apiKey does not start with 'seam_'; check that it is an api key",
        failure(given("apiKey", "sk_live_" + SECRET), Map.of()));
    assertEquals(
        "personalAccessToken does not start with 'seam_at'; check that it is a personal "
            + "access token",
        failure(given("personalAccessToken", "seam_x" + SECRET, "workspaceId", "ws"), Map.of()));
    assertEquals(
        "TEST_API_KEY (read for apiKey) does not start with 'seam_'; check that it is "
            + "an api key",
        failure(Map.of(), given("TEST_API_KEY", "sk_" + SECRET)));
  }

  @Test
  void aKeyReadFromAFileWithItsNewlineIsRefusedWithoutShowingIt() {
    assertEquals(
        "apiKey contains a line break (a value read from a file often ends with one); "
            + "strip it",
        failure(given("apiKey", "seam_" + SECRET + "\n"), Map.of()));
    assertEquals(
        "TEST_API_KEY (read for apiKey) contains a line break (a value read from a file "
            + "often ends with one); strip it",
        failure(Map.of(), given("TEST_API_KEY", "seam_" + SECRET + "\r\n")));
    assertEquals(
        "workspaceId contains a control character; check the value",
        failure(
            given("personalAccessToken", "seam_at1", "workspaceId", "ws\t" + SECRET), Map.of()));
    assertEquals(
        "apiKey contains a character outside ASCII; check the value",
        failure(given("apiKey", "seam_" + SECRET + "\u00e9"), Map.of()));
  }

  @Test
  void theRedactorKnowsEveryValueInUse() {
    Redactor redactor =
        resolveWith(
                AUTH,
                given("personalAccessToken", "seam_at1" + SECRET, "workspaceId", "ws_" + SECRET),
                Map.of())
            .redactor();

    assertEquals(
        "token [REDACTED] in [REDACTED]",
        redactor.redact("token seam_at1" + SECRET + " in ws_" + SECRET));
  }

  @Test
  void bearerTokensAndHeaderValuesAreSentTheirOwnWay() {
    HttpRequest request =
        sent(
            resolveWith(
                AUTH, given("personalAccessToken", "seam_at1", "workspaceId", "ws_1"), Map.of()),
            ANY);

    assertEquals(Optional.of("Bearer seam_at1"), request.headers().firstValue("Authorization"));
    assertEquals(Optional.of("ws_1"), request.headers().firstValue("seam-workspace"));
  }

  @Test
  void anApiWithoutAuthSendsNothing() {
    Credentials none = resolveWith(AuthConfig.none(), Map.of(), Map.of());

    assertEquals(Map.of(), sent(none, ANY).headers().map());
    assertEquals(List.of(), none.names());
  }

  @Test
  void aSuppliedTokenCountsAsSetAndOnlyBearerTokensTakeOne() {
    Map<String, Supplier<String>> token = Map.of("clientSessionToken", () -> "seam_cst1");
    assertEquals(
        "set either apiKey or clientSessionToken, not both",
        assertThrows(
                IllegalStateException.class,
                () -> resolveWith(AUTH, given("apiKey", "seam_1"), token, Map.of()))
            .getMessage());
    assertEquals(
        List.of("clientSessionToken"),
        resolveWith(AUTH, Map.of(), token, given("TEST_API_KEY", "seam_1")).names(),
        "a supplier set explicitly wins over the environment");
    assertEquals(
        "workspaceId is not a bearer token and cannot come from a supplier; set its value",
        assertThrows(
                IllegalArgumentException.class,
                () -> Credentials.builder(AUTH).supplier("workspaceId", () -> "ws"))
            .getMessage(),
        "refused when set");
  }

  @Test
  void toStringNamesTheCredentialsOnly() {
    Credentials credentials = resolveWith(AUTH, given("apiKey", "seam_" + SECRET), Map.of());
    assertEquals("Credentials[apiKey]", credentials.toString());
  }

  private static HttpRequest sent(Credentials credentials, Endpoint endpoint) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost/"));
    credentials.select(endpoint).headers().forEach(builder::setHeader);
    return builder.build();
  }

  @Test
  void perOperationCredentialsMayBeCombinedAndEachOperationSendsWhatItAccepts() {
    Credentials both =
        resolveWith(
            PER_OPERATION, given("apiKey", "k" + SECRET, "petstoreAuth", "t" + SECRET), Map.of());

    HttpRequest key = sent(both, NEEDS_KEY);
    HttpRequest first = sent(both, KEY_OR_TOKEN);

    assertEquals(Optional.of("k" + SECRET), key.headers().firstValue("api_key"));
    assertEquals(Optional.empty(), key.headers().firstValue("Authorization"));
    assertEquals(Optional.of("Bearer t" + SECRET), first.headers().firstValue("Authorization"));
    assertEquals(
        Optional.empty(),
        first.headers().firstValue("api_key"),
        "only the first alternative the client has is sent");
  }

  @Test
  void anOperationWhoseCredentialsTheClientLacksFailsBeforeSendingAndSaysWhatToSet() {
    Credentials tokenOnly =
        resolveWith(PER_OPERATION, given("petstoreAuth", "t" + SECRET), Map.of());

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> sent(tokenOnly, NEEDS_KEY));

    assertEquals("pets.get needs apiKey; set it on the client's builder", e.getMessage());
    assertEquals(
        Map.of(),
        sent(tokenOnly, ANONYMOUS_TOO).headers().map(),
        "an empty alternative sends nothing");
  }

  @Test
  void perOperationCredentialsComeFromTheEnvironmentEachOnItsOwn() {
    Credentials fromEnvironment =
        resolveWith(PER_OPERATION, Map.of(), given("TEST_KEY", "k" + SECRET));
    Credentials nothing = resolveWith(PER_OPERATION, Map.of(), Map.of());

    assertEquals(List.of("apiKey"), fromEnvironment.names());
    assertEquals(List.of(), nothing.names(), "an API with anonymous operations needs none");
  }
}
