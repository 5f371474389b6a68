package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.UnauthorizedException;
import dev.seamgen.runtime.core.TestServer.Answer;
import dev.seamgen.runtime.core.TestServer.Received;
import dev.seamgen.runtime.core.transport.RecordingSleeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a credential travels, sent through {@link ApiCore} to the local server: API keys in the
 * query and a cookie, HTTP basic, bearer tokens from a supplier, and operations that send nothing.
 */
class CredentialKindsTest {
  private static final String SECRET = "k3y/&=+ s3cret";
  private static final String ENCODED = "k3y%2F%26%3D%2B%20s3cret";
  private static final ResponseReader<JsonObject> THING =
      ResponseReader.field("thing", JsonObject.class);

  private static final AuthConfig AUTH =
      AuthConfig.builder()
          .scheme(CredentialScheme.query("queryKey", "api_key"))
          .scheme(CredentialScheme.cookie("cookieKey", "session id"))
          .scheme(CredentialScheme.basic("basicAuth").environmentVariable("TEST_BASIC"))
          .scheme(CredentialScheme.bearer("oauth"))
          .perOperation()
          .build();

  private static final Endpoint ANY = Endpoint.read("things.get", "GET", "/things");
  private static final Endpoint BY_QUERY = ANY.withSecurity(List.of(List.of("queryKey")));
  private static final Endpoint BY_COOKIE = ANY.withSecurity(List.of(List.of("cookieKey")));
  private static final Endpoint BY_BASIC = ANY.withSecurity(List.of(List.of("basicAuth")));
  private static final Endpoint BY_TOKEN = ANY.withSecurity(List.of(List.of("oauth")));
  private static final Endpoint PUBLIC = ANY.withSecurity(List.of(List.of()));

  private final TestServer server = new TestServer();

  CredentialKindsTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientOptions.Builder options() {
    return ClientOptions.builder(AUTH)
        .endpoint(server.url())
        .maxRetries(0)
        .sleeper(new RecordingSleeper())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .environment(Map.of());
  }

  private Received call(ApiCore core, Endpoint endpoint, WireRequest request) {
    server.answer(Answer.ok("{\"thing\":{}}"));
    core.call(endpoint, request, RequestOptions.none(), THING);
    List<Received> received = server.received();
    return received.get(received.size() - 1);
  }

  @Test
  void aQueryKeyIsPercentEncodedAfterTheParameters() {
    ApiCore core = ApiCore.create(options().credential("queryKey", SECRET).build());

    Received request =
        call(
            core,
            BY_QUERY,
            WireRequest.builder().query("limit", 2, ParameterStyle.FORM, true, false).build());

    assertEquals("limit=2&api_key=" + ENCODED, request.rawQuery);
    assertNull(request.header("Authorization"));
    assertNull(request.header("Cookie"));
  }

  @Test
  void aCookieKeyJoinsTheCookieParametersAndTheGivenCookieHeader() {
    ApiCore core =
        ApiCore.create(
            options().credential("cookieKey", SECRET).header("Cookie", "theme=dark").build());

    Received withParameter =
        call(
            core,
            BY_COOKIE,
            WireRequest.builder().cookie("lang", "en", ParameterStyle.FORM, true).build());
    Received alone = call(core, BY_COOKIE, WireRequest.empty());

    assertEquals("theme=dark; lang=en; session%20id=" + ENCODED, withParameter.header("Cookie"));
    assertEquals("theme=dark; session%20id=" + ENCODED, alone.header("Cookie"));
    assertNull(alone.rawQuery);
  }

