package dev.seamgen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3.0, Stats.median(List.of(5.0, 1.0, 3.0)));
    assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 2.0, 3.0)));
    assertTrue(Double.isNaN(Stats.median(List.of())));
  }

  @Test
  void exponentOfPowerLaws() {
    List<Double> x = List.of(100.0, 200.0, 400.0, 800.0);
    assertEquals(1.0, Stats.exponent(x, x.stream().map(v -> 3 * v).toList()), 1e-9);
    assertEquals(2.0, Stats.exponent(x, x.stream().map(v -> 0.5 * v * v).toList()), 1e-9);
    // A fixed start-up cost bends the curve below linear.
    assertTrue(Stats.exponent(x, x.stream().map(v -> 1000 + v).toList()) < 0.5);
  }
}
