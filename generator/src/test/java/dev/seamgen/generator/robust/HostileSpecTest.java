package dev.seamgen.generator.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.generator.GeneratedCodeCompilesTest;
import dev.seamgen.generator.Generator;
import dev.seamgen.generator.Generator.GenerationResult;
import dev.seamgen.generator.config.GeneratorConfig;
import dev.seamgen.runtime.core.Json;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec written to break generated code: comment terminators and unicode escapes in prose, names
 * that are keywords, start with digits, differ only in case or punctuation, or clash with java.lang
 * and runtime classes, group names that climb out of the output folder, and code in server URLs,
 * header, scheme and group names and path keys. The output must compile without warnings, stay in
 * its folder, run no spec text when loaded, and keep every wire value exact.
 */
class HostileSpecTest {
  private static final Path SPEC = Path.of("src/test/resources/specs/robust/hostile.yaml");
  private static final String MODEL = "com.example.hostile.model.";
  private static final Pattern UNICODE_ESCAPE =
      Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\u+[0-9a-fA-F]{4}");

  /** Every payload in the spec sets this system property if it ever runs. */
  private static final String INJECTED = "seamgen.injected";

  @TempDir static Path work;
  private static Path output;
  private static Path classes;
  private static GenerationResult result;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    output = work.resolve("out");
    classes = Files.createDirectories(work.resolve("classes"));
    result =
        Generator.run(
            GeneratorConfig.builder()
                .spec(SPEC)
                .outputDirectory(output)
                .packageName("com.example.hostile")
                .clientName("Hostile")
                .build());
    assertEquals("", GeneratedCodeCompilesTest.compile(output, classes), "javac");
  }

  @Test
  void noSpecTextRunsWhenEveryClassIsLoadedAndBuildersAreMade() throws Exception {
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names =
          files
              .filter(f -> f.toString().endsWith(".class"))
              .map(
                  f ->
                      classes
                          .relativize(f)
                          .toString()
                          .replace('\\', '/')
                          .replace(".class", "")
                          .replace('/', '.'))
              .sorted()
              .toList();
    }
    assertTrue(names.size() > 20, names.toString());
    try (URLClassLoader loader = loader()) {
      for (String name : names) {
        Class<?> type = Class.forName(name, true, loader);
        for (Method method : type.getMethods()) {
          if (method.getName().equals("builder")
              && method.getParameterCount() == 0
              && Modifier.isStatic(method.getModifiers())) {
            method.invoke(null);
          }
        }
      }
    }
    assertNull(System.getProperty(INJECTED), "spec text ran as code");
  }

  @Test
  void valuesUsedAsTheyAreReachTheClientExactly() throws Exception {
    String client = Files.readString(output.resolve("com/example/hostile/Hostile.java"));
    assertTrue(
        client.contains(
            ".defaultEndpoint(\"https://api.example.test/v1*/@deprecated/x*/?q=a*/b\")"),
        client);
    assertTrue(client.contains(".header(\"apiKey\", \"X-Key*~|^`\")"), client);
    assertTrue(client.contains(".environmentVariable(\"HOSTILE_API_KEY\")"), client);
    try (URLClassLoader loader = loader()) {
      Class<?> builder = loader.loadClass("com.example.hostile.Hostile$Builder");
      assertEquals(builder, builder.getMethod("apiKey", String.class).getReturnType());
      assertEquals(
          builder,
          builder.getMethod("bearer", String.class).getReturnType(),
          "a credential name that is not a Java name falls back to the scheme's");
    }
    assertTrue(
        result.warnings().stream()
            .anyMatch(w -> w.message().startsWith("credential name 'token */ static")),
        result.warnings().toString());
  }

  @Test
  void nothingIsWrittenOutsideTheOutputFolder() throws Exception {
    try (Stream<Path> top = Files.list(work)) {
      assertEquals(
          Set.of("out", "classes"),
          top.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
    }
    try (Stream<Path> files = Files.walk(output)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertTrue(file.toRealPath().startsWith(output.toRealPath()), file.toString());
      }
    }
  }

  @Test
  void everySourceFileIsWhereItsPackageAndClassSayAndHidesNoEscapes() throws Exception {
    try (Stream<Path> files = Files.walk(output)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        // javac turns these into '\n' and '*' before it sees comments or strings, unless the
        // backslash is itself escaped (an odd number of backslashes in a row).
        assertFalse(UNICODE_ESCAPE.matcher(text).find(), file.toString());
        if (file.getFileName().toString().equals("package-info.java")) {
          continue;
        }
        String relative = output.relativize(file).toString().replace('\\', '/');
        String packageName = relative.substring(0, relative.lastIndexOf('/')).replace('/', '.');
        assertTrue(text.contains("\npackage " + packageName + ";\n"), relative);
        String simpleName = file.getFileName().toString().replace(".java", "");
        assertTrue(
            text.contains(" class " + simpleName + " ")
                || text.contains(" class " + simpleName + "<"),
            relative);
      }
    }
  }

  @Test
  void enumWireValuesSurviveExactly() throws Exception {
    try (URLClassLoader loader = loader()) {
      Class<?> mood = loader.loadClass(MODEL + "Mood");
      Set<String> values = new TreeSet<>();
      for (Field field : mood.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == mood) {
          values.add((String) mood.getMethod("value").invoke(field.get(null)));
        }
      }
      assertEquals(
          new TreeSet<>(
              List.of(
                  "happy \"quoted\"",
                  "back\\slash",
                  "with space",
                  "1st",
                  "class",
                  "Happy",
                  "happy",
                  "*/",
                  "\n",
                  "$x",
                  "",
                  "known",
                  "KNOWN")),
          values);
    }
  }

  @Test
  void awkwardPropertyNamesReadTheirOwnJsonFields() throws Exception {
    try (URLClassLoader loader = loader()) {
      Class<?> object = loader.loadClass(MODEL + "Object2");
      ObjectMapper mapper = Json.mapper();
      Object value =
          mapper.readValue(
              "{\"class\": \"c\", \"quote\\\"d\": \"q\", "
                  + "\"back\\\\slash\": \"b\", \"foo_bar\": \"1\", \"fooBar\": \"2\", \"FooBar\": \"3\", "
                  + "\"foo-bar\": \"4\", \"1st\": \"first\", \"builder\": \"B\"}",
              object);
      assertEquals(Optional.of("c"), object.getMethod("class_").invoke(value));
      assertEquals(Optional.of("q"), object.getMethod("quoteD").invoke(value));
      assertEquals(Optional.of("b"), object.getMethod("backSlash").invoke(value));
      assertEquals(Optional.of("first"), object.getMethod("_1st").invoke(value));
      assertEquals(Optional.of("B"), object.getMethod("builderValue").invoke(value));
      List<Object> fooBars = new ArrayList<>();
      for (String accessor : List.of("fooBar", "fooBar2", "fooBar3", "fooBar4")) {
        fooBars.add(object.getMethod(accessor).invoke(value));
      }
      assertEquals(
          List.of(Optional.of("1"), Optional.of("2"), Optional.of("3"), Optional.of("4")),
          fooBars,
          "four names that differ only in case or punctuation");
    }
  }

  @Test
  void equalsComparesFieldsNamedLikeItsOwnVariables() throws Exception {
    try (URLClassLoader loader = loader()) {
      Class<?> object = loader.loadClass(MODEL + "Object2");
      ObjectMapper mapper = Json.mapper();
      Object a = mapper.readValue("{\"other\": \"1\", \"that\": \"x\"}", object);
      assertEquals(a, mapper.readValue("{\"other\": \"1\", \"that\": \"x\"}", object));
      assertNotEquals(a, mapper.readValue("{\"other\": \"2\", \"that\": \"x\"}", object));
      assertNotEquals(a, mapper.readValue("{\"other\": \"1\", \"that\": \"y\"}", object));
      Object ends = mapper.readValue("{\"ends */ here\": \"e\"}", object);
      assertEquals(Optional.of("e"), object.getMethod("endsHere").invoke(ends));
    }
  }

  @Test
  void namesThatClashWithJavaLangOrTheRuntimeStillWork() throws Exception {
    try (URLClassLoader loader = loader()) {
      for (String name :
          List.of(
              "String2",
              "Object2",
              "Override2",
              "Deprecated2",
              "Optional",
              "List",
              "Map",
              "ApiCore",
              "Json",
              "Fields",
              "Page",
              "ApiException")) {
        Class<?> type = loader.loadClass(MODEL + name);
        assertEquals(MODEL + name, type.getName());
      }
    }
  }

  private static URLClassLoader loader() throws Exception {
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, HostileSpecTest.class.getClassLoader());
  }
}
