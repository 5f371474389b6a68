package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static dev.seamgen.runtime.core.Fixtures.KEY;
import static dev.seamgen.runtime.core.Fixtures.NOW;
import static dev.seamgen.runtime.core.Fixtures.READ;
import static dev.seamgen.runtime.core.Fixtures.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.ApiResponse;
import dev.seamgen.runtime.BadRequestException;
import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.NotFoundException;
import dev.seamgen.runtime.Page;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ResponseDecodingException;
import dev.seamgen.runtime.SdkException;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.UnauthorizedException;
import dev.seamgen.runtime.core.TestServer.Answer;
import dev.seamgen.runtime.core.TestServer.Received;
import dev.seamgen.runtime.core.transport.RecordingSleeper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiCoreTest {
  static final ResponseReader<JsonObject> THING = ResponseReader.field("thing", JsonObject.class);
  static final Endpoint LIST = Endpoint.read("things.list", "POST", "/things/list");
  static final PageReader<JsonObject> THINGS = PageReader.of("things", JsonObject.class);
  static final WireRequest NONE = WireRequest.empty();

  private final TestServer server = new TestServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  ApiCoreTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  /** Seam's conventions, as Seam's generated root client sets them. */
  private ClientOptions.Builder options(String url) {
    return plainOptions(url)
        .sdk("test-sdk", "9.9.9")
        .sdkHeaders("seam-sdk-name", "seam-sdk-version")
        .requestIdHeader("seam-request-id")
        .errorFormat(ErrorFormat.seam());
  }

  /** A client with the runtime's defaults, as any other API's generated client. */
  private ClientOptions.Builder plainOptions(String url) {
    return ClientOptions.builder(AUTH)
        .endpoint(url)
        .maxRetries(0)
        .sleeper(sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .environment(Map.of());
  }

  private ApiCore core() {
    return ApiCore.create(options(server.url()).credential("apiKey", KEY).build());
  }

  private static WireRequest json(Object body) {
    return WireRequest.builder().jsonBody(body).build();
  }

  private static Answer ok(String body) {
    return Answer.ok(body);
  }

  private static Answer page(String items, String nextCursor) {
    return ok(
        "{\"things\":["
            + items
            + "],\"pagination\":{\"has_next_page\":"
            + (nextCursor != null)
            + ",\"next_page_cursor\":"
            + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
            + "},\"ok\":true}");
  }

  @Test
  void sendsTheBodyAsJsonWithCredentialsAndSdkHeaders() {
    server.answer(ok("{\"thing\":{\"a\":1},\"ok\":true}"));
    ApiCore core =
        ApiCore.create(
            options(server.url()).credential("apiKey", KEY).header("x-team", "locks").build());

    Map<?, ?> thing =
        core.call(
            READ,
            json(Map.of("thing_id", "t1")),
            RequestOptions.builder().header("x-extra", "yes").build(),
            THING);

    assertEquals(Map.of("a", 1), thing);
    Received request = server.received().get(0);
    assertEquals("POST", request.method);
    assertEquals("/things/get", request.path);
    assertEquals("{\"thing_id\":\"t1\"}", request.body);
    assertEquals("Bearer " + KEY, request.header("Authorization"));
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals("application/json", request.header("Accept"));
    assertEquals("test-sdk", request.header("seam-sdk-name"));
    assertEquals("9.9.9", request.header("seam-sdk-version"));
    assertTrue(
        request.header("User-Agent").startsWith("test-sdk/9.9.9 Java/"),
        request.header("User-Agent"));
    assertEquals("locks", request.header("x-team"));
    assertEquals("yes", request.header("x-extra"));
    assertNull(request.header("seam-workspace"));
  }

  @Test
  void aPersonalAccessTokenSendsTheWorkspaceHeader() {
    server.answer(ok("{}"));
    ApiCore core =
        ApiCore.create(
            options(server.url())
                .credential("personalAccessToken", "seam_at_pat1")
                .credential("workspaceId", "ws_1")
                .build());

    core.call(WRITE, NONE, RequestOptions.none(), ResponseReader.none());

    Received request = server.received().get(0);
    assertEquals("Bearer seam_at_pat1", request.header("Authorization"));
    assertEquals("ws_1", request.header("seam-workspace"));
  }

  @Test
  void credentialsNeverFollowARedirectToAnotherHost() throws IOException {
    try (TestServer other = new TestServer()) {
      other.answer(ok("{\"thing\":{}}"));
      server.answer(
          Answer.raw(307, "text/plain", "").withHeader("Location", other.url() + "/collect"));
      HttpClient following =
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> options(server.url()).credential("apiKey", KEY).httpClient(following).build());
      ApiException notFollowed =
          assertThrows(
              ApiException.class,
              () -> core().call(READ, WireRequest.empty(), RequestOptions.none(), THING));

      assertEquals(
          "the HttpClient given follows redirects (NORMAL), which would send the "
              + "credentials to any host a redirect names; build it with "
              + "followRedirects(HttpClient.Redirect.NEVER)",
          refused.getMessage());
      assertEquals(307, notFollowed.statusCode());
      assertEquals(0, other.requestCount(), "the SDK's own client does not follow redirects");
    }
  }

  @Test
  void aClientThatFollowsRedirectsIsFineWithoutCredentials() throws IOException {
    try (TestServer other = new TestServer()) {
      other.answer(ok("{\"thing\":{\"a\":2}}"));
      server.answer(
          Answer.raw(307, "text/plain", "").withHeader("Location", other.url() + "/things/get"));
      ApiCore open =
          ApiCore.create(
              ClientOptions.builder(AuthConfig.none())
                  .endpoint(server.url())
                  .environment(Map.of())
                  .httpClient(
                      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build())
                  .build());

      assertEquals(
          Map.of("a", 2), open.call(READ, WireRequest.empty(), RequestOptions.none(), THING));
      assertEquals(1, other.requestCount());
    }
  }

  @Test
  void withoutABodyNeitherBodyNorContentTypeIsSent() {
    server.answer(ok("{}"));

    core().call(WRITE, NONE, RequestOptions.none(), ResponseReader.none());

    Received request = server.received().get(0);
    assertEquals("POST", request.method);
    assertEquals("", request.body);
    assertNull(request.header("Content-Type"));
  }

  @Test
  void aGetSendsNoBodyAndNoContentType() {
    server.answer(ok("{\"id\":10,\"name\":\"rex\"}"));
    Endpoint get = Endpoint.of("pet.getPetById", "GET", "/pet/{petId}", true);

    Map<?, ?> pet =
        core()
            .call(
                get,
                WireRequest.builder().path("petId", 10L, ParameterStyle.SIMPLE, false).build(),
                RequestOptions.none(),
                ResponseReader.body(Map.class));

    assertEquals("rex", pet.get("name"));
    Received request = server.received().get(0);
    assertEquals("GET", request.method);
    assertEquals("/pet/10", request.rawPath);
    assertEquals("", request.body);
    assertNull(request.header("Content-Type"));
    assertEquals("application/json", request.header("Accept"));
  }

  @Test
  void aDeleteThatReadsNothingSendsNoAccept() {
    server.answer(Answer.raw(204, "text/plain", ""));
    Endpoint delete = Endpoint.of("pet.deletePet", "DELETE", "/pet/{petId}", true);

    ApiResponse<Void> response =
        core()
            .callRaw(
                delete,
                WireRequest.builder().path("petId", 10L, ParameterStyle.SIMPLE, false).build(),
                RequestOptions.none(),
                ResponseReader.none());

    assertEquals(204, response.statusCode());
    assertNull(response.value());
    Received request = server.received().get(0);
    assertEquals("DELETE", request.method);
    assertNull(request.header("Accept"));
    assertNull(request.header("Content-Type"));
  }

  @Test
  void aPutSendsItsJsonBody() {
    server.answer(ok("{\"id\":10}"));
    Endpoint put = Endpoint.of("pet.updatePet", "PUT", "/pet", true);

    core().call(put, json(Map.of("id", 10)), RequestOptions.none(), ResponseReader.body(Map.class));

    Received request = server.received().get(0);
    assertEquals("PUT", request.method);
    assertEquals("{\"id\":10}", request.body);
    assertEquals("application/json", request.header("Content-Type"));
  }

  @Test
  void pathQueryHeaderAndCookieParametersArriveAsWritten() {
    server.answer(ok("[]"));
    Endpoint find = Endpoint.of("store.find", "GET", "/stores/{storeId}/pets{coords}", true);
    Map<String, Object> filter = new java.util.LinkedHashMap<>();
    filter.put("kind", "dog");
    filter.put("max age", 3);

    core()
        .call(
            find,
            WireRequest.builder()
                .path("storeId", "north/east 1", ParameterStyle.SIMPLE, false)
                .path("coords", List.of(1, 2), ParameterStyle.MATRIX, true)
                .query("status", List.of("sold", "on hold"), ParameterStyle.FORM, true, false)
                .query("filter", filter, ParameterStyle.DEEP_OBJECT, true, false)
                .query("next", "/pets?page=2", ParameterStyle.FORM, true, true)
                .query("unset", null, ParameterStyle.FORM, true, false)
                .header("X-Request-Tags", List.of("a", "b"), ParameterStyle.SIMPLE, false)
                .cookie("session", "s 1", ParameterStyle.FORM, true)
                .cookie("theme", "dark", ParameterStyle.FORM, true)
                .build(),
            RequestOptions.none(),
            ResponseReader.body(List.class));

    Received request = server.received().get(0);
    assertEquals("/stores/north%2Feast%201/pets;coords=1;coords=2", request.rawPath);
    assertEquals(
        "status=sold&status=on%20hold&filter%5Bkind%5D=dog&filter%5Bmax%20age%5D=3"
            + "&next=/pets?page=2",
        request.rawQuery);
    assertEquals("a,b", request.header("X-Request-Tags"));
    assertEquals("session=s%201; theme=dark", request.header("Cookie"));
  }

  @Test
  void aBodyReaderReadsTheWholeAnswerOfAnyType() {
    server.answer(ok("[{\"n\":1},{\"n\":2}]"), ok("\"token-1\""), ok("42"));
    ApiCore core = core();
    Endpoint get = Endpoint.of("a.get", "GET", "/a", true);

    List<Map<String, Integer>> list =
        core.call(
            get,
            NONE,
            RequestOptions.none(),
            ResponseReader.body(
                new com.fasterxml.jackson.core.type.TypeReference<
                    List<Map<String, Integer>>>() {}));
    assertEquals(List.of(Map.of("n", 1), Map.of("n", 2)), list);
    assertEquals(
        "token-1", core.call(get, NONE, RequestOptions.none(), ResponseReader.body(String.class)));
    assertEquals(42L, core.call(get, NONE, RequestOptions.none(), ResponseReader.body(Long.class)));
  }

  @Test
  void aMissingPathParameterIsRefusedBeforeAnythingIsSent() {
    Endpoint get = Endpoint.of("pet.getPetById", "GET", "/pet/{petId}", true);
    ApiCore core = core();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> core.call(get, NONE, RequestOptions.none(), ResponseReader.body(Map.class)));
    assertEquals(
        "pet.getPetById: no value for path parameter 'petId' of /pet/{petId}", e.getMessage());
    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () ->
                core.callAsync(get, NONE, RequestOptions.none(), ResponseReader.body(Map.class))
                    .get());
    assertInstanceOf(IllegalArgumentException.class, async.getCause());
    assertEquals(0, server.requestCount());
  }

  @Test
  void aClientWithDefaultsCarriesNoneOfSeamsConventions() {
    server.answer(
        ok("{}").withHeader("x-request-id", "x-1"),
        Answer.json(404, "{\"code\":1,\"type\":\"error\",\"message\":\"Pet not found\"}")
            .withHeader("x-request-id", "x-2"));
    ApiCore core =
        ApiCore.create(
            plainOptions(server.url()).sdk("petstore", "1.0").credential("apiKey", KEY).build());
    Endpoint get = Endpoint.of("pet.getPetById", "GET", "/pet/1", true);

    ApiResponse<JsonObject> response =
        core.callRaw(get, NONE, RequestOptions.none(), ResponseReader.body(JsonObject.class));
    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () -> core.call(get, NONE, RequestOptions.none(), ResponseReader.body(Map.class)));

    assertEquals("x-1", response.requestId().orElseThrow(), "not seam-request-id: req-200");
    assertEquals("404 error: Pet not found (request x-2)", e.getMessage());
    for (Received request : server.received()) {
      for (String header : request.headers.keySet()) {
        assertFalse(header.toLowerCase(java.util.Locale.ROOT).startsWith("seam"), header);
      }
      assertTrue(request.header("User-Agent").startsWith("petstore/1.0 Java/"));
    }
  }

  @Test
  void seamsConventionsAreConfiguration() {
    server.answer(
        Answer.json(
                404,
                "{\"error\":{\"type\":\"thing_not_found\","
                    + "\"message\":\"gone\"},\"code\":\"ignored\"}")
            .withHeader("x-request-id", "x-9"));

    NotFoundException e =
        assertThrows(
            NotFoundException.class, () -> core().call(READ, NONE, RequestOptions.none(), THING));

    assertEquals("thing_not_found", e.errorType());
    assertEquals("req-404", e.requestId(), "read from seam-request-id, not x-request-id");
    assertEquals("test-sdk", server.received().get(0).header("seam-sdk-name"));
  }

  @Test
  void aBasePathInTheEndpointIsKept() {
    server.answer(ok("{\"thing\":{}}"));
    ApiCore core =
        ApiCore.create(options(server.url() + "/api/v1/").credential("apiKey", KEY).build());

    core.call(READ, NONE, RequestOptions.none(), THING);

    assertEquals("/api/v1/things/get", server.received().get(0).path);
  }

  @Test
  void perCallHeadersCannotReplaceTheCredentials() {
    server.answer(ok("{\"thing\":{}}"));

    core()
        .call(
            READ,
            NONE,
            RequestOptions.builder().header("Authorization", "Bearer other").build(),
            THING);

    assertEquals("Bearer " + KEY, server.received().get(0).header("Authorization"));
  }

  @Test
  void aPerCallTimeoutOverridesTheClients() {
    server.answer(ok("{\"thing\":{}}").delayed(10_000));
    long start = System.nanoTime();

    ConnectionException e =
        assertThrows(
            ConnectionException.class,
            () ->
                core()
                    .call(
                        READ,
                        NONE,
                        RequestOptions.builder().timeout(Duration.ofMillis(200)).build(),
                        THING));

    assertTrue(e.getMessage().contains("HttpTimeoutException"), e.getMessage());
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "timed out well before 30 s");
  }

  @Test
  void theClientTimeoutAppliesToEachAttempt() {
    server.answer(ok("{\"thing\":{}}").delayed(10_000), ok("{\"thing\":{\"n\":2}}"));
    // Long enough for the second, prompt answer on a loaded machine; far below the 10 s delay.
    ApiCore core =
        ApiCore.create(
            options(server.url())
                .credential("apiKey", KEY)
                .timeout(Duration.ofMillis(1500))
                .maxRetries(1)
                .build());

    assertEquals(Map.of("n", 2), core.call(READ, NONE, RequestOptions.none(), THING));
    assertEquals(1, sleeper.slept.size());
  }

  @Test
  void perCallRetriesOverrideTheClients() {
    server.answer(Answer.json(500, "{}"), Answer.json(500, "{}"), ok("{\"thing\":{}}"));
    ApiCore core =
        ApiCore.create(options(server.url()).credential("apiKey", KEY).maxRetries(0).build());

    core.call(READ, NONE, RequestOptions.builder().maxRetries(2).build(), THING);

    assertEquals(3, server.requestCount());
  }

  @Test
  void errorStatusesBecomeTheirExceptions() {
    server.answer(
        Answer.json(
            400,
            "{\"error\":{\"type\":\"invalid_input\",\"message\":\"Invalid input\","
                + "\"validation_errors\":{\"_errors\":[],\"limit\":{\"_errors\":"
                + "[\"Number must be greater than 0\"]}}},\"ok\":false}"),
        Answer.json(404, "{\"error\":{\"type\":\"thing_not_found\",\"message\":\"gone\"}}")
            .withHeader("seam-request-id", "request6"));
    ApiCore core = core();

    BadRequestException bad =
        assertThrows(
            BadRequestException.class,
            () -> core.call(LIST, json(Map.of("limit", 0)), RequestOptions.none(), THING));
    assertEquals(Map.of("limit", List.of("Number must be greater than 0")), bad.validationErrors());

    NotFoundException missing =
        assertThrows(
            NotFoundException.class, () -> core.call(READ, NONE, RequestOptions.none(), THING));
    assertEquals("404 thing_not_found: gone (request request6)", missing.getMessage());
  }

  @Test
  void aNonJsonErrorPageStillGivesTheStatus() {
    server.answer(Answer.raw(502, "text/html", "<html><body>Bad Gateway</body></html>"));

    ServerException e =
        assertThrows(
            ServerException.class, () -> core().call(READ, NONE, RequestOptions.none(), THING));

    assertEquals(502, e.statusCode());
    assertNull(e.body());
    assertTrue(e.getMessage().contains("not JSON (<html><body>Bad Gateway"), e.getMessage());
  }

  @Test
  void malformedJsonInASuccessIsADecodingErrorNamingTheOperation() {
    server.answer(ok("{\"thing\": {"));

    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () -> core().call(READ, NONE, RequestOptions.none(), THING));

    assertTrue(
        e.getMessage().startsWith("things.get: status 200 but the answer is not valid " + "JSON"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("(request req-200)"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void anAnswerOfTheWrongShapeIsADecodingError() {
    server.answer(ok("{\"other\":1}"), ok("{\"thing\":[1,2]}"), ok(""));
    ApiCore core = core();

    assertEquals(
        "things.get: status 200 but the answer does not fit: the answer has no 'thing' "
            + "property (request req-200)",
        assertThrows(
                ResponseDecodingException.class,
                () -> core.call(READ, NONE, RequestOptions.none(), THING))
            .getMessage());
    assertTrue(
        assertThrows(
                ResponseDecodingException.class,
                () -> core.call(READ, NONE, RequestOptions.none(), THING))
            .getMessage()
            .startsWith("things.get: status 200 but the answer does not fit: "));
    assertEquals(
        "things.get: status 200 but the answer is empty (request req-200)",
        assertThrows(
                ResponseDecodingException.class,
                () -> core.call(READ, NONE, RequestOptions.none(), THING))
            .getMessage());
  }

  @Test
  void anOperationWithoutResultIgnoresTheBody() {
    server.answer(Answer.raw(200, "text/plain", "done"));

    assertNull(core().call(WRITE, NONE, RequestOptions.none(), ResponseReader.none()));
  }

  @Test
  void rawCallsExposeStatusHeadersAndRequestId() {
    server.answer(ok("{\"thing\":{\"a\":2}}").withHeader("x-ratelimit-remaining", "9"));

    ApiResponse<JsonObject> response = core().callRaw(READ, NONE, RequestOptions.none(), THING);

    assertEquals(200, response.statusCode());
    assertEquals("req-200", response.requestId().orElseThrow());
    assertEquals("9", response.headers().firstValue("x-ratelimit-remaining").orElseThrow());
    assertEquals(Map.of("a", 2), response.value());
  }

  @Test
  void asyncCallsShareTheRetriesAndTheExceptions() {
    server.answer(
        Answer.json(503, "{}"),
        ok("{\"thing\":{\"a\":3}}"),
        Answer.json(404, "{\"error\":{\"type\":\"thing_not_found\",\"message\":\"gone\"}}"),
        ok("not json"));
    ApiCore core =
        ApiCore.create(options(server.url()).credential("apiKey", KEY).maxRetries(1).build());

    assertEquals(Map.of("a", 3), core.callAsync(READ, NONE, RequestOptions.none(), THING).join());
    assertEquals(1, sleeper.delayed.size());
    assertEquals(List.of(), sleeper.slept, "the async retry did not block a thread");

    ExecutionException notFound =
        assertThrows(
            ExecutionException.class,
            () -> core.callAsync(READ, NONE, RequestOptions.none(), THING).get());
    assertInstanceOf(NotFoundException.class, notFound.getCause());

    ExecutionException malformed =
        assertThrows(
            ExecutionException.class,
            () -> core.callAsync(READ, NONE, RequestOptions.none(), THING).get());
    assertInstanceOf(ResponseDecodingException.class, malformed.getCause());
  }

  @Test
  void asyncRawCallsExposeTheRequestId() {
    server.answer(ok("{\"thing\":{}}"));

    ApiResponse<JsonObject> response =
        core().callRawAsync(READ, NONE, RequestOptions.none(), THING).join();

    assertEquals("req-200", response.requestId().orElseThrow());
  }

  @Test
  void pagesAreFetchedOnlyWhenIterationReachesThemWithTheSameFilters() {
    server.answer(page("{\"n\":1},{\"n\":2}", "c2"), page("{\"n\":3}", "c3"));
    ApiCore core = core();
    AtomicReference<Function<String, Page<JsonObject>>> fetch = new AtomicReference<>();
    fetch.set(
        cursor ->
            core.page(
                LIST,
                json(Map.of("color", "red", "page_cursor", cursor)),
                RequestOptions.none(),
                THINGS,
                fetch.get()));

    Page<JsonObject> first =
        core.page(LIST, json(Map.of("color", "red")), RequestOptions.none(), THINGS, fetch.get());
    assertEquals(1, server.requestCount());
    assertEquals(
        List.of(1, 2), first.items().stream().map(m -> m.get("n")).collect(Collectors.toList()));

    assertEquals(3, first.autoPager().stream().limit(3).count());
    assertEquals(2, server.requestCount(), "the third page is not fetched before it is needed");

    server.answer(page("{\"n\":3}", "c3"), page("{\"n\":4}", null));
    List<Object> all = new ArrayList<>();
    for (Map<?, ?> thing : first.autoPager()) {
      all.add(thing.get("n"));
    }
    assertEquals(List.of(1, 2, 3, 4), all);
    assertEquals(4, server.requestCount(), "a new walk fetches the later pages again");
    String second = server.received().get(1).body;
    assertTrue(
        second.contains("\"page_cursor\":\"c2\"") && second.contains("\"color\":\"red\""), second);
  }

  @Test
  void aServerThatRepeatsItsCursorEndsTheWalkWithAnErrorInsteadOfLoopingForever() {
    // Every later page says "c2" again; without the check this walk never ends.
    for (int i = 0; i < 10; i++) {
      server.answer(page("{\"n\":" + i + "}", "c2"));
    }
    ApiCore core = core();
    AtomicReference<Function<String, Page<JsonObject>>> fetch = new AtomicReference<>();
    fetch.set(
        cursor ->
            core.page(
                LIST,
                WireRequest.builder().jsonBody(Map.of("page_cursor", cursor)).build(),
                RequestOptions.none(),
                THINGS,
                fetch.get()));

    Page<JsonObject> first =
        core.page(LIST, WireRequest.empty(), RequestOptions.none(), THINGS, fetch.get());
    SdkException e = assertThrows(SdkException.class, () -> first.autoPager().stream().count());

    assertTrue(
        e.getMessage().startsWith("page 2 gives the same next-page cursor as page 1"),
        e.getMessage());
    assertEquals(2, server.requestCount());
  }

  @Test
  void theLastPageSaysThereIsNoNext() {
    server.answer(ok("{\"things\":[{\"n\":1}],\"ok\":true}"));

    Page<JsonObject> only =
        core()
            .page(
                LIST,
                NONE,
                RequestOptions.none(),
                THINGS,
                cursor -> {
                  throw new AssertionError("no next page");
                });

    assertFalse(only.hasNextPage());
    assertThrows(NoSuchElementException.class, only::nextPage);
    assertEquals(1, only.autoPager().stream().count());
    assertEquals(1, server.requestCount());
  }

  @Test
  void rawAndAsyncPagesWork() {
    server.answer(page("{\"n\":1}", "c2"), page("{\"n\":2}", null), page("", null));
    ApiCore core = core();
    Function<String, Page<JsonObject>> next =
        cursor ->
            core.page(
                LIST,
                json(Map.of("page_cursor", cursor)),
                RequestOptions.none(),
                THINGS,
                c -> {
                  throw new AssertionError("only two pages");
                });

    ApiResponse<Page<JsonObject>> raw =
        core.pageRaw(LIST, NONE, RequestOptions.none(), THINGS, next);
    assertEquals("req-200", raw.requestId().orElseThrow());
    assertEquals(2, raw.value().autoPager().stream().count());

    Page<JsonObject> empty = core.pageAsync(LIST, NONE, RequestOptions.none(), THINGS, next).join();
    assertEquals(List.of(), empty.items());
  }

  @Test
  void aPageWithoutItsListIsADecodingError() {
    server.answer(ok("{\"devices\":[]}"));

    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class,
            () -> core().page(LIST, NONE, RequestOptions.none(), THINGS, c -> null));

    assertEquals(
        "things.list: status 200 but the answer does not fit: the answer has no "
            + "'things' list (request req-200)",
        e.getMessage());
  }

  @Test
  void credentialsAppearInNoMessageAndNoToString() throws IOException {
    server.answer(
        Answer.json(401, "{\"error\":{\"type\":\"unauthorized\",\"message\":\"bad\"}}"),
        Answer.raw(500, "text/plain", "not json at all"),
        ok("{\"thing\": "));
    ApiCore core = core();
    List<String> texts = new ArrayList<>();
    texts.add(core.options().toString());
    texts.add(
        assertThrows(
                UnauthorizedException.class,
                () -> core.call(READ, NONE, RequestOptions.none(), THING))
            .toString());
    texts.add(
        assertThrows(ApiException.class, () -> core.call(READ, NONE, RequestOptions.none(), THING))
            .toString());
    texts.add(
        assertThrows(
                ResponseDecodingException.class,
                () -> core.call(READ, NONE, RequestOptions.none(), THING))
            .toString());
    ApiCore refused =
        ApiCore.create(options(TestServer.refusingUrl()).credential("apiKey", KEY).build());
    ConnectionException connection =
        assertThrows(
            ConnectionException.class,
            () -> refused.call(READ, NONE, RequestOptions.none(), THING));
    texts.add(connection.toString());
    texts.add(String.valueOf(connection.getCause()));
    texts.add(RequestOptions.builder().header("Authorization", KEY).build().toString());
    for (String text : texts) {
      assertFalse(text.contains(KEY), text);
      assertFalse(text.contains("testkey"), text);
    }
  }

  @Test
  void theCoreSharesTheOneMapper() {
    assertSame(Json.mapper(), core().mapper());
  }
}
