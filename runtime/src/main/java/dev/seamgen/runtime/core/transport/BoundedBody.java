package dev.seamgen.runtime.core.transport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads an answer's body into memory within a time and a size limit, which the HTTP client's own
 * body handlers lack: its request timeout stops once the headers are in, and it buffers any size
 * until the heap runs out.
 *
 * <ul>
 *   <li>The body must be complete by the attempt's deadline; else the connection is dropped and the
 *       attempt fails with an {@link HttpTimeoutException}, like a late header.
 *   <li>A 2xx body may hold at most the limit; a larger one, announced or streamed, fails with
 *       {@link TooLarge} as soon as it shows, without reading the rest.
 *   <li>An error body is cut at {@link #MAX_ERROR_BYTES} (or the limit if smaller): the status is
 *       what matters, and the start of the body explains it.
 * </ul>
 */
public final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  public static final long MAX_ERROR_BYTES = 1 << 20;

  /** The answer was larger than the limit; the rest was not read. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    TooLarge(long limit, String comparison) {
      super("the answer " + comparison + " the limit of " + limit + " bytes");
      this.limit = limit;
    }

    /** The limit that was passed, in bytes. */
    public long limit() {
      return limit;
    }
  }

  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final List<ByteBuffer> buffers = new ArrayList<>();
  private final long limit;
  private final boolean cut;
  private final long declaredLength;
  private final long deadlineNanos;
  private final Duration timeout;
  private volatile Flow.Subscription subscription;
  private ScheduledFuture<?> timer;
  private long received;

  private BoundedBody(
      long limit, boolean cut, long declaredLength, long deadlineNanos, Duration timeout) {
    this.limit = limit;
    this.cut = cut;
    this.declaredLength = declaredLength;
    this.deadlineNanos = deadlineNanos;
    this.timeout = timeout;
  }

  /**
   * A handler for one attempt: its body holds at most {@code maxBytes} and must be in when {@code
   * timeout}, counted from now, has passed.
   */
  public static HttpResponse.BodyHandler<byte[]> handler(long maxBytes, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    return info -> {
      boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return success
          ? new BoundedBody(maxBytes, false, declared, deadline, timeout)
          : new BoundedBody(Math.min(maxBytes, MAX_ERROR_BYTES), true, declared, deadline, timeout);
    };
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (!cut && declaredLength > limit) {
      fail(new TooLarge(limit, "announces " + declaredLength + " bytes, more than"));
      return;
    }
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) {
      timeOut();
      return;
    }
    timer = Timer.EXECUTOR.schedule(this::timeOut, remaining, TimeUnit.NANOSECONDS);
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      long room = limit - received;
      if (item.remaining() > room) {
        if (cut) {
          buffers.add(item.duplicate().limit(item.position() + (int) room));
          received = limit;
          finish();
        } else {
          fail(new TooLarge(limit, "is longer than"));
        }
        subscription.cancel();
        return;
      }
      received += item.remaining();
      buffers.add(item);
    }
  }

  @Override
  public void onError(Throwable failure) {
    stopTimer();
    buffers.clear();
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    finish();
  }

  private void finish() {
    stopTimer();
    if (result.isDone()) {
      buffers.clear();
      return;
    }
    byte[] bytes = new byte[(int) received];
    int at = 0;
    for (ByteBuffer buffer : buffers) {
      int length = buffer.remaining();
      buffer.get(bytes, at, length);
      at += length;
    }
    buffers.clear();
    result.complete(bytes);
  }

  private void fail(IOException failure) {
    stopTimer();
    subscription.cancel();
    result.completeExceptionally(failure);
  }

  /** Runs on the timer's thread; {@link #onNext} sees the result done and drops the buffers. */
  private void timeOut() {
    if (result.completeExceptionally(
        new HttpTimeoutException(
            "the answer did not arrive in "
                + "full within the timeout of "
                + timeout.toMillis()
                + " ms"))) {
      subscription.cancel();
    }
  }

  private void stopTimer() {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  /** One daemon thread for every client's body deadlines; cancelled deadlines are removed. */
  private static final class Timer {
    static final ScheduledThreadPoolExecutor EXECUTOR = create();

    private static ScheduledThreadPoolExecutor create() {
      ScheduledThreadPoolExecutor executor =
          new ScheduledThreadPoolExecutor(
              1,
              runnable -> {
                Thread thread = new Thread(runnable, "seamgen-body-deadline");
                thread.setDaemon(true);
                return thread;
              });
      executor.setRemoveOnCancelPolicy(true);
      return executor;
    }
  }
}
