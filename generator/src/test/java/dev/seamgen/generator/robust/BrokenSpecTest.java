package dev.seamgen.generator.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.cli.SeamgenCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken specs through the command line, as a user meets them: exit code 1, one line per problem
 * naming the file, the line where known, the JSON pointer and what to do; no stack trace; and the
 * output folder exactly as the last good run left it.
 */
class BrokenSpecTest {
  private static final String HEAD = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n";
  private static final String OK_RESPONSE = "      responses:\n        '200': {description: OK}\n";

  /**
   * {@code file:line:col: error: message (at #pointer). What to do}; without {@code (at ...)} when
   * the problem is the whole file's (not found, empty, not UTF-8).
   */
  private static final Pattern PROBLEM =
      Pattern.compile(
          "[^:\\s]+\\.(yaml|json)(:\\d+:\\d+)?: (error|warning): .+?( \\(at #[^)]+\\))?\\. \\S.*");

  private static final Pattern SUMMARY =
      Pattern.compile("seamgen: \\d+ errors? in .+; nothing was written");

  @TempDir Path dir;
  private Path output;
  private Map<String, String> before;

  @BeforeEach
  void lastGoodRun() throws Exception {
    output = dir.resolve("out");
    assertEquals(
        0,
        run(
                "generate",
                "--spec",
                "src/test/resources/specs/pets.yaml",
                "--output",
                output.toString(),
                "--package",
                "com.example.pets")
            .code);
    before = snapshot(output);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      YAML syntax error            | spec.yaml | openapi: 3.0.3\\ninfo:\\n  title: [unclosed\\n                | not valid YAML or JSON
      JSON syntax error            | spec.json | {"openapi": "3.0.3", "info": {"title": "T",                  | not valid YAML or JSON
      empty file                   | spec.yaml |                                                               | the spec file is empty
      not OpenAPI                  | spec.yaml | hello: world\\n                                               | not an OpenAPI document
      unresolved $ref              | spec.yaml | @HEAD@paths:\\n  /a/get:\\n    post:\\n      requestBody:\\n        content:\\n          application/json:\\n            schema: {$ref: '#/components/schemas/gone'}\\n@OK@ | reference '#/components/schemas/gone' does not resolve
      unsupported type             | spec.yaml | @HEAD@paths:\\n  /a/get:\\n    post:\\n      requestBody:\\n        content:\\n          application/json:\\n            schema: {type: object, properties: {f: {type: file}}}\\n@OK@ | unsupported schema type 'file'
      schema name with a path      | spec.yaml | @HEAD@components:\\n  schemas:\\n    ../../x: {type: object}\\npaths:\\n  /a/get:\\n    post:\\n@OK@ | ../../x
      a 10000-character name       | spec.yaml | @HEAD@components:\\n  schemas:\\n    ? @LONG@ x\\n    : {type: object}\\n@PATH@ | may only hold letters
      no operations                | spec.yaml | @HEAD@paths: {}\\n                                          | the spec has no operations
      key written twice            | spec.yaml | @HEAD@paths:\\n  /a/get:\\n    post:\\n@OK@  /a/get:\\n    post:\\n@OK@ | '/a/get' is defined twice
      top-level list               | spec.yaml | - openapi\\n- 3.0.3\\n                                    | the file does not hold a mapping
      header name not a token      | spec.yaml | @HEAD@components:\\n  securitySchemes:\\n    key: {type: apiKey, in: header, name: 'X-Key: 1'}\\n@PATH@ | header name 'X-Key: 1' is not a valid HTTP header name
      environment variable name    | spec.yaml | @HEAD@components:\\n  securitySchemes:\\n    key: {type: http, scheme: bearer, x-seamgen-credential: {env: 'KEY; echo'}}\\n@PATH@ | 'KEY; echo' is not a valid environment variable name
      path without a slash         | spec.yaml | @HEAD@paths:\\n  a:\\n    get:\\n@OK@                | path 'a' does not start with / (at #/paths/a)
      OpenAPI 3.1 unknown type     | spec.yaml | openapi: 3.1.0\\ninfo: {title: T, version: v1}\\npaths:\\n  /a:\\n    get:\\n      responses:\\n        "200":\\n          description: OK\\n          content:\\n            application/json:\\n              schema: {type: object, properties: {f: {type: [strin, "null"]}}}\\n | type 'strin' in this schema or one of its properties is not a JSON Schema type
      $ref gone in an unused part  | spec.yaml | @HEAD@paths:\\n  /a/get:\\n    post:\\n      x-response-key: a\\n      responses:\\n        '200':\\n          description: OK\\n          content:\\n            application/json:\\n              schema: {type: object, properties: {a: {type: string}, b: {$ref: '#/components/schemas/gone'}}}\\n | reference '#/components/schemas/gone' does not resolve
      """)
  void aBrokenSpecFailsCleanlyAndTouchesNothing(
      String name, String file, String content, String expected) throws Exception {
    String text =
        content == null
            ? ""
            : content
                .replace("@HEAD@", HEAD)
                .replace("@PATH@", "paths:\\n  /a/get:\\n    post:\\n@OK@")
                .replace("@LONG@", "a".repeat(10_000))
                .replace("@OK@", OK_RESPONSE)
                .replace("\\n", "\n");
    Path spec = Files.writeString(dir.resolve(file), text);

    Result result =
        run(
            "generate",
            "--spec",
            spec.toString(),
            "--output",
            output.toString(),
            "--package",
            "com.example.pets");

    assertEquals(1, result.code, result.err);
    assertTrue(result.err.contains(expected), result.err);
    assertCleanProblemLines(result.err);
    assertFalse(result.err.contains("hunter2"), "no password in messages:\n" + result.err);
    assertTrue(result.err.lines().allMatch(l -> l.length() < 1200), "short lines:\n" + result.err);
    assertEquals(before, snapshot(output), "the output folder is as the last good run left it");
  }

  @Test
  void aSpecThatIsNotUtf8FailsCleanly() throws Exception {
    Path spec =
        Files.write(
            dir.resolve("binary.yaml"),
            new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'o', 'p', 'e', 'n'});

    Result result =
        run(
            "generate",
            "--spec",
            spec.toString(),
            "--output",
            output.toString(),
            "--package",
            "com.example.pets");

    assertEquals(1, result.code, result.err);
    assertTrue(
        result.err.contains("binary.yaml:1:1: error: the file is not UTF-8 text"), result.err);
    assertCleanProblemLines(result.err);
    assertEquals(before, snapshot(output));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      missing spec file | does-not-exist.yaml | spec file not found
      """)
  void aMissingSpecFailsCleanly(String name, String file, String expected) throws Exception {
    Result result =
        run(
            "generate",
            "--spec",
            dir.resolve(file).toString(),
            "--output",
            output.toString(),
            "--package",
            "com.example.pets");

    assertEquals(1, result.code, result.err);
    assertTrue(result.err.contains(expected), result.err);
    assertCleanProblemLines(result.err);
    assertEquals(before, snapshot(output));
  }

  private static void assertCleanProblemLines(String err) {
    assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace:\n" + err);
    for (String line : err.strip().split("\n")) {
      assertTrue(
          PROBLEM.matcher(line).matches() || SUMMARY.matcher(line).matches(),
          "not a problem line: " + line + "\n" + err);
    }
  }

  private static Map<String, String> snapshot(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            folder.relativize(file).toString(),
            Files.readString(file) + "@" + Files.getLastModifiedTime(file).toMillis());
      }
    }
    return files;
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SeamgenCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private record Result(int code, String out, String err) {}
}
