package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.ApiResponse;
import dev.seamgen.runtime.BadRequestException;
import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.NotFoundException;
import dev.seamgen.runtime.Page;
import dev.seamgen.runtime.RateLimitException;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ResponseDecodingException;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.UnauthorizedException;
import dev.seamgen.runtime.core.TestServer.Answer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiCoreTest {
  static final String KEY = "seam_testkey_0123456789";
  static final AuthConfig AUTH = AuthConfig.builder()
      .scheme(CredentialScheme.bearer("apiKey").environmentVariable("TEST_API_KEY")
          .prefix("seam_"))
      .scheme(CredentialScheme.bearer("personalAccessToken")
          .environmentVariable("TEST_PAT").prefix("seam_at"))
      .scheme(CredentialScheme.header("workspaceId", "seam-workspace")
          .environmentVariable("TEST_WORKSPACE"))
      .scheme(CredentialScheme.bearer("clientSessionToken").prefix("seam_cst"))
      .alternative("apiKey")
      .alternative("personalAccessToken", "workspaceId")
      .alternative("clientSessionToken")
      .build();
  static final Endpoint READ = Endpoint.read("things.get", "POST", "/things/get");
  static final Endpoint WRITE = Endpoint.write("things.update", "POST", "/things/update");
  static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
  static final ResponseReader<Map> THING = ResponseReader.field("thing", Map.class);

  private final TestServer server = new TestServer();
  private final List<Duration> slept = new CopyOnWriteArrayList<>();

  ApiCoreTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiCore core(int maxRetries) {
    return core(server.url(), maxRetries);
  }

  private ApiCore core(String url, int maxRetries) {
    return ApiCore.create(ClientOptions.builder(AUTH)
        .endpoint(url)
        .credential("apiKey", KEY)
        .sdk("test-sdk", "9.9.9")
        .maxRetries(maxRetries)
        .sleeper(slept::add)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .environment(Map.of())
        .build());
  }

  private static Answer ok(String body) {
    return Answer.json(200, body);
  }

  @Test
  void sendsTheBodyAsJsonWithCredentialsAndSdkHeaders() {
    server.answer(ok("{\"thing\":{\"a\":1},\"ok\":true}"));

    Map<?, ?> thing = core(0).call(READ, Map.of("thing_id", "t1"), RequestOptions.builder()
        .header("x-extra", "yes").build(), THING);

    assertEquals(Map.of("a", 1), thing);
    TestServer.Received request = server.received().get(0);
    assertEquals("POST", request.method);
    assertEquals("/things/get", request.path);
    assertEquals("{\"thing_id\":\"t1\"}", request.body);
    assertEquals("Bearer " + KEY, request.header("Authorization"));
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals("test-sdk", request.header("seam-sdk-name"));
    assertEquals("9.9.9", request.header("seam-sdk-version"));
    assertEquals("yes", request.header("x-extra"));
  }

  @Test
  void aReadIsRetriedOnServerErrorsTimeoutsStatusesAndRateLimits() {
    server.answer(Answer.json(503, "{}"), Answer.json(408, "{}"), ok("{\"thing\":{}}"));

    core(2).call(READ, null, RequestOptions.none(), THING);

    assertEquals(3, server.received().size());
    assertEquals(2, slept.size());
    assertEquals("{}", server.received().get(0).body, "no body is sent as {}");
  }

  @Test
  void backoffGrowsWithEachAttempt() {
    server.answer(Answer.json(500, "{}"), Answer.json(500, "{}"), Answer.json(500, "{}"),
        ok("{\"thing\":{}}"));

    core(3).call(READ, null, RequestOptions.none(), THING);

    assertEquals(3, slept.size());
    assertTrue(slept.get(0).toMillis() >= 375 && slept.get(0).toMillis() <= 500, slept.toString());
    assertTrue(slept.get(1).toMillis() >= 750 && slept.get(1).toMillis() <= 1000,
        slept.toString());
    assertTrue(slept.get(2).toMillis() >= 1500 && slept.get(2).toMillis() <= 2000,
        slept.toString());
  }

  @Test
  void aWriteIsNotRetriedWhenTheServerMayHaveActed() {
    server.answer(Answer.json(500, "{\"error\":{\"type\":\"boom\",\"message\":\"failed\"}}"),
        ok("{}"));

    ServerException e = assertThrows(ServerException.class,
        () -> core(2).call(WRITE, null, RequestOptions.none(), ResponseReader.none()));

    assertEquals(500, e.statusCode());
    assertEquals(1, server.received().size());
    assertEquals(List.of(), slept);
  }

  @Test
  void aWriteIsRetriedOn429AndOn503WithRetryAfter() {
    server.answer(Answer.json(429, "{}"), Answer.json(503, "{}").withHeader("Retry-After", "1"),
        ok("{}"));

    core(2).call(WRITE, null, RequestOptions.none(), ResponseReader.none());

    assertEquals(3, server.received().size());
    assertEquals(Duration.ofSeconds(1), slept.get(1));
  }

  @Test
  void aWriteIsNotRetriedOn503WithoutRetryAfter() {
    server.answer(Answer.json(503, "{}"), ok("{}"));

    assertThrows(ServerException.class,
        () -> core(2).call(WRITE, null, RequestOptions.none(), ResponseReader.none()));
    assertEquals(1, server.received().size());
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    server.answer(Answer.json(429, "{}").withHeader("Retry-After", "3"), ok("{\"thing\":{}}"));

    core(1).call(READ, null, RequestOptions.none(), THING);

    assertEquals(List.of(Duration.ofSeconds(3)), slept);
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredAgainstTheClock() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.ofInstant(NOW.plusSeconds(7), ZoneOffset.UTC));
    server.answer(Answer.json(503, "{}").withHeader("Retry-After", date), ok("{\"thing\":{}}"));

    core(1).call(READ, null, RequestOptions.none(), THING);

    assertEquals(List.of(Duration.ofSeconds(7)), slept);
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastError() {
    server.answer(Answer.json(502, "{}"), Answer.json(502, "{}"), Answer.json(502, "{}"));

    ServerException e = assertThrows(ServerException.class,
        () -> core(2).call(READ, null, RequestOptions.none(), THING));

    assertEquals(502, e.statusCode());
    assertEquals(3, server.received().size());
  }

  @Test
  void perRequestRetriesOverrideTheClient() {
    server.answer(Answer.json(500, "{}"), ok("{\"thing\":{}}"));

    assertThrows(ServerException.class, () -> core(2).call(READ, null,
        RequestOptions.builder().maxRetries(0).build(), THING));
    assertEquals(1, server.received().size());
  }

  @Test
  void aRefusedConnectionIsRetriedEvenForAWrite() throws IOException {
    String closed = "http://127.0.0.1:" + freePort();

    ConnectionException e = assertThrows(ConnectionException.class,
        () -> core(closed, 2).call(WRITE, null, RequestOptions.none(), ResponseReader.none()));

    assertEquals(2, slept.size());
    assertTrue(e.getMessage().contains("things.update"), e.getMessage());
    assertTrue(e.getMessage().contains("3 attempts"), e.getMessage());
  }

  @Test
  void aTimedOutReadIsRetriedAndATimedOutWriteIsNot() {
    RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(200)).build();
    server.answer(ok("{\"thing\":{}}").delayed(2000), ok("{\"thing\":{\"late\":false}}"));

    Map<?, ?> thing = core(1).call(READ, null, fast, THING);
    assertEquals(Map.of("late", false), thing);
    assertEquals(1, slept.size());

    server.answer(ok("{}").delayed(2000));
    ConnectionException e = assertThrows(ConnectionException.class,
        () -> core(1).call(WRITE, null, fast, ResponseReader.none()));
    assertTrue(e.getMessage().contains("Timeout"), e.getMessage());
    assertEquals(1, slept.size(), "the write was not retried");
  }

  @Test
  void aNonJsonErrorPageStillGivesAnApiExceptionWithTheStatus() {
    server.answer(new Answer(502, "<html><body>Bad Gateway</body></html>",
        Map.of("Content-Type", "text/html"), 0));

    ServerException e = assertThrows(ServerException.class,
        () -> core(0).call(READ, null, RequestOptions.none(), THING));

    assertEquals(502, e.statusCode());
    assertNull(e.body());
    assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
    assertTrue(e.getMessage().contains("Bad Gateway"), e.getMessage());
  }

  @Test
  void malformedJsonInASuccessIsADecodingErrorNamingTheOperation() {
    server.answer(ok("{\"thing\": {"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class,
        () -> core(0).call(READ, null, RequestOptions.none(), THING));

    assertTrue(e.getMessage().contains("things.get"), e.getMessage());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    assertTrue(e.getMessage().contains("req-200"), e.getMessage());
  }

  @Test
  void aMissingResponseKeyIsADecodingError() {
    server.answer(ok("{\"other\":1}"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class,
        () -> core(0).call(READ, null, RequestOptions.none(), THING));
    assertTrue(e.getMessage().contains("'thing'"), e.getMessage());
  }

  @Test
  void statusesMapToTheirExceptions() {
    server.answer(
        Answer.json(400, "{\"error\":{\"type\":\"invalid_input\",\"message\":\"Invalid input\","
            + "\"validation_errors\":{\"_errors\":[],\"limit\":{\"_errors\":[\"too small\"]},"
            + "\"filter\":{\"name\":{\"_errors\":[\"required\"]}}}},\"ok\":false}"),
        Answer.json(401, "{\"error\":{\"type\":\"unauthorized\",\"message\":\"no\"}}"),
        Answer.json(404, "{\"error\":{\"type\":\"thing_not_found\",\"message\":\"gone\"}}"),
        Answer.json(429, "{\"error\":{\"type\":\"rate_limited\",\"message\":\"slow\"}}")
            .withHeader("Retry-After", "5"),
        Answer.json(418, "{\"error\":{\"type\":\"teapot\",\"message\":\"short\"}}"));
    ApiCore core = core(0);

    BadRequestException bad = assertThrows(BadRequestException.class,
        () -> core.call(WRITE, null, RequestOptions.none(), ResponseReader.none()));
    assertEquals(Map.of("limit", List.of("too small"), "filter.name", List.of("required")),
        bad.validationErrors());
    assertEquals("invalid_input", bad.errorType());

    assertInstanceOf(UnauthorizedException.class, assertThrows(ApiException.class,
        () -> core.call(WRITE, null, RequestOptions.none(), ResponseReader.none())));

    NotFoundException missing = assertThrows(NotFoundException.class,
        () -> core.call(WRITE, null, RequestOptions.none(), ResponseReader.none()));
    assertEquals("thing_not_found", missing.errorType());
    assertEquals("req-404", missing.requestId());
    assertEquals("404 thing_not_found: gone (request req-404)", missing.getMessage());

    RateLimitException limited = assertThrows(RateLimitException.class,
        () -> core.call(WRITE, null, RequestOptions.none(), ResponseReader.none()));
    assertEquals(Duration.ofSeconds(5), limited.retryAfter().orElseThrow());

    ApiException other = assertThrows(ApiException.class,
        () -> core.call(WRITE, null, RequestOptions.none(), ResponseReader.none()));
    assertEquals(418, other.statusCode());
  }

  @Test
  void credentialsAppearInNoMessageAndNoToString() throws IOException {
    server.answer(Answer.json(401, "{\"error\":{\"type\":\"unauthorized\",\"message\":\"bad\"}}"),
        Answer.json(500, "not json at all"));
    ApiCore core = core(0);
    List<String> texts = new ArrayList<>();
    texts.add(core.options().toString());
    texts.add(assertThrows(ApiException.class, () -> core.call(READ, null,
        RequestOptions.none(), THING)).getMessage());
    texts.add(assertThrows(ApiException.class, () -> core.call(READ, null,
        RequestOptions.none(), THING)).getMessage());
    texts.add(assertThrows(ConnectionException.class, () -> core("http://127.0.0.1:"
        + freePort(), 0).call(READ, null, RequestOptions.none(), THING)).getMessage());
    texts.add(RequestOptions.builder().header("Authorization", KEY).build().toString());
    for (String text : texts) {
      assertFalse(text.contains(KEY), text);
      assertFalse(text.contains("testkey"), text);
    }
  }

  @Test
  void rawCallsExposeStatusHeadersAndRequestId() {
    server.answer(ok("{\"thing\":{\"a\":2}}"));

    ApiResponse<Map> response = core(0).callRaw(READ, null, RequestOptions.none(), THING);

    assertEquals(200, response.statusCode());
    assertEquals("req-200", response.requestId().orElseThrow());
    assertEquals(Map.of("a", 2), response.value());
  }

  @Test
  void asyncCallsShareTheTransportAndItsErrors() {
    server.answer(Answer.json(503, "{}"), ok("{\"thing\":{\"a\":3}}"),
        Answer.json(404, "{\"error\":{\"type\":\"thing_not_found\",\"message\":\"gone\"}}"));
    ApiCore core = core(1);

    assertEquals(Map.of("a", 3),
        core.callAsync(READ, null, RequestOptions.none(), THING).join());
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> core.callAsync(READ, null, RequestOptions.none(), THING).get());
    assertInstanceOf(NotFoundException.class, e.getCause());
    assertEquals(3, server.received().size());
  }

  @Test
  void pagesAreFetchedOnlyWhenIterationReachesThem() {
    server.answer(
        ok("{\"things\":[{\"n\":1},{\"n\":2}],\"pagination\":{\"has_next_page\":true,"
            + "\"next_page_cursor\":\"c2\"}}"),
        ok("{\"things\":[{\"n\":3}],\"pagination\":{\"has_next_page\":true,"
            + "\"next_page_cursor\":\"c3\"}}"));
    ApiCore core = core(0);
    PageReader<Map> reader = PageReader.of("things", Map.class);
    Endpoint list = Endpoint.read("things.list", "POST", "/things/list");
    AtomicReference<Function<String, Page<Map>>> fetch = new AtomicReference<>();
    fetch.set(cursor -> core.page(list, Map.of("page_cursor", cursor, "color", "red"),
        RequestOptions.none(), reader, fetch.get()));

    Page<Map> first = core.page(list, Map.of("color", "red"), RequestOptions.none(), reader,
        fetch.get());
    assertEquals(1, server.received().size());
    assertEquals(3, first.autoPager().stream().limit(3).count());
    assertEquals(2, server.received().size(), "the third page is not fetched before it is needed");
    // A new iteration starts again at the first page and fetches the later ones anew.
    server.answer(
        ok("{\"things\":[{\"n\":3}],\"pagination\":{\"has_next_page\":true,"
            + "\"next_page_cursor\":\"c3\"}}"),
        ok("{\"things\":[{\"n\":4}],\"pagination\":{\"has_next_page\":false}}"));
    List<Object> all = first.autoPager().stream().map(m -> m.get("n"))
        .collect(Collectors.toList());
    assertEquals(List.of(1, 2, 3, 4), all);
    assertTrue(server.received().get(1).body.contains("\"page_cursor\":\"c2\""));
    assertTrue(server.received().get(1).body.contains("\"color\":\"red\""));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
