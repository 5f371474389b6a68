package dev.seamgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {
  @Test
  void noneOverridesNothing() {
    RequestOptions none = RequestOptions.none();

    assertEquals(Optional.empty(), none.timeout());
    assertEquals(OptionalInt.empty(), none.maxRetries());
    assertEquals(OptionalLong.empty(), none.maxResponseBytes());
    assertEquals(Optional.empty(), none.totalTimeout());
    assertEquals(Map.of(), none.headers());
    assertEquals(none, RequestOptions.builder().build());
  }

  @Test
  void theBuilderSetsEachOverride() {
    RequestOptions options =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(5))
            .totalTimeout(Duration.ofSeconds(9))
            .maxRetries(0)
            .maxResponseBytes(1024)
            .header("x-trace-id", "t1")
            .header("x-trace-id", "t2")
            .build();

    assertEquals(Optional.of(Duration.ofSeconds(5)), options.timeout());
    assertEquals(OptionalInt.of(0), options.maxRetries());
    assertEquals(OptionalLong.of(1024), options.maxResponseBytes());
    assertEquals(Optional.of(Duration.ofSeconds(9)), options.totalTimeout());
    assertEquals(Map.of("x-trace-id", "t2"), options.headers(), "a header is replaced");
    assertEquals(options, options.toBuilder().build());
    assertEquals(options.hashCode(), options.toBuilder().build().hashCode());
  }

  @Test
  void toBuilderLeavesTheOriginalAlone() {
    RequestOptions original = RequestOptions.builder().header("a", "1").build();
    RequestOptions changed = original.toBuilder().header("b", "2").maxRetries(3).build();

    assertEquals(Map.of("a", "1"), original.headers());
    assertEquals(Map.of("a", "1", "b", "2"), changed.headers());
    assertThrows(UnsupportedOperationException.class, () -> original.headers().put("c", "3"));
  }

  @Test
  void badValuesAreRefusedWhenSet() {
    RequestOptions.Builder builder = RequestOptions.builder();
    assertEquals(
        "timeout must be positive, was PT0S",
        assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ZERO))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ofSeconds(-1)));
    assertEquals(
        "maxRetries must be 0 or more, was -1",
        assertThrows(IllegalArgumentException.class, () -> builder.maxRetries(-1)).getMessage());
    assertEquals(
        "timeout == null",
        assertThrows(NullPointerException.class, () -> builder.timeout(null)).getMessage());
    assertThrows(NullPointerException.class, () -> builder.header("a", null));
  }

  @Test
  void toStringShowsHeaderNamesButNotValues() {
    String text =
        RequestOptions.builder().header("Authorization", "Bearer seam_secret1").build().toString();

    assertTrue(text.contains("Authorization"), text);
    assertFalse(text.contains("seam_secret1"), text);
  }
}
