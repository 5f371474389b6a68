package dev.seamgen.runtime.core.transport;

import static dev.seamgen.runtime.core.Fixtures.READ;
import static dev.seamgen.runtime.core.transport.ScriptedTransport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.seamgen.runtime.RequestOptions;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The token wrapper over a scripted transport, with an authenticator that counts its tokens. */
class TokenRefreshingTransportTest {
  private final ScriptedTransport next = new ScriptedTransport();
  private final List<String> dropped = new ArrayList<>();
  private int issued = 1;
  private boolean renewable = true;

  private final TokenRefreshingTransport.Authenticator tokens =
      new TokenRefreshingTransport.Authenticator() {
        @Override
        public HttpRequest refresh(Operation operation, HttpRequest request) {
          return Call.copy(request).setHeader("Authorization", "Bearer t" + ++issued).build();
        }

        @Override
        public boolean renewAfterUnauthorized(Operation operation, HttpRequest sent) {
          dropped.add(sent.headers().firstValue("Authorization").orElseThrow());
          return renewable;
        }
      };

  private final TokenRefreshingTransport refreshing = new TokenRefreshingTransport(next, tokens);

  private static Call<byte[]> call(boolean repeatable) {
    return Call.of(
        READ,
        ScriptedTransport.request("Bearer t1"),
        CallLimits.of(
            RequestOptions.builder()
                .maxRetries(2)
                .timeout(Duration.ofSeconds(1))
                .maxResponseBytes(1000)
                .totalTimeout(Duration.ofSeconds(5))
                .build(),
            RequestOptions.none(),
            repeatable,
            Clock.systemUTC()),
        BodyMode.BUFFERED);
  }

  private List<String> sentTokens() {
    return next.calls.stream()
        .map(c -> c.request().headers().firstValue("Authorization").orElseThrow())
        .collect(Collectors.toList());
  }

  @Test
  void theFirstAttemptGoesAsWrittenAndEveryLaterOneWithAFreshToken() throws Exception {
    next.then(status(503), status(503), status(200));
    Call<byte[]> first = call(true);

    refreshing.send(first);
    refreshing.send(first.next());
    refreshing.send(first.next().next());

    assertEquals(List.of("Bearer t1", "Bearer t2", "Bearer t3"), sentTokens());
  }

  @Test
  void a401ToADroppedTokenIsSentOnceMoreWithANewOne() throws Exception {
    next.then(status(401), status(200));

    assertEquals(200, refreshing.send(call(true)).statusCode());

    assertEquals(List.of("Bearer t1"), dropped);
    assertEquals(List.of("Bearer t1", "Bearer t2"), sentTokens());
    assertEquals(List.of(0, 0), attempts(), "the extra send is not a retry");
  }

  @Test
  void a401IsGivenBackWhenNoTokenWasDroppedOrTheBodyCannotBeSentAgain() throws Exception {
    renewable = false;
    next.then(status(401));
    assertEquals(401, refreshing.send(call(true)).statusCode());

    renewable = true;
    next.then(status(401));
    assertEquals(401, refreshing.send(call(false)).statusCode());
    assertEquals(2, next.calls.size());
  }

  @Test
  void asyncAttemptsRenewTheSameWay() {
    next.then(status(401), status(204));

    assertEquals(204, refreshing.sendAsync(call(true)).join().statusCode());
    assertEquals(List.of("Bearer t1", "Bearer t2"), sentTokens());
  }

  @Test
  void aTokenThatCannotBeHadFailsTheAsyncAttemptWithoutSendingIt() {
    TokenRefreshingTransport failing =
        new TokenRefreshingTransport(
            next,
            new TokenRefreshingTransport.Authenticator() {
              @Override
              public HttpRequest refresh(Operation operation, HttpRequest request) {
                throw new IllegalStateException("the supplier gave null");
              }

              @Override
              public boolean renewAfterUnauthorized(Operation operation, HttpRequest sent) {
                return false;
              }
            });

    CompletionException e =
        assertThrows(CompletionException.class, () -> failing.sendAsync(call(true).next()).join());

    assertEquals("the supplier gave null", e.getCause().getMessage());
    assertEquals(0, next.calls.size());
  }

  private List<Integer> attempts() {
    return next.calls.stream().map(Call::attempt).collect(Collectors.toList());
  }
}
