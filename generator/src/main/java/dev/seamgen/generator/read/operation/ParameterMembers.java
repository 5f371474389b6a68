package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Parameter.In;
import dev.seamgen.generator.naming.Naming;
import java.util.Locale;
import java.util.Set;

/** How a parameter appears as a member of its request class: its Java name and its Javadoc. */
final class ParameterMembers {
  private ParameterMembers() {}

  /** {@code id}, or {@code idHeader} when a parameter elsewhere is already {@code id}. */
  static String javaName(String wireName, In in, Set<String> taken) {
    String name = Naming.propertyName(wireName);
    if (taken.contains(name)) {
      name = Naming.propertyName(wireName + "_" + in.name().toLowerCase(Locale.ROOT));
    }
    return Naming.unique(name, taken::contains);
  }

  /** The spec's description, saying where the value goes: the Java name hides it. */
  static String description(String description, String name, In in) {
    String where =
        "`"
            + name.replace("`", "'")
            + "` "
            + switch (in) {
              case PATH -> "path parameter";
              case QUERY -> "query parameter";
              case HEADER -> "header";
              case COOKIE -> "cookie";
            };
    return description.isEmpty()
        ? "The " + where + "."
        : description + "\n\nSent as the " + where + ".";
  }
}
