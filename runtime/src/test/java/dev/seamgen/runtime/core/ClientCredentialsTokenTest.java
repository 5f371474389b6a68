package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.UnauthorizedException;
import dev.seamgen.runtime.core.transport.RecordingSleeper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OAuth2's client credentials grant against a local token server that also plays the API: the token
 * request, its cache until shortly before expiry, one fetch shared by concurrent calls, a new token
 * after a 401, and a refused secret.
 */
class ClientCredentialsTokenTest {
  private static final String CLIENT_ID = "app 1";
  private static final String SECRET = "s3cr&t:/+";
  private static final ResponseReader<JsonObject> THING =
      ResponseReader.field("thing", JsonObject.class);
  private static final Endpoint THINGS = Endpoint.read("things.get", "GET", "/api/things");

  private static final AuthConfig AUTH =
      AuthConfig.builder()
          .scheme(
              CredentialScheme.bearer("oauth")
                  .clientCredentials("/oauth/token", List.of("things:read", "things:write")))
          .scheme(CredentialScheme.header("apiKey", "x-api-key"))
          .perOperation()
          .build();

  /** A clock the tests move forward. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final MovableClock clock = new MovableClock();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicInteger apiCalls = new AtomicInteger();
  private final List<String> tokenRequests = new ArrayList<>();
  private final List<String> tokenAuthorizations = new ArrayList<>();
  private final Set<String> revoked = ConcurrentHashMap.newKeySet();
  private volatile String tokenAnswer;
  private volatile int tokenStatus = 200;
  private volatile long tokenDelayMillis;
  private volatile boolean apiRefusesAll;

  ClientCredentialsTokenTest() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/oauth/token", this::token);
    server.createContext("/api/things", this::things);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void token(HttpExchange exchange) throws IOException {
    int n = fetches.incrementAndGet();
    synchronized (tokenRequests) {
      tokenRequests.add(
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      tokenAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
    }
    sleep(tokenDelayMillis);
    String body =
        tokenAnswer != null
            ? tokenAnswer
            : "{\"access_token\":\"tok-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
    send(exchange, tokenStatus, body);
  }

  private void things(HttpExchange exchange) throws IOException {
    apiCalls.incrementAndGet();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    boolean valid =
        authorization != null
            && authorization.matches("Bearer tok-[0-9a-z]+")
            && !authorization.equals("Bearer tok-fixed")
            && !revoked.contains(authorization.substring(7));
    if (apiRefusesAll || !valid) {
      send(exchange, 401, "{\"message\":\"token expired\"}");
    } else {
      send(exchange, 200, "{\"thing\":{\"token\":\"" + authorization.substring(7) + "\"}}");
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ClientOptions.Builder options() {
    return ClientOptions.builder(AUTH)
        .endpoint(base())
        .maxRetries(0)
        .sleeper(new RecordingSleeper())
        .clock(clock)
        .environment(Map.of());
  }

  private ApiCore client() {
    return ApiCore.create(options().clientCredentials("oauth", CLIENT_ID, SECRET).build());
  }

  private static String tokenSent(ApiCore core) {
    return (String)
        core.call(THINGS, WireRequest.empty(), RequestOptions.none(), THING).get("token");
  }

  @Test
  void fetchesATokenWithBasicClientAuthenticationAndTheSchemesScopes() {
    ApiCore core = client();

    assertEquals("tok-1", tokenSent(core));

    assertEquals(
        List.of("grant_type=client_credentials&scope=things%3Aread+things%3Awrite"), tokenRequests);
    // RFC 6749 §2.3.1: id and secret form-encoded, then joined by ':' and Base64-encoded.
    assertEquals(
        List.of(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("app+1:s3cr%26t%3A%2F%2B".getBytes(StandardCharsets.UTF_8))),
        tokenAuthorizations);
  }

  @Test
  void scopesGivenToTheBuilderReplaceTheSchemesAndNoneLeavesScopeOut() {
    tokenSent(
        ApiCore.create(
            options().clientCredentials("oauth", CLIENT_ID, SECRET, List.of("admin")).build()));
    tokenSent(
        ApiCore.create(options().clientCredentials("oauth", CLIENT_ID, SECRET, List.of()).build()));

    assertEquals(
        List.of("grant_type=client_credentials&scope=admin", "grant_type=client_credentials"),
        tokenRequests);
  }

  @Test
  void keepsTheTokenUntilShortlyBeforeItExpires() {
    ApiCore core = client();

    assertEquals("tok-1", tokenSent(core));
    clock.advance(Duration.ofSeconds(3600 - 31));
    assertEquals("tok-1", tokenSent(core));
    assertEquals(1, fetches.get());

    clock.advance(Duration.ofSeconds(2));
    assertEquals("tok-2", tokenSent(core));
    assertEquals("tok-2", tokenSent(core));
    assertEquals(2, fetches.get());
  }

  @Test
  void aShortLivedTokenIsReplacedHalfWayThroughItsLife() {
    tokenAnswer =
        "{\"access_token\":\"tok-short\",\"token_type\":\"bearer\",\"expires_in\":\"20\"}";
    ApiCore core = client();

    tokenSent(core);
    clock.advance(Duration.ofSeconds(9));
    tokenSent(core);
    assertEquals(1, fetches.get());
    clock.advance(Duration.ofSeconds(2));
    tokenSent(core);
    assertEquals(2, fetches.get());
  }

  @Test
  void fiftyConcurrentCallsShareOneTokenFetch() throws Exception {
    tokenDelayMillis = 300;
    ApiCore core = client();
    ExecutorService callers = Executors.newFixedThreadPool(50);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> calls = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        calls.add(
            callers.submit(
                () -> {
                  start.await();
                  return tokenSent(core);
                }));
      }
      start.countDown();
      for (Future<String> call : calls) {
        assertEquals("tok-1", call.get(30, TimeUnit.SECONDS));
      }
    } finally {
      callers.shutdownNow();
    }

    assertEquals(1, fetches.get());
    assertEquals(50, apiCalls.get());
  }

  @Test
  void a401FetchesANewTokenAndSendsTheCallOnceMore() {
    ApiCore core = client();
    assertEquals("tok-1", tokenSent(core));
    revoked.add("tok-1");

    assertEquals("tok-2", tokenSent(core));

    assertEquals(2, fetches.get());
    assertEquals(3, apiCalls.get());
  }

  @Test
  void a401AfterTheNewTokenIsThrownWithoutAThirdAttempt() {
    ApiCore core = client();
    apiRefusesAll = true;

    assertThrows(UnauthorizedException.class, () -> tokenSent(core));

    assertEquals(2, fetches.get());
    assertEquals(2, apiCalls.get());
  }

  @Test
  void aSupplierOrFixedTokenIsNotRenewedOnA401() {
    ApiCore core = ApiCore.create(options().credential("oauth", "tok-fixed").build());

    assertThrows(UnauthorizedException.class, () -> tokenSent(core));

    assertEquals(0, fetches.get());
    assertEquals(1, apiCalls.get());
  }

  @Test
  void asyncCallsShareTheTokenAndRenewItOnA401() throws Exception {
    ApiCore core = client();
    assertEquals(
        "tok-1",
        core.callAsync(THINGS, WireRequest.empty(), RequestOptions.none(), THING)
            .get(30, TimeUnit.SECONDS)
            .get("token"));
    revoked.add("tok-1");

    assertEquals(
        "tok-2",
        core.callAsync(THINGS, WireRequest.empty(), RequestOptions.none(), THING)
            .get(30, TimeUnit.SECONDS)
            .get("token"));
    assertEquals(2, fetches.get());
  }

  @Test
  void aWrongSecretGivesAClearErrorWithoutTheSecret() {
    tokenStatus = 401;
    tokenAnswer =
        "{\"error\":\"invalid_client\",\"error_description\":\"no client with secret "
            + SECRET
            + "\"}";
    ApiCore core = client();

    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> tokenSent(core));

    assertEquals(
        "401 invalid_client: oauth: the token request to "
            + base()
            + "/oauth/token was refused (no client with secret [REDACTED]); check the client id"
            + " and secret",
        e.getMessage());
    assertEquals("invalid_client", e.errorType());
    assertFalse(e.rawBody().contains(SECRET));
    assertEquals(0, apiCalls.get());
  }

  @Test
  void aTokenEndpointErrorOtherThan401KeepsItsStatus() {
    tokenStatus = 400;
    tokenAnswer = "{\"error\":\"invalid_scope\"}";

    ApiException e = assertThrows(ApiException.class, () -> tokenSent(client()));

    assertEquals(400, e.statusCode());
    assertTrue(e.getMessage().endsWith("was refused; check the scopes asked for"), e.getMessage());
  }

  @Test
  void anAnswerWithoutATokenFailsNamingTheTokenUrl() {
    tokenAnswer = "{\"token_type\":\"bearer\"}";

    Exception e = assertThrows(RuntimeException.class, () -> tokenSent(client()));

    assertEquals(
        "oauth: the answer of " + base() + "/oauth/token holds no access_token", e.getMessage());
  }

  @Test
  void theSecretAndTheTokenNeverShowInToString() {
    ClientOptions options = options().clientCredentials("oauth", CLIENT_ID, SECRET).build();
    ApiCore core = ApiCore.create(options);
    tokenSent(core);

    String shown = options + " " + options.credentials() + " " + core;
    assertFalse(shown.contains(SECRET), shown);
    assertFalse(shown.contains("tok-1"), shown);
    assertEquals(List.of("oauth"), options.credentialNames());
    assertEquals(
        "sent [REDACTED] with [REDACTED]",
        options.credentials().redactor().redact("sent tok-1 with " + SECRET));
  }

  @Test
  void theTokenUrlCanBeReplacedAndIsResolvedAgainstTheBaseUrl() {
    ApiCore core =
        ApiCore.create(
            options()
                .endpoint(base() + "/api")
                .tokenUrl("oauth", "../oauth/token")
                .clientCredentials("oauth", CLIENT_ID, SECRET)
                .build());

    assertEquals(
        "tok-1",
        core.call(
                Endpoint.read("things.get", "GET", "/things"),
                WireRequest.empty(),
                RequestOptions.none(),
                THING)
            .get("token"));
  }

  @Test
  void buildRefusesWhatCannotGetAToken() {
    AuthConfig noUrl =
        AuthConfig.builder().scheme(CredentialScheme.bearer("oauth")).perOperation().build();
    assertEquals(
        "oauth has no token URL for its client credentials; set tokenUrl(...)",
        assertThrows(
                IllegalStateException.class,
                () ->
                    ClientOptions.builder(noUrl)
                        .endpoint(base())
                        .clientCredentials("oauth", CLIENT_ID, SECRET)
                        .build())
            .getMessage());
    assertEquals(
        "oauth's token URL must be an http or https URL with a host, without user info:"
            + " ftp://example.com/token",
        assertThrows(
                IllegalStateException.class,
                () ->
                    options()
                        .tokenUrl("oauth", "ftp://example.com/token")
                        .clientCredentials("oauth", CLIENT_ID, SECRET)
                        .build())
            .getMessage());
    assertEquals(
        "apiKey is not an OAuth2 bearer token and takes no client credentials",
        assertThrows(
                IllegalArgumentException.class,
                () -> options().clientCredentials("apiKey", CLIENT_ID, SECRET))
            .getMessage());
    assertEquals(
        "oauth: clientSecret is blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> options().clientCredentials("oauth", CLIENT_ID, " "))
            .getMessage());
    assertEquals(
        "scope 'a b' is not a valid OAuth2 scope (RFC 6749 §3.3)",
        assertThrows(
                IllegalArgumentException.class,
                () -> options().clientCredentials("oauth", CLIENT_ID, SECRET, List.of("a b")))
            .getMessage());
  }
}
