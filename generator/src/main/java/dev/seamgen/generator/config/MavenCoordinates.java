package dev.seamgen.generator.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Maven project's coordinates, {@code groupId:artifactId:version}: what the output folder becomes
 * when a run is asked to write a buildable project around the SDK.
 */
public record MavenCoordinates(String groupId, String artifactId, String version) {
  /** What Maven accepts in a group or artifact id. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");

  /** A version without the characters Maven or a POM's XML would refuse. */
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_.+-]+");

  /**
   * @throws IllegalArgumentException when a part is empty or holds what Maven does not accept
   */
  public MavenCoordinates {
    Objects.requireNonNull(groupId, "groupId == null");
    Objects.requireNonNull(artifactId, "artifactId == null");
    Objects.requireNonNull(version, "version == null");
    if (!ID.matcher(groupId).matches()
        || !ID.matcher(artifactId).matches()
        || !VERSION.matcher(version).matches()) {
      throw notCoordinates(groupId + ":" + artifactId + ":" + version);
    }
  }

  /**
   * Reads {@code groupId:artifactId:version}.
   *
   * @throws IllegalArgumentException naming the expected form
   */
  public static MavenCoordinates parse(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length != 3) {
      throw notCoordinates(text);
    }
    return new MavenCoordinates(parts[0], parts[1], parts[2]);
  }

  private static IllegalArgumentException notCoordinates(String text) {
    return new IllegalArgumentException(
        "'" + text + "' is not groupId:artifactId:version, such as com.example:pets-sdk:1.0.0");
  }

  @Override
  public String toString() {
    return groupId + ":" + artifactId + ":" + version;
  }
}
