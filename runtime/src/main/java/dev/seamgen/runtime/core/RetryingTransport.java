package dev.seamgen.runtime.core;

import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.ResponseTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Sends a request until it succeeds, retrying as {@link RetryPolicy} allows, and turns what finally
 * failed into an exception: an {@code ApiException} for an error status (by {@link ErrorMapper}), a
 * {@link ConnectionException} for no answer, with credential values {@link Redactor redacted}. Each
 * attempt's answer is read within the call's {@link CallLimits}: in time, and no larger than
 * allowed.
 */
final class RetryingTransport {
  private static final System.Logger LOG = System.getLogger(RetryingTransport.class.getName());

  private final HttpClient client;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final ErrorMapper errors;
  private final String host;
  private final Redactor redactor;
  private final BiFunction<Endpoint, HttpRequest, HttpRequest> beforeRetry;

  /**
   * @param beforeRetry gives the request for each attempt after the first, such as with a fresh
   *     token
   */
  RetryingTransport(
      HttpClient client,
      RetryPolicy policy,
      Sleeper sleeper,
      ErrorMapper errors,
      String host,
      Redactor redactor,
      BiFunction<Endpoint, HttpRequest, HttpRequest> beforeRetry) {
    this.client = client;
    this.policy = policy;
    this.sleeper = sleeper;
    this.errors = errors;
    this.host = host;
    this.redactor = redactor;
    this.beforeRetry = beforeRetry;
  }

  /** A 2xx answer to {@code request}, within {@code limits}. */
  HttpResponse<byte[]> send(Endpoint endpoint, HttpRequest request, CallLimits limits) {
    return send(endpoint, request, limits, BUFFERED);
  }

  /**
   * A 2xx answer to {@code request} whose body is streamed: the call's limits bound the wait for
   * its headers, not the reading of its body; error bodies are read within them as always.
   */
  HttpResponse<InputStream> stream(Endpoint endpoint, HttpRequest request, CallLimits limits) {
    return send(endpoint, request, limits, STREAMED);
  }

  /** Like {@link #stream}, without blocking. */
  CompletableFuture<HttpResponse<InputStream>> streamAsync(
      Endpoint endpoint, HttpRequest request, CallLimits limits) {
    return attemptAsync(endpoint, request, 0, limits, STREAMED);
  }

  private <B> HttpResponse<B> send(
      Endpoint endpoint, HttpRequest request, CallLimits limits, Bodies<B> bodies) {
    for (int attempt = 0; ; attempt++) {
      Duration wait;
      logAttempt(endpoint, attempt);
      Duration timeout = limits.attemptTimeout();
      try {
        HttpRequest attemptRequest = attempt == 0 ? request : beforeRetry.apply(endpoint, request);
        HttpResponse<B> response =
            client.send(withTimeout(attemptRequest, timeout), bodies.handler(limits, timeout));
        if (isSuccess(response.statusCode())) {
          return response;
        }
        wait = retryAfterStatus(endpoint, response, bodies.errorBody(response), attempt, limits);
      } catch (IOException e) {
        wait = retryAfterFailure(endpoint, e, attempt, limits);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionException(endpoint.name() + " was interrupted", e);
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionException(
            endpoint.name() + " was interrupted while waiting to " + "retry", e);
      }
    }
  }

  /** Like {@link #send}, without blocking: waits between attempts are scheduled. */
  CompletableFuture<HttpResponse<byte[]>> sendAsync(
      Endpoint endpoint, HttpRequest request, CallLimits limits) {
    return attemptAsync(endpoint, request, 0, limits, BUFFERED);
  }

  private <B> CompletableFuture<HttpResponse<B>> attemptAsync(
      Endpoint endpoint, HttpRequest request, int attempt, CallLimits limits, Bodies<B> bodies) {
    logAttempt(endpoint, attempt);
    Duration timeout = limits.attemptTimeout();
    HttpRequest attemptRequest = attempt == 0 ? request : beforeRetry.apply(endpoint, request);
    return client
        .sendAsync(withTimeout(attemptRequest, timeout), bodies.handler(limits, timeout))
        .handle(
            (response, failure) -> {
              Duration wait;
              try {
                if (failure == null && isSuccess(response.statusCode())) {
                  return CompletableFuture.completedFuture(response);
                }
                wait =
                    failure == null
                        ? retryAfterStatus(
                            endpoint, response, bodies.errorBody(response), attempt, limits)
                        : retryAfterFailure(endpoint, io(failure), attempt, limits);
              } catch (RuntimeException giveUp) {
                return CompletableFuture.<HttpResponse<B>>failedFuture(giveUp);
              }
              return sleeper
                  .delay(wait)
                  .thenCompose(
                      ignored -> attemptAsync(endpoint, request, attempt + 1, limits, bodies));
            })
        .thenCompose(Function.identity());
  }

  /** How long to wait before retrying an error status; throws when giving up. */
  private Duration retryAfterStatus(
      Endpoint endpoint, HttpResponse<?> response, byte[] body, int attempt, CallLimits limits) {
    Optional<Duration> wait =
        policy.afterStatus(endpoint, response.statusCode(), response.headers(), attempt);
    if (wait.isEmpty() || attempt >= limits.maxRetries || !limits.leavesTimeFor(wait.get())) {
      // A server may echo a credential back; it must not reach the exception's message.
      throw errors.map(
          response.statusCode(),
          redactor.redactHeaders(response.headers()),
          redactor.redactBody(Json.mapper(), body));
    }
    log(endpoint, "status " + response.statusCode(), attempt, wait.get());
    return wait.get();
  }

