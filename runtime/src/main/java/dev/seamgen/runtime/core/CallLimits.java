package dev.seamgen.runtime.core;

import dev.seamgen.runtime.RequestOptions;
import java.time.Duration;

/** The limits of one call: a call's own settings where it has them, else the client's. */
final class CallLimits {
  final int maxRetries;
  final Duration attemptTimeout;
  final long maxResponseBytes;

  CallLimits(int maxRetries, Duration attemptTimeout, long maxResponseBytes) {
    this.maxRetries = maxRetries;
    this.attemptTimeout = attemptTimeout;
    this.maxResponseBytes = maxResponseBytes;
  }

  static CallLimits of(ClientOptions client, RequestOptions call) {
    return new CallLimits(call.maxRetries().orElse(client.maxRetries()),
        call.timeout().orElse(client.timeout()),
        call.maxResponseBytes().orElse(client.maxResponseBytes()));
  }

  @Override
  public String toString() {
    return "CallLimits{maxRetries=" + maxRetries + ", attemptTimeout=" + attemptTimeout
        + ", maxResponseBytes=" + maxResponseBytes + "}";
  }
}
