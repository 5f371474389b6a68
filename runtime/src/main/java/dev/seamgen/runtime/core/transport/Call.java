package dev.seamgen.runtime.core.transport;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;

/**
 * One attempt of a call as it passes down the {@link Transport}s: the operation, the request, the
 * call's limits, how the answer's body is read, and which attempt this is (0 for the first).
 * Immutable; a wrapper that changes the request passes on a copy.
 */
public final class Call<B> {
  private final Operation operation;
  private final HttpRequest request;
  private final CallLimits limits;
  private final BodyMode<B> bodyMode;
  private final int attempt;

  private Call(
      Operation operation,
      HttpRequest request,
      CallLimits limits,
      BodyMode<B> bodyMode,
      int attempt) {
    this.operation = operation;
    this.request = request;
    this.limits = limits;
    this.bodyMode = bodyMode;
    this.attempt = attempt;
  }

  /** The first attempt of a call. */
  public static <B> Call<B> of(
      Operation operation, HttpRequest request, CallLimits limits, BodyMode<B> bodyMode) {
    return new Call<>(
        Objects.requireNonNull(operation, "operation == null"),
        Objects.requireNonNull(request, "request == null"),
        Objects.requireNonNull(limits, "limits == null"),
        Objects.requireNonNull(bodyMode, "bodyMode == null"),
        0);
  }

  public Operation operation() {
    return operation;
  }

  public HttpRequest request() {
    return request;
  }

  public CallLimits limits() {
    return limits;
  }

  public BodyMode<B> bodyMode() {
    return bodyMode;
  }

  /** Which attempt this is: 0 for the first, 1 for the first retry. */
  public int attempt() {
    return attempt;
  }

  /** The next attempt, with the request as the call first made it. */
  public Call<B> next() {
    return new Call<>(operation, request, limits, bodyMode, attempt + 1);
  }

  /** This attempt with {@code request} instead, such as one carrying a fresh token. */
  public Call<B> withRequest(HttpRequest request) {
    return new Call<>(
        operation, Objects.requireNonNull(request, "request == null"), limits, bodyMode, attempt);
  }

  /**
   * {@code request}, or a copy with a shorter timeout when the call's total leaves less than its
   * own.
   */
  static HttpRequest withTimeout(HttpRequest request, Duration timeout) {
    if (request.timeout().map(own -> own.compareTo(timeout) <= 0).orElse(false)) {
      return request;
    }
    return copy(request).timeout(timeout).build();
  }

  /** A builder holding what {@code request} holds: Java 11 has no copy builder. */
  public static HttpRequest.Builder copy(HttpRequest request) {
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

  @Override
  public String toString() {
    return operation.name() + ", attempt " + (attempt + 1);
  }
}
