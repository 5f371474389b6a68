package dev.seamgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the runtime's public API, which every generated SDK compiles against: the public and
 * protected signatures of {@code target/classes} must equal the baseline in {@code
 * api/seamgen-runtime.api}. A removed or changed signature breaks SDKs generated earlier; an added
 * one must be deliberate. Only the packages generated code compiles against count: {@code
 * dev.seamgen.runtime} and {@code dev.seamgen.runtime.core}; the packages below {@code core} are
 * the runtime's internals, public only so that {@code core} can reach them. After an intended
 * change, rewrite the baseline with {@code ./mvnw -pl runtime test -Dtest=PublicApiTest
 * -Dseamgen.updateApi=true} and review its diff.
 */
class PublicApiTest {
  private static final Path CLASSES = Paths.get("target/classes");
  private static final Path BASELINE = Paths.get("api/seamgen-runtime.api");
  private static final Set<String> API_PACKAGES =
      Set.of("dev.seamgen.runtime", "dev.seamgen.runtime.core");

  @Test
  void publicApiMatchesTheBaseline() throws Exception {
    List<String> current = signatures();
    if (Boolean.getBoolean("seamgen.updateApi")) {
      Files.createDirectories(BASELINE.getParent());
      Files.write(BASELINE, current, StandardCharsets.UTF_8);
    }
    List<String> baseline = Files.readAllLines(BASELINE, StandardCharsets.UTF_8);
    List<String> removed = new ArrayList<>(baseline);
    removed.removeAll(current);
    List<String> added = new ArrayList<>(current);
    added.removeAll(baseline);
    assertEquals(
        "",
        describe("removed or changed (breaks generated SDKs)", removed)
            + describe("added (update the baseline if intended)", added));
  }

  private static String describe(String title, List<String> lines) {
    return lines.isEmpty() ? "" : title + ":\n  " + String.join("\n  ", lines) + "\n";
  }

  /** One line per public type and per public or protected member, sorted. */
  static List<String> signatures() throws IOException, ClassNotFoundException {
    TreeSet<String> lines = new TreeSet<>();
    List<String> names;
    try (Stream<Path> files = Files.walk(CLASSES)) {
      names =
          files
              .map(CLASSES::relativize)
              .map(Path::toString)
              .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class"))
              .map(
                  f ->
                      f.substring(0, f.length() - ".class".length())
                          .replace('/', '.')
                          .replace('\\', '.'))
              .collect(Collectors.toList());
    }
    for (String name : names) {
      Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
      if (!isVisible(type) || !API_PACKAGES.contains(type.getPackageName())) {
        continue;
      }
      lines.add(
          type.getName()
              + ": "
              + Modifier.toString(type.getModifiers())
              + " "
              + (type.isInterface() ? "interface" : "class")
              + (type.getGenericSuperclass() == null
                  ? ""
                  : " extends " + type.getGenericSuperclass().getTypeName()));
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (isExposed(c.getModifiers())) {
          lines.add(type.getName() + ": " + c.toGenericString());
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (isExposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          lines.add(type.getName() + ": " + m.toGenericString());
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (isExposed(f.getModifiers()) && !f.isSynthetic()) {
          lines.add(type.getName() + ": " + f.toGenericString());
        }
      }
    }
    return new ArrayList<>(lines);
  }

  /** Public, and reachable from outside: nested types count only inside public types. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isExposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }
}
