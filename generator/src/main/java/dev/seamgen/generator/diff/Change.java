package dev.seamgen.generator.diff;

import java.util.Objects;

/**
 * One difference between two versions of an API, as SDK users see it.
 *
 * @param breaking whether code compiled against the old SDK may fail against the new one
 * @param subject what changed, in Java terms: {@code ConnectedAccount.timeZone()}
 * @param description what happened to it: {@code added}, {@code removed}, {@code type changed from
 *     String to Integer}
 */
public record Change(boolean breaking, String subject, String description) {
  public Change {
    Objects.requireNonNull(subject, "subject == null");
    Objects.requireNonNull(description, "description == null");
  }

  @Override
  public String toString() {
    return subject + ": " + description;
  }
}