  /** How the body of an attempt's answer is read, and its bytes when it is an error. */
  private interface Bodies<B> {
    HttpResponse.BodyHandler<B> handler(CallLimits limits, Duration timeout);

    /** The body of an answer with an error status, read within the limits. */
    byte[] errorBody(HttpResponse<B> response);
  }

  /**
   * Every body read into memory: complete within the attempt's {@code timeout}, counted from now,
   * and no larger than the call's limit.
   */
  private static final Bodies<byte[]> BUFFERED =
      new Bodies<>() {
        @Override
        public HttpResponse.BodyHandler<byte[]> handler(CallLimits limits, Duration timeout) {
          return BoundedBody.handler(limits.maxResponseBytes, timeout);
        }

        @Override
        public byte[] errorBody(HttpResponse<byte[]> response) {
          return response.body();
        }
      };

  /**
   * A 2xx body handed over as the stream the HTTP client fills, read as the caller reads it; an
   * error body read into memory like {@link #BUFFERED}'s (cut at {@link
   * BoundedBody#MAX_ERROR_BYTES}), then given as a stream of those bytes.
   */
  private static final Bodies<InputStream> STREAMED =
      new Bodies<>() {
        @Override
        public HttpResponse.BodyHandler<InputStream> handler(CallLimits limits, Duration timeout) {
          HttpResponse.BodyHandler<byte[]> bounded =
              BoundedBody.handler(limits.maxResponseBytes, timeout);
          return info ->
              isSuccess(info.statusCode())
                  ? HttpResponse.BodySubscribers.ofInputStream()
                  : HttpResponse.BodySubscribers.mapping(bounded.apply(info), ErrorBytes::new);
        }

        @Override
        public byte[] errorBody(HttpResponse<InputStream> response) {
          return ((ErrorBytes) response.body()).bytes();
        }
      };

  /** An error body already in memory, kept as the stream a streamed answer's type asks for. */
  private static final class ErrorBytes extends ByteArrayInputStream {
    ErrorBytes(byte[] bytes) {
      super(bytes);
    }

    byte[] bytes() {
      return buf;
    }
  }

  /**
   * {@code request}, or a copy with a shorter timeout when the call's total leaves less than its
   * own. Java 11 has no {@code HttpRequest} copy builder; this copies what the runtime sets.
   */
  static HttpRequest withTimeout(HttpRequest request, Duration timeout) {
    if (request.timeout().map(own -> own.compareTo(timeout) <= 0).orElse(false)) {
      return request;
    }
    return copy(request).timeout(timeout).build();
  }

  /** A builder holding what {@code request} holds: Java 11 has no copy builder. */
  static HttpRequest.Builder copy(HttpRequest request) {
    HttpRequest.Builder copy =
        HttpRequest.newBuilder(request.uri())
            .method(
                request.method(),
                request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()))
            .expectContinue(request.expectContinue());
    request.timeout().ifPresent(copy::timeout);
    request.version().ifPresent(copy::version);
    request.headers().map().forEach((name, values) -> values.forEach(v -> copy.header(name, v)));
    return copy;
  }

  /** How long to wait before retrying after no (whole) answer; throws when giving up. */
  private Duration retryAfterFailure(
      Endpoint endpoint, IOException failure, int attempt, CallLimits limits) {
    BoundedBody.TooLarge tooLarge = tooLarge(failure);
    if (tooLarge != null) {
      // Asking again would bring the same answer.
      throw new ResponseTooLargeException(
          endpoint.name()
              + ": "
              + tooLarge.getMessage()
              + "; raise it with maxResponseBytes(...) on the client or in RequestOptions",
          tooLarge.limit,
          null);
    }
    Optional<Duration> wait = policy.afterFailure(endpoint, failure, attempt);
    boolean noTimeLeft = wait.isPresent() && !limits.leavesTimeFor(wait.get());
    if (wait.isEmpty() || attempt >= limits.maxRetries || noTimeLeft) {
      String detail =
          failure.getMessage() == null
              ? failure.getClass().getSimpleName()
              : failure.getClass().getSimpleName() + ": " + failure.getMessage();
      throw new ConnectionException(
          endpoint.name()
              + " to "
              + host
              + " failed after "
              + (attempt + 1)
              + (attempt == 0 ? " attempt" : " attempts")
              + ": "
              + redactor.redact(detail)
              + (noTimeLeft && attempt < limits.maxRetries
                  ? "; the call's totalTimeout of "
                      + limits.totalTimeout.toMillis()
                      + " ms leaves no time for another"
                  : ""),
          redactor.safeCause(failure));
    }
    log(endpoint, failure.getClass().getSimpleName(), attempt, wait.get());
    return wait.get();
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

  private static IOException io(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause instanceof IOException ? (IOException) cause : new IOException(cause);
  }

  /** Logs where a request goes, never its headers: they hold credentials. */
  private void logAttempt(Endpoint endpoint, int attempt) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            endpoint.name()
                + ": "
                + endpoint.method()
                + " "
                + host
                + endpoint.path()
                + (attempt == 0 ? "" : ", attempt " + (attempt + 1)));
  }

  private static void log(Endpoint endpoint, String reason, int attempt, Duration wait) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            endpoint.name()
                + ": "
                + reason
                + " on attempt "
                + (attempt + 1)
                + ", retrying in "
                + wait.toMillis()
                + " ms");
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }
}
