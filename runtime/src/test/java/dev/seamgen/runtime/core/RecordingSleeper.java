package dev.seamgen.runtime.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Waits for nothing and remembers every wait asked of it, blocking or not. */
final class RecordingSleeper implements Sleeper {
  final List<Duration> slept = new CopyOnWriteArrayList<>();
  final List<Duration> delayed = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    slept.add(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    delayed.add(duration);
    return CompletableFuture.completedFuture(null);
  }
}