  @Test
  void basicSendsUserAndPasswordInBase64() {
    ApiCore core =
        ApiCore.create(options().basicCredential("basicAuth", "jane", "pässword:1").build());

    Received request = call(core, BY_BASIC, WireRequest.empty());

    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("jane:pässword:1".getBytes(StandardCharsets.UTF_8)),
        request.header("Authorization"));
  }

  @Test
  void basicIsReadFromTheEnvironmentAsUserColonPassword() {
    ApiCore core = ApiCore.create(options().environment(Map.of("TEST_BASIC", "jane:pw")).build());

    assertEquals(
        "Basic " + Base64.getEncoder().encodeToString("jane:pw".getBytes(StandardCharsets.UTF_8)),
        call(core, BY_BASIC, WireRequest.empty()).header("Authorization"));
    assertEquals(
        "TEST_BASIC (read for basicAuth) must be user:password",
        assertThrows(
                IllegalStateException.class,
                () -> options().environment(Map.of("TEST_BASIC", "jane")).build())
            .getMessage());
  }

  @Test
  void basicRefusesWhatItCannotSendWithoutShowingThePassword() {
    assertEquals(
        "basicAuth: the user contains ':', which basic authentication cannot send",
        assertThrows(
                IllegalArgumentException.class,
                () -> options().basicCredential("basicAuth", "a:b", SECRET))
            .getMessage());
    String message =
        assertThrows(
                IllegalStateException.class,
                () -> options().basicCredential("basicAuth", "jane", SECRET + "\n").build())
            .getMessage();
    assertEquals(
        "basicAuth contains a line break (a value read from a file often ends with one); strip it",
        message);
    assertEquals(
        "queryKey is not a basic credential; set its value",
        assertThrows(
                IllegalArgumentException.class,
                () -> options().basicCredential("queryKey", "jane", "pw"))
            .getMessage());
  }

  @Test
  void aSuppliedTokenIsAskedBeforeEachAttempt() {
    AtomicInteger asked = new AtomicInteger();
    ApiCore core =
        ApiCore.create(
            options()
                .maxRetries(2)
                .tokenSupplier("oauth", () -> "token-" + asked.incrementAndGet())
                .build());
    server.answer(
        Answer.json(503, "{}").withHeader("Retry-After", "0"),
        Answer.json(500, "{}"),
        Answer.ok("{\"thing\":{}}"));

    core.call(BY_TOKEN, WireRequest.empty(), RequestOptions.none(), THING);

    List<String> sent = new ArrayList<>();
    server.received().forEach(r -> sent.add(r.header("Authorization")));
    assertEquals(List.of("Bearer token-1", "Bearer token-2", "Bearer token-3"), sent);
  }

  @Test
  void aSuppliedTokenIsAskedBeforeEachAsyncAttempt() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    ApiCore core =
        ApiCore.create(
            options()
                .maxRetries(1)
                .tokenSupplier("oauth", () -> "token-" + asked.incrementAndGet())
                .build());
    server.answer(Answer.json(500, "{}"), Answer.ok("{\"thing\":{}}"));

    core.callAsync(BY_TOKEN, WireRequest.empty(), RequestOptions.none(), THING).get();

    assertEquals("Bearer token-2", server.received().get(1).header("Authorization"));
  }

  @Test
  void aBadSuppliedTokenFailsTheCallWithoutShowingIt() {
    List<String> tokens = new ArrayList<>();
    tokens.add(null);
    tokens.add(" ");
    tokens.add(SECRET + "\r\n");
    tokens.add(SECRET + "é");
    List<String> messages = new ArrayList<>();
    for (String token : tokens) {
      ApiCore core = ApiCore.create(options().tokenSupplier("oauth", () -> token).build());
      messages.add(
          assertThrows(
                  IllegalStateException.class,
                  () -> core.call(BY_TOKEN, WireRequest.empty(), RequestOptions.none(), THING))
              .getMessage());
    }

    assertEquals(
        List.of(
            "the token oauth's supplier gave is null; it must return the token",
            "the token oauth's supplier gave is blank; it must return the token",
            "the token oauth's supplier gave contains a line break (a value read from a file"
                + " often ends with one); strip it",
            "the token oauth's supplier gave contains a character outside ASCII; check the value"),
        messages);
    assertEquals(0, server.requestCount());
  }

  @Test
  void aBadSuppliedTokenFailsTheAsyncCall() {
    ApiCore core = ApiCore.create(options().tokenSupplier("oauth", () -> null).build());

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                core.callAsync(BY_TOKEN, WireRequest.empty(), RequestOptions.none(), THING).get());
    assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
  }

  @Test
  void onlyBearerTokensTakeASupplier() {
    assertEquals(
        "queryKey is not a bearer token and cannot come from a supplier; set its value",
        assertThrows(
                IllegalArgumentException.class,
                () -> options().tokenSupplier("queryKey", () -> "x"))
            .getMessage());
  }

  @Test
  void anOperationWithoutSecuritySendsNothing() {
    Supplier<String> never =
        () -> {
          throw new AssertionError("a public operation must not ask for a token");
        };
    ApiCore core =
        ApiCore.create(
            options()
                .credential("queryKey", SECRET)
                .credential("cookieKey", SECRET)
                .basicCredential("basicAuth", "jane", "pw")
                .tokenSupplier("oauth", never)
                .build());

    Received request = call(core, PUBLIC, WireRequest.empty());

    assertNull(request.rawQuery);
    assertNull(request.header("Cookie"));
    assertNull(request.header("Authorization"));
  }

  @Test
  void everySecretIsRedactedFromErrorsAndMessages() throws IOException {
    String token = "tok_" + SECRET;
    String password = "pw_" + SECRET;
    ClientOptions options =
        options()
            .credential("queryKey", SECRET)
            .credential("cookieKey", "c_" + SECRET)
            .basicCredential("basicAuth", "jane", password)
            .tokenSupplier("oauth", () -> token)
            .build();
    ApiCore core = ApiCore.create(options);
    String basic =
        Base64.getEncoder().encodeToString(("jane:" + password).getBytes(StandardCharsets.UTF_8));
    server.answer(
        Answer.json(
            401,
            "{\"message\":\"bad "
                + ENCODED
                + " "
                + SECRET
                + " "
                + token
                + " "
                + password
                + " "
                + basic
                + "\"}"));
    List<String> texts = new ArrayList<>();
    texts.add(options.toString());
    UnauthorizedException unauthorized =
        assertThrows(
            UnauthorizedException.class,
            () -> core.call(BY_TOKEN, WireRequest.empty(), RequestOptions.none(), THING));
    texts.add(unauthorized.toString());
    texts.add(unauthorized.body().toString());

    ApiCore refused =
        ApiCore.create(
            ClientOptions.builder(AUTH)
                .endpoint(TestServer.refusingUrl())
                .maxRetries(0)
                .environment(Map.of())
                .credential("queryKey", SECRET)
                .build());
    ConnectionException connection =
        assertThrows(
            ConnectionException.class,
            () -> refused.call(BY_QUERY, WireRequest.empty(), RequestOptions.none(), THING));
    texts.add(connection.toString());
    texts.add(String.valueOf(connection.getCause()));

    for (String text : texts) {
      for (String secret : List.of(SECRET, ENCODED, token, password, basic)) {
        assertFalse(text.contains(secret), text);
      }
    }
    assertTrue(texts.get(2).contains("[REDACTED]"), texts.get(2));
  }
}
