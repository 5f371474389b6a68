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

  /** An unmodifiable copy; null reads as empty; null elements are kept. */
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
    checkPairs(namesAndValues);
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add((String) namesAndValues[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          typeName + ": missing required " + String.join(", ", missing));
    }
  }

  /**
   * Checks that exactly one of several alternatives is set.
   *
   * @param namesAndValues pairs of Java name and value
   * @throws IllegalStateException naming the alternatives when none or several are set
   */
  public static void checkExactlyOne(String typeName, Object... namesAndValues) {
    checkPairs(namesAndValues);
    List<String> names = new ArrayList<>();
    List<String> set = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      names.add((String) namesAndValues[i]);
      if (namesAndValues[i + 1] != null) {
        set.add((String) namesAndValues[i]);
      }
    }
    if (set.size() == 1) {
      return;
    }
    String which =
        set.isEmpty()
            ? "none was set"
            : set.size() == 2 && names.size() == 2
                ? "both were set"
                : String.join(", ", set) + " were set";
    throw new IllegalStateException(
        typeName + ": set exactly one of " + String.join(", ", names) + " (" + which + ")");
  }

  /**
   * Checks a string's length; {@code -1} means no bound.
   *
   * @throws IllegalArgumentException naming the value when it is too short or too long
   */
  public static void checkLength(String typeName, String name, String value, int min, int max) {
    if (value == null) {
      return;
    }
    int length = value.codePointCount(0, value.length());
    if (min >= 0 && length < min) {
      throw new IllegalArgumentException(
          typeName
              + "."
              + name
              + " must be at least "
              + min
              + (min == 1 ? " character" : " characters")
              + " long, was "
              + length);
    }
    if (max >= 0 && length > max) {
      throw new IllegalArgumentException(
          typeName + "." + name + " must be at most " + max + " characters long, was " + length);
    }
  }

  /**
   * Checks a number against a lower bound.
   *
   * @param exclusive whether the bound itself is refused too
   * @throws IllegalArgumentException naming the value when it is below the bound
   */
  public static void checkMinimum(
      String typeName, String name, Number value, double minimum, boolean exclusive) {
    if (value == null) {
      return;
    }
    double actual = value.doubleValue();
    if (exclusive ? actual <= minimum : actual < minimum) {
      throw new IllegalArgumentException(
          typeName
              + "."
              + name
              + " must be "
              + (exclusive ? "greater than " : "at least ")
              + number(minimum)
              + ", was "
              + value);
    }
  }

  /**
   * Checks a number against an upper bound.
   *
   * @param exclusive whether the bound itself is refused too
   * @throws IllegalArgumentException naming the value when it is above the bound
   */
  public static void checkMaximum(
      String typeName, String name, Number value, double maximum, boolean exclusive) {
    if (value == null) {
      return;
    }
    double actual = value.doubleValue();
    if (exclusive ? actual >= maximum : actual > maximum) {
      throw new IllegalArgumentException(
          typeName
              + "."
              + name
              + " must be "
              + (exclusive ? "less than " : "at most ")
              + number(maximum)
              + ", was "
              + value);
    }
  }

  /**
   * Checks a string-keyed map such as custom metadata against the limits its spec states; {@code
   * -1} means no limit.
   *
   * @param nullValues whether a key may map to null (sent as JSON null)
   * @param valueTypes the classes values may have
   * @throws IllegalArgumentException naming the key at fault
   */
  public static void checkMap(
      String typeName,
      String name,
      Map<String, ?> map,
      int maxEntries,
      int maxKeyLength,
      int maxStringLength,
      boolean nullValues,
      Class<?>... valueTypes) {
    if (map == null) {
      return;
    }
    String where = typeName + "." + name;
    if (maxEntries >= 0 && map.size() > maxEntries) {
      throw new IllegalArgumentException(
          where + " may have at most " + maxEntries + " keys, has " + map.size());
    }
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      String key = entry.getKey();
      if (key == null) {
        throw new IllegalArgumentException(where + " has a null key");
      }
      int keyLength = key.codePointCount(0, key.length());
      if (maxKeyLength >= 0 && keyLength > maxKeyLength) {
        throw new IllegalArgumentException(
            where
                + " key '"
                + key
                + "' is "
                + keyLength
                + " characters long; at most "
                + maxKeyLength
                + " are allowed");
      }
      Object value = entry.getValue();
      if (value == null) {
        if (!nullValues) {
          throw new IllegalArgumentException(
              where + "['" + key + "'] is null; null values " + "are not allowed here");
        }
        continue;
      }
      if (valueTypes.length > 0 && !isInstance(value, valueTypes)) {
        throw new IllegalArgumentException(
            where
                + "['"
                + key
                + "'] is a "
                + value.getClass().getSimpleName()
                + "; values must be "
                + typeNames(valueTypes));
      }
      if (maxStringLength >= 0 && value instanceof String) {
        String text = (String) value;
        int length = text.codePointCount(0, text.length());
        if (length > maxStringLength) {
          throw new IllegalArgumentException(
              where
                  + "['"
                  + key
                  + "'] is "
                  + length
                  + " characters long; at most "
                  + maxStringLength
                  + " are allowed");
        }
      }
    }
  }

  /** Generated code passes name, value, name, value...; anything else is a generator bug. */
  private static void checkPairs(Object[] namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "namesAndValues must be pairs of name and value, got "
              + namesAndValues.length
              + " elements");
    }
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String)) {
        throw new IllegalArgumentException(
            "namesAndValues[" + i + "] must be a name, was " + namesAndValues[i]);
      }
    }
  }

  private static boolean isInstance(Object value, Class<?>... types) {
    for (Class<?> type : types) {
      if (type.isInstance(value)) {
        return true;
      }
    }
    return false;
  }

  private static String typeNames(Class<?>... types) {
    List<String> names = new ArrayList<>();
    for (Class<?> type : types) {
      names.add(type.getSimpleName());
    }
    return String.join(" or ", names);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
