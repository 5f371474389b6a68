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
import java.util.function.BiPredicate;
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
  private final Redactor redactor;
  private final BiFunction<Endpoint, HttpRequest, HttpRequest> beforeRetry;
  private final BiPredicate<Endpoint, HttpRequest> renewAfter401;

  /**
   * @param beforeRetry gives the request for each attempt after the first, such as with a fresh
   *     token
   * @param renewAfter401 told of a request the API answered 401 to; true when it dropped the token
   *     the request carried, so that one more attempt (with a new token) may succeed
   */
  RetryingTransport(
      HttpClient client,
      RetryPolicy policy,
      Sleeper sleeper,
      ErrorMapper errors,
      Redactor redactor,
      BiFunction<Endpoint, HttpRequest, HttpRequest> beforeRetry,
      BiPredicate<Endpoint, HttpRequest> renewAfter401) {
    this.client = client;
    this.policy = policy;
    this.sleeper = sleeper;
    this.errors = errors;
    this.redactor = redactor;
    this.beforeRetry = beforeRetry;
    this.renewAfter401 = renewAfter401;
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
    return attemptAsync(endpoint, request, 0, 0, limits, STREAMED);
  }

  private <B> HttpResponse<B> send(
      Endpoint endpoint, HttpRequest request, CallLimits limits, Bodies<B> bodies) {
    // One more attempt, beyond the retries, after a 401 to a token that was then renewed.
    int renewed = 0;
    for (int attempt = 0; ; attempt++) {
      Duration wait;
      logAttempt(endpoint, request, attempt);
      Duration timeout = limits.attemptTimeout();
      try {
        HttpRequest attemptRequest = attempt == 0 ? request : beforeRetry.apply(endpoint, request);
        HttpResponse<B> response =
            client.send(withTimeout(attemptRequest, timeout), bodies.handler(limits, timeout));
        if (isSuccess(response.statusCode())) {
          return response;
        }
        if (renewed == 0 && renews(endpoint, response, attemptRequest, limits)) {
          renewed = 1;
          continue;
        }
        wait =
            retryAfterStatus(
                endpoint, response, bodies.errorBody(response), attempt - renewed, limits);
      } catch (IOException e) {
        wait = retryAfterFailure(endpoint, request, e, attempt - renewed, limits);
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
    return attemptAsync(endpoint, request, 0, 0, limits, BUFFERED);
  }

  /** {@code renewed}: as in {@link #send}. */
  // handle() yields a future of the next attempt's future on purpose, flattened by the
  // thenCompose below: Java 11, the runtime's floor, has no exceptionallyCompose.
  @SuppressWarnings("FutureReturnValueIgnored")
  private <B> CompletableFuture<HttpResponse<B>> attemptAsync(
      Endpoint endpoint,
      HttpRequest request,
      int attempt,
      int renewed,
      CallLimits limits,
      Bodies<B> bodies) {
    logAttempt(endpoint, request, attempt);
    Duration timeout = limits.attemptTimeout();
    HttpRequest attemptRequest;
    try {
      attemptRequest = attempt == 0 ? request : beforeRetry.apply(endpoint, request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return client
        .sendAsync(withTimeout(attemptRequest, timeout), bodies.handler(limits, timeout))
        .handle(
            (response, failure) -> {
              Duration wait;
              try {
                if (failure == null && isSuccess(response.statusCode())) {
                  return CompletableFuture.completedFuture(response);
                }
                if (failure == null
                    && renewed == 0
                    && renews(endpoint, response, attemptRequest, limits)) {
                  return attemptAsync(endpoint, request, attempt + 1, 1, limits, bodies);
                }
                wait =
                    failure == null
                        ? retryAfterStatus(
                            endpoint,
                            response,
                            bodies.errorBody(response),
                            attempt - renewed,
                            limits)
                        : retryAfterFailure(
                            endpoint, request, io(failure), attempt - renewed, limits);
              } catch (RuntimeException giveUp) {
                return CompletableFuture.<HttpResponse<B>>failedFuture(giveUp);
              }
              return sleeper
                  .delay(wait)
                  .thenCompose(
                      ignored ->
                          attemptAsync(endpoint, request, attempt + 1, renewed, limits, bodies));
            })
        .thenCompose(Function.identity());
  }

  /**
   * Whether a 401 to {@code sent} is worth one more attempt: its token was renewed, and the request
   * can be sent again (a body read from a stream cannot).
   */
  private boolean renews(
      Endpoint endpoint, HttpResponse<?> response, HttpRequest sent, CallLimits limits) {
    if (response.statusCode() != 401 || !limits.repeatable) {
      return false;
    }
    boolean renewed = renewAfter401.test(endpoint, sent);
    if (renewed) {
      log(endpoint, "status 401 to a token now renewed", 0, Duration.ZERO);
    }
    return renewed;
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
      Endpoint endpoint, HttpRequest request, IOException failure, int attempt, CallLimits limits) {
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
              + request.uri().getHost()
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
  private static void logAttempt(Endpoint endpoint, HttpRequest request, int attempt) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            endpoint.name()
                + ": "
                + endpoint.method()
                + " "
                + request.uri().getHost()
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
