package dev.seamgen.generator.config;

import java.util.Locale;

/**
 * The API's habits that a spec does not state: which answer header carries the request id, the
 * shape of error bodies, and the headers that identify the SDK. Chosen in the generator's
 * configuration ({@code --conventions}, plugin {@code conventions}).
 */
public enum Conventions {
  /**
   * Common HTTP habits: the request id from {@code x-request-id}; error bodies read in the usual
   * shapes ({@code message}, {@code error}, RFC 7807's {@code title} and {@code detail}); only
   * {@code User-Agent} names the SDK.
   */
  STANDARD,
  /**
   * Seam's: {@code seam-request-id}, the {@code {"error": {"type", "message"}}} envelope, and
   * {@code seam-sdk-name} and {@code seam-sdk-version} on every request.
   */
  SEAM;

  /** {@code seam} or {@code standard}, in any case. */
  public static Conventions parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown conventions '" + name + "'; use standard or seam", e);
    }
  }

  /** The name used in configuration: {@code standard} or {@code seam}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
