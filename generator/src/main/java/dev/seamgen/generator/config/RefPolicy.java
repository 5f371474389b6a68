package dev.seamgen.generator.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a spec's {@code $ref}s may lead. By default only to files in the spec's own folder (and
 * below): a build reaches the network, or reads a file elsewhere, only when its user says so.
 *
 * @param allowRemote whether {@code http} and {@code https} references are fetched
 * @param allowedDirectories folders besides the spec's own whose files references may read
 */
public record RefPolicy(boolean allowRemote, List<Path> allowedDirectories) {
  public RefPolicy {
    allowedDirectories = List.copyOf(allowedDirectories);
    allowedDirectories.forEach(d -> Objects.requireNonNull(d, "allowedDirectories has null"));
  }

  /**
   * The record's own text, written out: the fingerprint holds it, and a record's generated toString
   * costs tens of milliseconds on its first call (it is bootstrapped through method handles), most
   * of what the plugin's up-to-date check took.
   */
  @Override
  public String toString() {
    return "RefPolicy[allowRemote="
        + allowRemote
        + ", allowedDirectories="
        + allowedDirectories
        + "]";
  }

  /** Files in the spec's folder only; no network. */
  public static RefPolicy strict() {
    return new RefPolicy(false, List.of());
  }
}
