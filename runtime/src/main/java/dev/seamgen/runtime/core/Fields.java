package dev.seamgen.runtime.core;

import dev.seamgen.runtime.MissingFieldException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers generated models and request builders call; not meant for applications. */
public final class Fields {
  private Fields() {}

  /** {@code value}, or a {@link MissingFieldException} naming the field if the API left it out. */
  public static <T> T required(T value, String typeName, String wireName) {
    if (value == null) {
      throw new MissingFieldException(typeName, wireName);
    }
    return value;
  }

  /** An unmodifiable copy; null reads as empty. */
  public static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable copy in the same order; null reads as empty; null values are kept. */
  public static <V> Map<String, V> map(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Checks that required values are set.
   *
   * @param namesAndValues pairs of Java name and value
   * @throws IllegalStateException naming every one that is null
   */
  public static void checkRequired(String typeName, Object... namesAndValues) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add((String) namesAndValues[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(typeName + ": missing required "
          + String.join(", ", missing));
    }
  }

  /**
   * Checks that exactly one of several alternatives is set.
   *
   * @param namesAndValues pairs of Java name and value
   * @throws IllegalStateException naming the alternatives when none or several are set
   */
  public static void checkExactlyOne(String typeName, Object... namesAndValues) {
    List<String> names = new ArrayList<>();
    List<String> set = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      names.add((String) namesAndValues[i]);
      if (namesAndValues[i + 1] != null) {
        set.add((String) namesAndValues[i]);
      }
    }
    if (set.size() != 1) {
      throw new IllegalStateException(typeName + ": set exactly one of " + String.join(", ", names)
          + (set.isEmpty() ? " (none was set)" : " (" + String.join(" and ", set) + " were set)"));
    }
  }
}
