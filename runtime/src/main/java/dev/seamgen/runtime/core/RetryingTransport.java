package dev.seamgen.runtime.core;

import dev.seamgen.runtime.ConnectionException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Sends a request until it succeeds, retrying as {@link RetryPolicy} allows, and turns what
 * finally failed into an exception: an {@code ApiException} for an error status (by {@link
 * ErrorMapper}), a {@link ConnectionException} for no answer. Knows nothing of JSON or
 * credentials.
 */
final class RetryingTransport {
  private static final System.Logger LOG = System.getLogger(RetryingTransport.class.getName());

  private final HttpClient client;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final ErrorMapper errors;
  private final String host;
  private final Redactor redactor;

  RetryingTransport(HttpClient client, RetryPolicy policy, Sleeper sleeper, ErrorMapper errors,
      String host, Redactor redactor) {
    this.client = client;
    this.policy = policy;
    this.sleeper = sleeper;
    this.errors = errors;
    this.host = host;
    this.redactor = redactor;
  }

  /** A 2xx answer to {@code request}, after at most {@code maxRetries} retries. */
  HttpResponse<byte[]> send(Endpoint endpoint, HttpRequest request, int maxRetries) {
    for (int attempt = 0; ; attempt++) {
      Duration wait;
      logAttempt(endpoint, attempt);
      try {
        HttpResponse<byte[]> response = client.send(request,
            HttpResponse.BodyHandlers.ofByteArray());
        if (isSuccess(response.statusCode())) {
          return response;
        }
        wait = retryAfterStatus(endpoint, response, attempt, maxRetries);
      } catch (IOException e) {
        wait = retryAfterFailure(endpoint, e, attempt, maxRetries);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionException(endpoint.name() + " was interrupted", e);
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionException(endpoint.name() + " was interrupted while waiting to "
            + "retry", e);
      }
    }
  }

  /** Like {@link #send}, without blocking: waits between attempts are scheduled. */
  CompletableFuture<HttpResponse<byte[]>> sendAsync(Endpoint endpoint, HttpRequest request,
      int maxRetries) {
    return attemptAsync(endpoint, request, 0, maxRetries);
  }

  private CompletableFuture<HttpResponse<byte[]>> attemptAsync(Endpoint endpoint,
      HttpRequest request, int attempt, int maxRetries) {
    logAttempt(endpoint, attempt);
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .handle((response, failure) -> {
          Duration wait;
          try {
            if (failure == null && isSuccess(response.statusCode())) {
              return CompletableFuture.completedFuture(response);
            }
            wait = failure == null
                ? retryAfterStatus(endpoint, response, attempt, maxRetries)
                : retryAfterFailure(endpoint, io(failure), attempt, maxRetries);
          } catch (RuntimeException giveUp) {
            return CompletableFuture.<HttpResponse<byte[]>>failedFuture(giveUp);
          }
          return sleeper.delay(wait)
              .thenCompose(ignored -> attemptAsync(endpoint, request, attempt + 1, maxRetries));
        })
        .thenCompose(Function.identity());
  }

  /** How long to wait before retrying an error status; throws when giving up. */
  private Duration retryAfterStatus(Endpoint endpoint, HttpResponse<byte[]> response,
      int attempt, int maxRetries) {
    Optional<Duration> wait = policy.afterStatus(endpoint, response.statusCode(),
        response.headers(), attempt);
    if (wait.isEmpty() || attempt >= maxRetries) {
      // A server may echo a credential back; it must not reach the exception's message.
      throw errors.map(response.statusCode(), redactor.redactHeaders(response.headers()),
          redactor.redactBody(Json.mapper(), response.body()));
    }
    log(endpoint, "status " + response.statusCode(), attempt, wait.get());
    return wait.get();
  }

  /** How long to wait before retrying after no answer; throws when giving up. */
  private Duration retryAfterFailure(Endpoint endpoint, IOException failure, int attempt,
      int maxRetries) {
    Optional<Duration> wait = policy.afterFailure(endpoint, failure, attempt);
    if (wait.isEmpty() || attempt >= maxRetries) {
      String detail = failure.getMessage() == null ? failure.getClass().getSimpleName()
          : failure.getClass().getSimpleName() + ": " + failure.getMessage();
      throw new ConnectionException(endpoint.name() + " to " + host + " failed after "
          + (attempt + 1) + (attempt == 0 ? " attempt" : " attempts") + ": "
          + redactor.redact(detail), redactor.safeCause(failure));
    }
    log(endpoint, failure.getClass().getSimpleName(), attempt, wait.get());
    return wait.get();
  }

  private static IOException io(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    return cause instanceof IOException ? (IOException) cause : new IOException(cause);
  }

  /** Logs where a request goes, never its headers: they hold credentials. */
  private void logAttempt(Endpoint endpoint, int attempt) {
    LOG.log(System.Logger.Level.DEBUG, () -> endpoint.name() + ": " + endpoint.method() + " "
        + host + endpoint.path() + (attempt == 0 ? "" : ", attempt " + (attempt + 1)));
  }

  private static void log(Endpoint endpoint, String reason, int attempt, Duration wait) {
    LOG.log(System.Logger.Level.DEBUG, () -> endpoint.name() + ": " + reason + " on attempt "
        + (attempt + 1) + ", retrying in " + wait.toMillis() + " ms");
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }
}
