package dev.seamgen.runtime.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The checks a client's settings ({@link ClientOptions}) and a call's ({@link
 * dev.seamgen.runtime.RequestOptions}) share, so that both refuse a bad timeout, retry count or
 * size limit with the same message. For the runtime, not applications.
 */
public final class Limits {
  /** The most a Java array, and so a buffered answer, can hold. */
  public static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  private Limits() {}

  /**
   * {@code value}, if it is a positive duration.
   *
   * @throws NullPointerException as {@code "<name> == null"}
   * @throws IllegalArgumentException when it is zero or negative
   */
  public static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /**
   * {@code value}, if it is 0 or more.
   *
   * @throws IllegalArgumentException when it is negative
   */
  public static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be 0 or more, was " + value);
    }
    return value;
  }

  /**
   * {@code value}, if it is a byte count from 1 to {@link #MAX_BYTES}.
   *
   * @throws IllegalArgumentException when it is out of that range
   */
  public static long byteCount(long value, String name) {
    if (value < 1 || value > MAX_BYTES) {
      throw new IllegalArgumentException(
          name + " must be from 1 to " + MAX_BYTES + " bytes, was " + value);
    }
    return value;
  }
}
