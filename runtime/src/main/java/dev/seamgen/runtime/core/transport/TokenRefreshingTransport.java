package dev.seamgen.runtime.core.transport;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps a call's token fresh: each attempt after the first carries a token its {@link
 * Authenticator} gives anew (a supplier asked again, a fetched token replaced near its expiry), and
 * an attempt the API answers 401, whose token the authenticator then drops, is sent once more with
 * a new one. That extra send is part of the attempt, not a retry: a renewed token is not the API
 * failing. A request whose body cannot be read twice is not sent again.
 */
public final class TokenRefreshingTransport implements Transport {
  private static final System.Logger LOG =
      System.getLogger(TokenRefreshingTransport.class.getName());

  /** The credentials side: what this wrapper asks of them. */
  public interface Authenticator {
    /**
     * {@code request} with fresh credentials for {@code operation}, or {@code request} itself when
     * none of its credentials change between attempts.
     */
    HttpRequest refresh(Operation operation, HttpRequest request);

    /**
     * Told that the API answered 401 to {@code sent}; drops the token it carried.
     *
     * @return whether a token was dropped, so that sending again (with a new one) may succeed
     */
    boolean renewAfterUnauthorized(Operation operation, HttpRequest sent);
  }

  private final Transport next;
  private final Authenticator authenticator;

  public TokenRefreshingTransport(Transport next, Authenticator authenticator) {
    this.next = Objects.requireNonNull(next, "next == null");
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator == null");
  }

  @Override
  public <B> HttpResponse<B> send(Call<B> call) throws IOException, InterruptedException {
    Call<B> fresh = call.attempt() == 0 ? call : refreshed(call);
    HttpResponse<B> response = next.send(fresh);
    return renews(fresh, response) ? next.send(refreshed(call)) : response;
  }

  @Override
  public <B> CompletableFuture<HttpResponse<B>> sendAsync(Call<B> call) {
    Call<B> fresh;
    try {
      fresh = call.attempt() == 0 ? call : refreshed(call);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return next.sendAsync(fresh)
        .thenCompose(
            response ->
                renews(fresh, response)
                    ? next.sendAsync(refreshed(call))
                    : CompletableFuture.completedFuture(response));
  }

  private <B> Call<B> refreshed(Call<B> call) {
    return call.withRequest(authenticator.refresh(call.operation(), call.request()));
  }

  private boolean renews(Call<?> sent, HttpResponse<?> response) {
    if (response.statusCode() != 401 || !sent.limits().repeatable()) {
      return false;
    }
    boolean renewed = authenticator.renewAfterUnauthorized(sent.operation(), sent.request());
    if (renewed) {
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> sent.operation().name() + ": status 401 to a token now renewed, sending again");
    }
    return renewed;
  }
}
