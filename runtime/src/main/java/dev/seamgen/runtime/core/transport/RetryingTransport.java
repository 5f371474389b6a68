package dev.seamgen.runtime.core.transport;

import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.ResponseTooLargeException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Sends a call again, as its {@link RetryPolicy} allows and within its {@link CallLimits}, over
 * another {@link Transport}, the way openai-java's {@code RetryingHttpClient} wraps its client.
 * Gives back the first 2xx answer, or the last error answer when it gives up (mapping that to an
 * exception is the caller's part); throws a {@link ConnectionException} when no answer came, with
 * credential values {@link Redactor redacted}. Waits go through a {@link Sleeper} and the policy's
 * clock, so tests replace both and take no time.
 */
public final class RetryingTransport implements Transport {
  private static final System.Logger LOG = System.getLogger(RetryingTransport.class.getName());

  private final Transport next;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Redactor redactor;

  public RetryingTransport(Transport next, RetryPolicy policy, Sleeper sleeper, Redactor redactor) {
    this.next = Objects.requireNonNull(next, "next == null");
    this.policy = Objects.requireNonNull(policy, "policy == null");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    this.redactor = Objects.requireNonNull(redactor, "redactor == null");
  }

  /**
   * The answer to {@code call}: a 2xx one, or the error answer it gave up on.
   *
   * @throws ConnectionException when no answer came after the retries allowed, or the thread was
   *     interrupted
   * @throws ResponseTooLargeException when an answer was larger than the call reads
   */
  @Override
  public <B> HttpResponse<B> send(Call<B> call) {
    for (Call<B> attempt = call; ; attempt = attempt.next()) {
      Duration wait;
      try {
        HttpResponse<B> response = next.send(attempt);
        wait = waitAfterStatus(attempt, response);
        if (wait == null) {
          return response;
        }
      } catch (IOException e) {
        wait = waitAfterFailure(attempt, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionException(call.operation().name() + " was interrupted", e);
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionException(
            call.operation().name() + " was interrupted while waiting to retry", e);
      }
    }
  }

  /** Like {@link #send}, without blocking: waits between attempts are scheduled. */
  // handle() yields a future of the next attempt's future on purpose, flattened by the
  // thenCompose below: Java 11, the runtime's floor, has no exceptionallyCompose.
  @SuppressWarnings("FutureReturnValueIgnored")
  @Override
  public <B> CompletableFuture<HttpResponse<B>> sendAsync(Call<B> call) {
    return next.sendAsync(call)
        .handle(
            (response, failure) -> {
              Duration wait;
              try {
                if (failure == null) {
                  wait = waitAfterStatus(call, response);
                  if (wait == null) {
                    return CompletableFuture.completedFuture(response);
                  }
                } else {
                  Throwable cause = unwrap(failure);
                  if (!(cause instanceof IOException)) {
                    // A lower layer refused, such as a token supplier: not the network's doing.
                    return CompletableFuture.<HttpResponse<B>>failedFuture(cause);
                  }
                  wait = waitAfterFailure(call, (IOException) cause);
                }
              } catch (RuntimeException giveUp) {
                return CompletableFuture.<HttpResponse<B>>failedFuture(giveUp);
              }
              return sleeper.delay(wait).thenCompose(ignored -> sendAsync(call.next()));
            })
        .thenCompose(Function.identity());
  }

  /** How long to wait before retrying an answer; null to stop at it (a 2xx, or giving up). */
  private Duration waitAfterStatus(Call<?> call, HttpResponse<?> response) {
    if (BodyMode.isSuccess(response.statusCode())) {
      return null;
    }
    Duration wait =
        policy
            .afterStatus(
                call.operation(), response.statusCode(), response.headers(), call.attempt())
            .orElse(null);
    if (wait == null || !mayRetry(call, wait)) {
      return null;
    }
    log(call, "status " + response.statusCode(), wait);
    return wait;
  }

  /** How long to wait before retrying after no (whole) answer; throws when giving up. */
  private Duration waitAfterFailure(Call<?> call, IOException failure) {
    BoundedBody.TooLarge tooLarge = tooLarge(failure);
    if (tooLarge != null) {
      // Asking again would bring the same answer.
      throw new ResponseTooLargeException(
          call.operation().name()
              + ": "
              + tooLarge.getMessage()
              + "; raise it with maxResponseBytes(...) on the client or in RequestOptions",
          tooLarge.limit(),
          null);
    }
    Duration wait = policy.afterFailure(call.operation(), failure, call.attempt()).orElse(null);
    if (wait == null || !mayRetry(call, wait)) {
      throw gaveUp(call, failure, wait != null && call.attempt() < call.limits().maxRetries());
    }
    log(call, failure.getClass().getSimpleName(), wait);
    return wait;
  }

  private static boolean mayRetry(Call<?> call, Duration wait) {
    return call.attempt() < call.limits().maxRetries() && call.limits().leavesTimeFor(wait);
  }

  private ConnectionException gaveUp(Call<?> call, IOException failure, boolean outOfTime) {
    int attempts = call.attempt() + 1;
    String detail =
        failure.getMessage() == null
            ? failure.getClass().getSimpleName()
            : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    return new ConnectionException(
        call.operation().name()
            + " to "
            + call.request().uri().getHost()
            + " failed after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + ": "
            + redactor.redact(detail)
            + (outOfTime
                ? "; the call's totalTimeout of "
                    + call.limits().totalTimeout().toMillis()
                    + " ms leaves no time for another"
                : ""),
        redactor.safeCause(failure));
  }

  /** The size failure in {@code failure}'s chain: the HTTP client may wrap it. */
  private static BoundedBody.TooLarge tooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BoundedBody.TooLarge) {
        return (BoundedBody.TooLarge) t;
      }
    }
    return null;
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  private static void log(Call<?> call, String reason, Duration wait) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            call.operation().name()
                + ": "
                + reason
                + " on attempt "
                + (call.attempt() + 1)
                + ", retrying in "
                + wait.toMillis()
                + " ms");
  }
}
