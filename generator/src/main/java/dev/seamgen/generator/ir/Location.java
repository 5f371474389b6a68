package dev.seamgen.generator.ir;

import java.util.Objects;

/**
 * Where in the spec something came from: the spec file's name and a JSON pointer into it.
 *
 * <p>Every IR element carries one, so generated files and error messages can point back at the
 * exact place in the spec.
 */
public record Location(String file, String pointer) {
  public Location {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(pointer, "pointer == null");
  }

  /** A location for the root of {@code file}. */
  public static Location root(String file) {
    return new Location(file, "");
  }

  /** This location extended by one JSON pointer token, escaped per RFC 6901. */
  public Location child(String token) {
    return new Location(file, pointer + "/" + token.replace("~", "~0").replace("/", "~1"));
  }

  /** The pointer as shown to people: {@code #/components/schemas/x}. */
  public String fragment() {
    return "#" + pointer;
  }

  @Override
  public String toString() {
    return file + fragment();
  }
}
