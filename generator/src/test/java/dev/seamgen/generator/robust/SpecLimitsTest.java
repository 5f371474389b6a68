package dev.seamgen.generator.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.GeneratedCodeCompilesTest;
import dev.seamgen.generator.Generator;
import dev.seamgen.generator.Generator.GenerationResult;
import dev.seamgen.generator.config.GeneratorConfig;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import dev.seamgen.generator.read.SpecReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs at the edges of size and naming: they are read, or refused fast with a short message, and
 * what is generated compiles and can be written on Linux, macOS and Windows alike.
 */
class SpecLimitsTest {
  private static final String HEAD = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n";
  private static final String OPERATION =
      "paths:\n  /a/get:\n    post:\n" + "      responses:\n        '200': {description: OK}\n";

  @TempDir Path dir;

  @Test
  void aYamlSpecOverThreeMebibytesIsRead() throws Exception {
    StringBuilder spec = new StringBuilder(HEAD).append("x-notes:\n");
    while (spec.length() < 4 * 1024 * 1024) {
      spec.append("  - 'a note that makes the spec large, as real specs with long prose are'\n");
    }
    Path file = Files.writeString(dir.resolve("big.yaml"), spec.append(OPERATION));

    ApiModel model = SpecReader.read(file, w -> {});

    assertEquals(1, model.resources().size());
  }

  @Test
  void billionLaughsFailsFastWithAShortMessage() throws Exception {
    StringBuilder spec =
        new StringBuilder(HEAD)
            .append("x-lol:\n  a: &a [lol, lol, lol, lol, " + "lol, lol, lol, lol, lol]\n");
    String previous = "a";
    for (String name : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
      spec.append("  ")
          .append(name)
          .append(": &")
          .append(name)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous)))
          .append("]\n");
      previous = name;
    }
    Path file = Files.writeString(dir.resolve("lol.yaml"), spec.append(OPERATION));

    SpecException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> assertThrows(SpecException.class, () -> SpecReader.read(file, w -> {})));

    Problem problem = e.problems().get(0);
    assertTrue(
        problem.message().startsWith("YAML aliases expand this document by more than"),
        problem.message());
    assertTrue(problem.line().isPresent());
    assertTrue(problem.format().length() < 300, problem.format());
  }

  @Test
  void anEnumOfAHundredThousandValuesCompilesWithoutConstants() throws Exception {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      values.append(i == 0 ? "" : ", ").append("v").append(i);
    }
    Path spec =
        Files.writeString(
            dir.resolve("enum.yaml"),
            HEAD
                + "components:\n  schemas:\n    code: {type: string, enum: ["
                + values
                + "]}\n"
                + "paths:\n  /a/get:\n    post:\n      requestBody:\n        content:\n"
                + "          application/json:\n            schema:\n              type: object\n"
                + "              properties: {code: {$ref: '#/components/schemas/code'}}\n"
                + "      responses:\n        '200': {description: OK}\n");
    Path output = dir.resolve("out");
    Path classes = Files.createDirectories(dir.resolve("classes"));

    GenerationResult result =
        Generator.run(
            GeneratorConfig.builder()
                .spec(spec)
                .outputDirectory(output)
                .packageName("p.q")
                .build());

    assertTrue(
        result.warnings().stream()
            .anyMatch(
                w ->
                    w.message()
                        .equals(
                            "enum Code has "
                                + "100000 values, more than the 2000 that get a Java constant each")),
        result.warnings().toString());
    assertEquals("", GeneratedCodeCompilesTest.compile(output, classes));
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> code = loader.loadClass("p.q.model.Code");
      assertEquals(100_000, ((List<?>) code.getMethod("values").invoke(null)).size());
      Object last = code.getMethod("of", String.class).invoke(null, "v99999");
      assertEquals(true, code.getMethod("isKnown").invoke(last));
      Object unknown = code.getMethod("of", String.class).invoke(null, "v100000");
      assertEquals(false, code.getMethod("isKnown").invoke(unknown));
    }
  }

  @Test
  void namesGiveFilesThatEveryFileSystemCanHold() throws Exception {
    String longName = "a".repeat(10_000);
    Path spec =
        Files.writeString(
            dir.resolve("names.yaml"),
            HEAD
                + "components:\n  schemas:\n"
                + "    FooBar: {type: object, properties: {x: {type: string}}}\n"
                + "    Foobar: {type: object, properties: {x: {type: string}}}\n"
                + "    Con: {type: object, properties: {x: {type: string}}}\n"
                + "    nul: {type: object, properties: {x: {type: string}}}\n"
                + "    AUX: {type: object, properties: {x: {type: string}}}\n"
                + "    Com1: {type: object, properties: {x: {type: string}}}\n"
                // YAML keys over 1024 characters must be written as explicit keys.
                + "    ? "
                + longName
                + "\n    : {type: object, properties: {x: {type: string}}}\n"
                + "    ? "
                + longName
                + "b\n    : {type: object, properties: {x: {type: string}}}\n"
                + "paths:\n"
                + "  /con/get:\n    post:\n      responses:\n        '200': {description: OK}\n"
                + "  /con/list_all:\n    post:\n      responses:\n        '200': {description: OK}\n"
                + "  /con/listall:\n    post:\n      responses:\n        '200': {description: OK}\n"
                + "  ? /"
                + longName
                + "/"
                + longName
                + "\n  : post:\n"
                + "      responses:\n        '200': {description: OK}\n"
                + "  /things/get:\n    post:\n      x-response-key: all\n      responses:\n"
                + "        '200':\n          description: OK\n          content:\n"
                + "            application/json:\n              schema:\n                type: object\n"
                + "                properties:\n                  all:\n                    type: array\n"
                + "                    items:\n                      anyOf:\n"
                + refs(longName, "FooBar", "Foobar", "Con", "nul", "AUX", "Com1", longName + "b"));
    Path output = dir.resolve("out");
    Path classes = Files.createDirectories(dir.resolve("classes"));

    GenerationResult result =
        Generator.run(
            GeneratorConfig.builder()
                .spec(spec)
                .outputDirectory(output)
                .packageName("p.q")
                .build());

    assertEquals("", GeneratedCodeCompilesTest.compile(output, classes));
    assertTrue(
        result.warnings().stream()
            .map(Problem::format)
            .anyMatch(
                w ->
                    w.length() < 1000 && w.contains("is 10000 characters long; its class is Aaaa")),
        result.warnings().stream().map(Problem::format).toList().toString());
    for (Path root : List.of(output, classes)) {
      try (Stream<Path> files = Files.walk(root)) {
        Set<String> seen = new HashSet<>();
        for (Path file : files.filter(f -> !f.equals(root)).toList()) {
          String name = file.getFileName().toString();
          String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
          assertFalse(Naming.isWindowsDeviceName(stem), file.toString());
          assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, file.toString());
          assertTrue(
              seen.add(root.relativize(file).toString().toLowerCase(Locale.ROOT)),
              "two files differ only in case: " + file);
        }
      }
    }
    assertTrue(Files.exists(output.resolve("p/q/model/FooBar.java")));
    assertTrue(Files.exists(output.resolve("p/q/model/Foobar2.java")));
    assertTrue(Files.exists(output.resolve("p/q/model/Con2.java")));
    assertTrue(Files.isDirectory(output.resolve("p/q/con_")));
  }

  private static String refs(String... schemas) {
    StringBuilder text = new StringBuilder();
    for (String schema : schemas) {
      text.append("                        - {$ref: '#/components/schemas/")
          .append(schema)
          .append("'}\n");
    }
    return text.toString();
  }
}
