package dev.seamgen.generator.read;

import java.util.Map;
import java.util.Optional;

/** The vendor extensions seamgen reads, and how their values are interpreted. */
final class Extensions {
  /** The response property an operation returns; {@code null} for one that returns nothing. */
  static final String RESPONSE_KEY = "x-response-key";

  /** Marks an operation as a read, safe to retry, when the path has no {@code GET} twin. */
  static final String READ = "x-seamgen-read";

  /** A group name or list of nested group names: {@code [acs, users]}. */
  static final String GROUP_NAME = "x-fern-sdk-group-name";

  /** An operation's method name within its group. */
  static final String METHOD_NAME = "x-fern-sdk-method-name";

  /** Operations, properties, schemas and variants left out of the SDK by default. */
  static final String UNDOCUMENTED = "x-undocumented";

  /** Deprecation; when a string, the reason and what to use instead. */
  static final String DEPRECATED = "x-deprecated";

  /** The title of an operation's reference page. */
  static final String TITLE = "x-title";

  private Extensions() {}

  static Object get(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }

  static boolean isTrue(Map<String, Object> extensions, String name) {
    return Boolean.TRUE.equals(get(extensions, name));
  }

  /** Whether {@code x-undocumented} is set: {@code true} or a reason. */
  static boolean isUndocumented(Map<String, Object> extensions) {
    Object value = get(extensions, UNDOCUMENTED);
    return Boolean.TRUE.equals(value) || (value instanceof String reason && !reason.isBlank());
  }

  /**
   * Whether something is deprecated, from {@code deprecated: true} or {@code x-deprecated}, and the
   * reason when {@code x-deprecated} gives one.
   *
   * @return the reason, possibly empty; empty when not deprecated
   */
  static Optional<String> deprecation(Boolean deprecated, Map<String, Object> extensions) {
    Object note = get(extensions, DEPRECATED);
    if (note instanceof String reason) {
      return Optional.of(reason.strip());
    }
    return Boolean.TRUE.equals(deprecated) || Boolean.TRUE.equals(note)
        ? Optional.of("")
        : Optional.empty();
  }
}
