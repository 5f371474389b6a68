package dev.seamgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.seamgen.runtime.core.AuthConfig;
import dev.seamgen.runtime.core.ClientOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The checks of the settings a call and a client share, kept by {@link RequestOptions.Builder}. */
class RequestOptionsLimitsTest {
  @Test
  void positiveDurationsPassAndOthersAreRefusedByName() {
    assertEquals(
        Duration.ofMillis(1),
        RequestOptions.builder().timeout(Duration.ofMillis(1)).build().timeout().orElseThrow());
    assertEquals(
        "timeout must be positive, was PT0S",
        assertThrows(
                IllegalArgumentException.class,
                () -> RequestOptions.builder().timeout(Duration.ZERO))
            .getMessage());
    assertEquals(
        "totalTimeout must be positive, was PT-1S",
        assertThrows(
                IllegalArgumentException.class,
                () -> RequestOptions.builder().totalTimeout(Duration.ofSeconds(-1)))
            .getMessage());
    assertEquals(
        "timeout == null",
        assertThrows(NullPointerException.class, () -> RequestOptions.builder().timeout(null))
            .getMessage());
  }

  @Test
  void countsMayBeZeroButNotNegative() {
    assertEquals(0, RequestOptions.builder().maxRetries(0).build().maxRetries().getAsInt());
    assertEquals(
        "maxRetries must be 0 or more, was -1",
        assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().maxRetries(-1))
            .getMessage());
  }

  @Test
  void byteCountsRunFromOneToWhatAnArrayHolds() {
    RequestOptions.Builder call = RequestOptions.builder();
    assertEquals(1, call.maxResponseBytes(1).build().maxResponseBytes().getAsLong());
    assertEquals(
        RequestOptions.MAX_BYTES,
        call.maxResponseBytes(RequestOptions.MAX_BYTES).build().maxResponseBytes().getAsLong());
    assertEquals(
        "maxResponseBytes must be from 1 to 2147483639 bytes, was 0",
        assertThrows(IllegalArgumentException.class, () -> call.maxResponseBytes(0)).getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> call.maxResponseBytes(RequestOptions.MAX_BYTES + 1));
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
