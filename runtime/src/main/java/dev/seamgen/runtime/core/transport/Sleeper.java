package dev.seamgen.runtime.core.transport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. Tests replace it so that retry tests take no time and can assert how long
 * the runtime meant to wait.
 */
@FunctionalInterface
public interface Sleeper {
  /** Blocks the calling thread: {@link Thread#sleep}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /** Blocks for {@code duration}; used by blocking calls. */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * A future completed after {@code duration}, holding no thread while it waits; used by
   * asynchronous calls. By default a delayed executor schedules it, whatever {@link #sleep} does,
   * so a test sleeper that should also serve async calls overrides this.
   */
  default CompletableFuture<Void> delay(Duration duration) {
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS));
  }
}
