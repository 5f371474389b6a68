package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static dev.seamgen.runtime.core.Fixtures.KEY;
import static dev.seamgen.runtime.core.Fixtures.READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.core.TestServer.Answer;
import dev.seamgen.runtime.core.transport.CallLimits;
import dev.seamgen.runtime.core.transport.RecordingSleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class CallLimitsTest {
  private static final ResponseReader<JsonObject> THING =
      ResponseReader.field("thing", JsonObject.class);

  private final TestServer server = new TestServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  CallLimitsTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientOptions.Builder client() {
    return ClientOptions.builder(AUTH)
        .endpoint(server.url())
        .sleeper(sleeper)
        .clock(sleeper.clock())
        .environment(Map.of())
        .credential("apiKey", KEY);
  }

  private static Answer unavailableFor(int seconds) {
    return Answer.json(503, "{\"error\":{\"type\":\"busy\"}}")
        .withHeader("Retry-After", String.valueOf(seconds));
  }

  @Test
  void aCallsOwnSettingsWinOverTheClients() {
    ClientOptions options =
        client()
            .timeout(Duration.ofSeconds(10))
            .maxRetries(4)
            .maxResponseBytes(500)
            .totalTimeout(Duration.ofSeconds(40))
            .build();

    CallLimits inherited =
        CallLimits.of(options.callDefaults(), RequestOptions.none(), true, sleeper.clock());
    CallLimits own =
        CallLimits.of(
            options.callDefaults(),
            RequestOptions.builder()
                .timeout(Duration.ofSeconds(5))
                .maxRetries(1)
                .maxResponseBytes(100)
                .totalTimeout(Duration.ofSeconds(7))
                .build(),
            true,
            sleeper.clock());

    assertEquals(
        "CallLimits{maxRetries=4, attemptTimeout=PT10S, maxResponseBytes=500, "
            + "totalTimeout=PT40S}",
        inherited.toString());
    assertEquals(
        "CallLimits{maxRetries=1, attemptTimeout=PT5S, maxResponseBytes=100, "
            + "totalTimeout=PT7S}",
        own.toString());
  }

  @Test
  void theTotalIsTwoMinutesAndNeverShorterThanAnAttemptUnlessSet() {
    assertEquals(Duration.ofMinutes(2), client().build().totalTimeout());
    assertEquals(
        Duration.ofMinutes(5), client().timeout(Duration.ofMinutes(5)).build().totalTimeout());
    assertEquals(
        Duration.ofSeconds(20),
        client()
            .timeout(Duration.ofMinutes(5))
            .totalTimeout(Duration.ofSeconds(20))
            .build()
            .totalTimeout(),
        "an explicit total stays");
    assertEquals(
        Duration.ofMinutes(3),
        CallLimits.of(
                client().build().callDefaults(),
                RequestOptions.builder().timeout(Duration.ofMinutes(3)).build(),
                true,
                sleeper.clock())
            .totalTimeout());
    assertEquals(
        Duration.ofSeconds(20),
        CallLimits.of(
                client()
                    .timeout(Duration.ofMinutes(5))
                    .totalTimeout(Duration.ofSeconds(20))
                    .build()
                    .callDefaults(),
                RequestOptions.none(),
                true,
                sleeper.clock())
            .totalTimeout(),
        "a call without settings of its own keeps the client's explicit total");
  }

  @Test
  void anAttemptGetsWhatTheTotalLeaves() {
    CallLimits limits =
        CallLimits.of(
            RequestOptions.builder()
                .maxRetries(3)
                .timeout(Duration.ofSeconds(30))
                .maxResponseBytes(1000)
                .totalTimeout(Duration.ofSeconds(50))
                .build(),
            RequestOptions.none(),
            true,
            sleeper.clock());

    assertEquals(Duration.ofSeconds(30), limits.attemptTimeout());
    sleeper.sleep(Duration.ofSeconds(35));
    assertEquals(Duration.ofSeconds(15), limits.attemptTimeout());
    assertTrue(limits.leavesTimeFor(Duration.ofSeconds(14)));
    assertFalse(limits.leavesTimeFor(Duration.ofSeconds(15)));
    sleeper.sleep(Duration.ofSeconds(20));
    assertEquals(Duration.ofMillis(1), limits.attemptTimeout(), "past the end, none is left");
  }

  @Test
  void retriesStopWhenTheNextWaitWouldPassTheTotalTimeout() {
    server.answer(
        unavailableFor(30), unavailableFor(30), unavailableFor(30), Answer.ok("{\"thing\":{}}"));
    ApiCore core =
        ApiCore.create(client().maxRetries(5).totalTimeout(Duration.ofSeconds(70)).build());

    ServerException e =
        assertThrows(
            ServerException.class,
            () -> core.call(READ, WireRequest.empty(), RequestOptions.none(), THING));

    assertEquals(503, e.statusCode());
    assertEquals(
        List.of(Duration.ofSeconds(30), Duration.ofSeconds(30)),
        sleeper.slept,
        "a third wait would end at 90 s, past the 70 s allowed");
    assertEquals(3, server.requestCount());
  }

  @Test
  void aCallsOwnTotalTimeoutStopsItsRetriesToo() {
    server.answer(unavailableFor(30), Answer.ok("{\"thing\":{}}"));
    ApiCore core = ApiCore.create(client().maxRetries(5).build());

    assertThrows(
        ServerException.class,
        () ->
            core.call(
                READ,
                WireRequest.empty(),
                RequestOptions.builder().totalTimeout(Duration.ofSeconds(20)).build(),
                THING));

    assertEquals(List.of(), sleeper.slept);
    assertEquals(1, server.requestCount());
  }

  @Test
  void asyncRetriesStopAtTheTotalTimeout() {
    server.answer(unavailableFor(30), unavailableFor(30), Answer.ok("{\"thing\":{}}"));
    ApiCore core =
        ApiCore.create(client().maxRetries(5).totalTimeout(Duration.ofSeconds(45)).build());

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                core.callAsync(READ, WireRequest.empty(), RequestOptions.none(), THING)
                    .get(10, TimeUnit.SECONDS));

    assertInstanceOf(ServerException.class, e.getCause());
    assertEquals(List.of(Duration.ofSeconds(30)), sleeper.delayed);
  }

  @Test
  void aStalledBodyIsCutAtTheTotalTimeoutAndTheMessageSaysSo() {
    server.answer(Answer.stallAfterHeaders("{\"thing\":"));
    ApiCore core =
        ApiCore.create(
            client()
                .clock(Clock.systemUTC())
                .timeout(Duration.ofSeconds(30))
                .totalTimeout(Duration.ofMillis(500))
                .maxRetries(2)
                .build());
    long start = System.nanoTime();

    ConnectionException e =
        assertThrows(
            ConnectionException.class,
            () -> core.call(READ, WireRequest.empty(), RequestOptions.none(), THING));

    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    assertTrue(
        e.getMessage()
            .endsWith("; the call's totalTimeout of 500 ms leaves no time for " + "another"),
        e.getMessage());
    assertEquals(1, server.requestCount());
  }

  @Test
  void lateHeadersAreCutAtTheTotalTimeout() {
    server.answer(Answer.ok("{\"thing\":{}}").delayed(10_000));
    ApiCore core =
        ApiCore.create(
            client()
                .clock(Clock.systemUTC())
                .timeout(Duration.ofSeconds(30))
                .maxRetries(0)
                .build());
    long start = System.nanoTime();

    assertThrows(
        ConnectionException.class,
        () ->
            core.call(
                READ,
                WireRequest.builder().jsonBody(Map.of("a", 1)).build(),
                RequestOptions.builder().totalTimeout(Duration.ofMillis(300)).build(),
                THING));

    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    TestServer.Received received = server.received().get(0);
    assertEquals(
        "Bearer " + KEY,
        received.header("Authorization"),
        "the request, copied for its shorter timeout, keeps its headers");
    assertEquals("{\"a\":1}", received.body, "and its body");
  }
}
