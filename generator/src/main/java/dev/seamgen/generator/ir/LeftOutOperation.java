package dev.seamgen.generator.ir;

import java.util.Objects;

/**
 * An operation of the spec the SDK does not have, and why: a warning was given, or it is marked
 * {@code x-undocumented}.
 *
 * @param httpMethod the verb, such as {@code GET}
 * @param reason why it was left out, in the warning's words
 */
public record LeftOutOperation(String httpMethod, String path, String reason, Location location) {
  public LeftOutOperation {
    Objects.requireNonNull(httpMethod, "httpMethod == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(location, "location == null");
  }
}
