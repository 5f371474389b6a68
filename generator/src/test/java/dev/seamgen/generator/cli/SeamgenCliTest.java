package dev.seamgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeamgenCliTest {
  private static final String FIXTURE = "src/test/resources/specs/pets.yaml";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SeamgenCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void generateWritesTheSdkAndPrintsASummary() {
    Path output = dir.resolve("sdk");
    int code = run("generate", "--spec", FIXTURE, "--output", output.toString(),
        "--package", "com.example.pets");
    assertEquals(0, code, err.toString());
    assertTrue(Files.exists(output.resolve("com/example/pets/PetStore.java")));
    assertTrue(out.toString().contains("6 of 6 operations"), out.toString());
  }

  @Test
  void aBrokenSpecExitsWithOneAndNamesFileAndLineWithoutAStackTrace() throws Exception {
    Path spec = Files.writeString(dir.resolve("bad.yaml"), "openapi: 3.0.3\n"
        + "info: {title: T, version: '1'}\n"
        + "paths:\n"
        + "  /pets/get:\n"
        + "    post:\n"
        + "      requestBody:\n"
        + "        content:\n"
        + "          application/json:\n"
        + "            schema: {$ref: '#/components/schemas/nope'}\n"
        + "      responses: {'200': {description: OK}}\n");
    Path output = dir.resolve("out");
    int code = run("generate", "--spec", spec.toString(), "--output", output.toString(),
        "--package", "a.b");
    assertEquals(1, code);
    assertTrue(err.toString().contains("bad.yaml:9:"), err.toString());
    assertTrue(err.toString().contains("#/components/schemas/nope"), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    assertFalse(Files.exists(output), "nothing is written for a broken spec");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("generate", "--spec", FIXTURE));
    assertTrue(err.toString().contains("--output"), err.toString());
    assertEquals(2, run("generate", "--spec", FIXTURE, "--output", dir.toString(),
        "--package", "not a package"));
    assertEquals(2, run("frobnicate"));
  }

  @Test
  void helpAndVersion() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("generate"), out.toString());
    assertEquals(0, run("--version"));
    assertTrue(out.toString().contains("seamgen "), out.toString());
  }
}
