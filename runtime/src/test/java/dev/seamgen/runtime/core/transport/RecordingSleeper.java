package dev.seamgen.runtime.core.transport;

import dev.seamgen.runtime.core.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Waits for nothing and remembers every wait asked of it, blocking or not. */
public final class RecordingSleeper implements Sleeper {
  public final List<Duration> slept = new CopyOnWriteArrayList<>();
  public final List<Duration> delayed = new CopyOnWriteArrayList<>();

  /**
   * A clock that stands at {@link Fixtures#NOW} plus every wait asked so far, as if each had been
   * waited.
   */
  public Clock clock() {
    return new Clock() {
      @Override
      public Instant instant() {
        Instant now = Fixtures.NOW;
        for (Duration wait : slept) {
          now = now.plus(wait);
        }
        for (Duration wait : delayed) {
          now = now.plus(wait);
        }
        return now;
      }

      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }
    };
  }

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
