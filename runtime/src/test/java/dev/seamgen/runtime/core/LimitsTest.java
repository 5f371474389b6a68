package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.seamgen.runtime.RequestOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsTest {
  @Test
  void positiveDurationsPassAndOthersAreRefusedByName() {
    assertEquals(Duration.ofMillis(1), Limits.positive(Duration.ofMillis(1), "timeout"));
    assertEquals(
        "timeout must be positive, was PT0S",
        assertThrows(
                IllegalArgumentException.class, () -> Limits.positive(Duration.ZERO, "timeout"))
            .getMessage());
    assertEquals(
        "wait must be positive, was PT-1S",
        assertThrows(
                IllegalArgumentException.class,
                () -> Limits.positive(Duration.ofSeconds(-1), "wait"))
            .getMessage());
    assertEquals(
        "wait == null",
        assertThrows(NullPointerException.class, () -> Limits.positive(null, "wait")).getMessage());
  }

  @Test
  void countsMayBeZeroButNotNegative() {
    assertEquals(0, Limits.notNegative(0, "maxRetries"));
    assertEquals(
        "maxRetries must be 0 or more, was -1",
        assertThrows(IllegalArgumentException.class, () -> Limits.notNegative(-1, "maxRetries"))
            .getMessage());
  }

  @Test
  void byteCountsRunFromOneToWhatAnArrayHolds() {
    assertEquals(1, Limits.byteCount(1, "maxResponseBytes"));
    assertEquals(Limits.MAX_BYTES, Limits.byteCount(Limits.MAX_BYTES, "maxResponseBytes"));
    assertEquals(
        "maxResponseBytes must be from 1 to 2147483639 bytes, was 0",
        assertThrows(IllegalArgumentException.class, () -> Limits.byteCount(0, "maxResponseBytes"))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Limits.byteCount(Limits.MAX_BYTES + 1, "maxResponseBytes"));
  }

  @Test
  void aClientAndACallRefuseTheSameValuesWithTheSameMessage() {
    ClientOptions.Builder client = ClientOptions.builder(AuthConfig.none());
    RequestOptions.Builder call = RequestOptions.builder();

    assertEquals(
        assertThrows(IllegalArgumentException.class, () -> client.timeout(Duration.ZERO))
            .getMessage(),
        assertThrows(IllegalArgumentException.class, () -> call.timeout(Duration.ZERO))
            .getMessage());
    assertEquals(
        assertThrows(IllegalArgumentException.class, () -> client.maxRetries(-3)).getMessage(),
        assertThrows(IllegalArgumentException.class, () -> call.maxRetries(-3)).getMessage());
    assertEquals(
        assertThrows(IllegalArgumentException.class, () -> client.maxResponseBytes(0)).getMessage(),
        assertThrows(IllegalArgumentException.class, () -> call.maxResponseBytes(0)).getMessage());
  }
}
