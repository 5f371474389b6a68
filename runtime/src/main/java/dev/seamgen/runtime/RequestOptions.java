package dev.seamgen.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Settings for one call that override the client's: timeouts, retries, the largest answer and extra
 * headers.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  /** The most a Java array, and so a buffered answer, can hold. */
  static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  private final Duration timeout;
  private final Duration totalTimeout;
  private final Integer maxRetries;
  private final Long maxResponseBytes;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.totalTimeout = builder.totalTimeout;
    this.maxRetries = builder.maxRetries;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
  }

  /** No overrides: the client's settings apply. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** How long one attempt may take, if it differs from the client's. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * How long the whole call may take, retries and waits included, if it differs from the client's.
   */
  public Optional<Duration> totalTimeout() {
    return Optional.ofNullable(totalTimeout);
  }

  /** How many retries are allowed, if it differs from the client's. */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /** The largest answer this call reads, in bytes, if it differs from the client's. */
  public OptionalLong maxResponseBytes() {
    return maxResponseBytes == null ? OptionalLong.empty() : OptionalLong.of(maxResponseBytes);
  }

  /** Headers added to this call. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RequestOptions)) {
      return false;
    }
    RequestOptions that = (RequestOptions) other;
    return Objects.equals(timeout, that.timeout)
        && Objects.equals(totalTimeout, that.totalTimeout)
        && Objects.equals(maxRetries, that.maxRetries)
        && Objects.equals(maxResponseBytes, that.maxResponseBytes)
        && headers.equals(that.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, totalTimeout, maxRetries, maxResponseBytes, headers);
  }

  @Override
  public String toString() {
    // Header values may be secrets: show names only.
    return "RequestOptions{timeout="
        + timeout
        + ", totalTimeout="
        + totalTimeout
        + ", maxRetries="
        + maxRetries
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", headers="
        + headers.keySet()
        + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private Duration totalTimeout;
    private Integer maxRetries;
    private Long maxResponseBytes;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    private Builder(RequestOptions options) {
      this.timeout = options.timeout;
      this.totalTimeout = options.totalTimeout;
      this.maxRetries = options.maxRetries;
      this.maxResponseBytes = options.maxResponseBytes;
      this.headers.putAll(options.headers);
    }

    /** How long one attempt of this call may take. */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /**
     * How long this call may take, its retries and the waits before them included. Unless set, the
     * client's, or this call's {@link #timeout} if that is longer.
     */
    public Builder totalTimeout(Duration totalTimeout) {
      this.totalTimeout = positive(totalTimeout, "totalTimeout");
      return this;
    }

    /** How many times this call may be retried where that is safe; 0 for none. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = notNegative(maxRetries, "maxRetries");
      return this;
    }

    /**
     * The largest answer this call reads, in bytes; a larger one fails with {@link
     * ResponseTooLargeException} without being read in full.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = byteCount(maxResponseBytes, "maxResponseBytes");
      return this;
    }

    /** Adds a header to this call, replacing one of the same name. */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      headers.put(name, value);
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  private static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be 0 or more, was " + value);
    }
    return value;
  }

  private static long byteCount(long value, String name) {
    if (value < 1 || value > MAX_BYTES) {
      throw new IllegalArgumentException(
          name + " must be from 1 to " + MAX_BYTES + " bytes, was " + value);
    }
    return value;
  }
}
