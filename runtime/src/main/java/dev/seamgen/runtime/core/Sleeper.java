package dev.seamgen.runtime.core;

import java.time.Duration;

/** Waits between retries; tests replace it so that retry tests take no time. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
