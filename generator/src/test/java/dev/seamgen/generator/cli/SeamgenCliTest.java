package dev.seamgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.generator.config.Setting;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
    int code =
        run(
            "generate",
            "--spec",
            FIXTURE,
            "--output",
            output.toString(),
            "--package",
            "com.example.pets");
    assertEquals(0, code, err.toString());
    assertTrue(Files.exists(output.resolve("com/example/pets/PetStore.java")));
    assertTrue(out.toString().contains("6 of 6 operations"), out.toString());
  }

  @Test
  void reportListsEveryOperationWithItsMethodOrWhyItWasLeftOutAndEveryWarning() throws Exception {
    Path report = dir.resolve("reports/coverage.json");
    int code =
        run(
            "generate",
            "--spec",
            "src/test/resources/specs/lenient.yaml",
            "--output",
            dir.resolve("sdk").toString(),
            "--package",
            "com.example.lenient",
            "--report",
            report.toString());
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("3 of 3 operations"), out.toString());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("generated", json.get("result").asText());
    assertEquals(3, json.get("operationsGenerated").asInt());
    List<String> operations = new ArrayList<>();
    json.get("operations")
        .forEach(
            o ->
                operations.add(
                    o.get("verb").asText()
                        + " "
                        + o.get("path").asText()
                        + " "
                        + (o.get("generated").asBoolean()
                            ? o.get("group").asText() + "." + o.get("method").asText()
                            : "left out: " + o.get("reason").asText())));
    assertEquals(
        List.of(
            "GET /pets pets.listPets",
            "POST /pets pets.listPets2",
            "PUT /shapes shapes.putShape",
            "POST /shapes left out: x-undocumented: not ready yet (--include-undocumented keeps it)"),
        operations);
    JsonNode warning = json.get("warnings").get(0);
    assertEquals("lenient.yaml", warning.get("file").asText());
    assertEquals(8, warning.get("line").asInt());
    assertEquals("#/paths/~1pets/get/parameters", warning.get("pointer").asText());
    assertEquals(
        err.toString().lines().filter(l -> l.contains(": warning: ")).count(),
        json.get("warnings").size());
    try (Stream<Path> files = Files.list(report.getParent())) {
      assertEquals(List.of(report), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void aSpecWithErrorsStillGetsAReportOfThem() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n"
                + "      responses:\n        '200':\n          description: OK\n"
                + "          content:\n            application/json:\n"
                + "              schema: {$ref: '#/components/schemas/nope'}\n");
    Path report = Files.writeString(dir.resolve("report.json"), "an earlier report");
    int code =
        run(
            "generate",
            "--spec",
            spec.toString(),
            "--output",
            dir.resolve("out").toString(),
            "--package",
            "a.b",
            "--report",
            report.toString());
    assertEquals(1, code);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("refused", json.get("result").asText());
    JsonNode error = json.get("errors").get(0);
    assertTrue(error.get("message").asText().contains("does not resolve"), json.toString());
    assertEquals(11, error.get("line").asInt());
  }

  @Test
  void aReportInsideTheOutputFolderIsAUsageError() {
    Path output = dir.resolve("sdk");
    int code =
        run(
            "generate",
            "--spec",
            FIXTURE,
            "--output",
            output.toString(),
            "--package",
            "com.example.pets",
            "--report",
            output.resolve("report.json").toString());
    assertEquals(2, code);
    assertTrue(
        err.toString()
            .contains("--report " + output.resolve("report.json") + " is inside --output"),
        err.toString());
    assertFalse(Files.exists(output));
  }

  @Test
  void aBrokenSpecExitsWithOneAndNamesFileAndLineWithoutAStackTrace() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "openapi: 3.0.3\n"
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
    int code =
        run(
            "generate",
            "--spec",
            spec.toString(),
            "--output",
            output.toString(),
            "--package",
            "a.b");
    assertEquals(1, code);
    assertTrue(err.toString().contains("bad.yaml:9:"), err.toString());
    assertTrue(err.toString().contains("#/components/schemas/nope"), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    assertFalse(Files.exists(output), "nothing is written for a broken spec");
  }

  @Test
  void aSecondUnchangedRunSaysItIsUpToDateAndWhy() {
    String[] args = {
      "generate",
      "--spec",
      FIXTURE,
      "--output",
      dir.resolve("sdk").toString(),
      "--package",
      "com.example.pets"
    };
    assertEquals(0, run(args), err.toString());
    out.getBuffer().setLength(0);

    assertEquals(0, run(args), err.toString());

    assertTrue(out.toString().startsWith("seamgen: up to date: all "), out.toString());
    assertTrue(
        out.toString()
            .contains(
                "files unchanged, as the spec, templates, generator "
                    + "version and configuration are unchanged since the last run"),
        out.toString());
  }

  @Test
  void aFolderWithFilesSeamgenDidNotWriteIsRefusedUntilForced() throws Exception {
    Path output = Files.createDirectories(dir.resolve("sdk"));
    Files.writeString(output.resolve("README.md"), "our own readme");
    String[] args = {
      "generate", "--spec", FIXTURE, "--output", output.toString(), "--package", "com.example.pets"
    };

    assertEquals(1, run(args));

    assertTrue(
        err.toString().contains("already holds files seamgen did not write: README.md"),
        err.toString());
    assertEquals("our own readme", Files.readString(output.resolve("README.md")));
    assertFalse(Files.exists(output.resolve("com")), "nothing was written");

    assertTrue(err.toString().contains("or run again with --force to take"), err.toString());

    String[] forced = Arrays.copyOf(args, args.length + 1);
    forced[args.length] = "--force";
    assertEquals(0, run(forced), err.toString());
    assertTrue(Files.readString(output.resolve("README.md")).contains("Pet Store"));
    assertTrue(
        err.toString()
            .contains(
                "seamgen: warning: wrote over README.md, which seamgen did not write (forced)"),
        err.toString());
  }

  @Test
  void projectMakesTheOutputFolderAMavenProjectThatLaterRunsMayRewrite() throws Exception {
    Path output = dir.resolve("pets-sdk");
    String[] args = {
      "generate",
      "--spec",
      FIXTURE,
      "--output",
      output.toString(),
      "--package",
      "com.example.pets",
      "--project",
      "com.example:pets-sdk:1.2.3"
    };

    assertEquals(0, run(args), err.toString());

    String pom = Files.readString(output.resolve("pom.xml"));
    assertTrue(pom.contains("<artifactId>pets-sdk</artifactId>"), pom);
    assertTrue(Files.exists(output.resolve("src/main/java/com/example/pets/PetStore.java")));
    assertTrue(Files.exists(output.resolve("README.md")));
    assertFalse(Files.exists(output.resolve("com")), "no sources outside src/main/java");
    assertTrue(
        Files.readString(output.resolve("src/main/java/com/example/pets/PetStore.java"))
            .contains("SDK_VERSION = \"1.2.3\""),
        "the project's version is the client's");

    args[args.length - 1] = "com.example:pets-sdk:1.2.4";
    assertEquals(0, run(args), err.toString());
    assertTrue(Files.readString(output.resolve("pom.xml")).contains("<version>1.2.4</version>"));
    assertTrue(out.toString().contains("configuration and project changed"), out.toString());

    Files.createDirectories(output.resolve(".git"));
    assertEquals(0, run(args), "a generated project under version control: " + err);
    Files.writeString(output.resolve("build.gradle"), "");
    assertEquals(1, run(args), "someone else's build file all the same");
  }

  @Test
  void projectStillRefusesAFolderWhosePomXmlSeamgenDidNotWrite() throws Exception {
    Path pom = Files.writeString(dir.resolve("pom.xml"), "<project/>");

    assertEquals(
        1,
        run(
            "generate",
            "--spec",
            FIXTURE,
            "--output",
            dir.toString(),
            "--package",
            "com.example.pets",
            "--project",
            "com.example:pets-sdk:1.0.0",
            "--force"));

    assertTrue(err.toString().contains("holds pom.xml, so it is a project's root"), err.toString());
    assertTrue(err.toString().contains("--force does not change this"), err.toString());
    assertEquals("<project/>", Files.readString(pom));
  }

  @Test
  void projectCoordinatesOfAnotherShapeAreAUsageError() {
    assertEquals(
        2,
        run(
            "generate",
            "--spec",
            FIXTURE,
            "--output",
            dir.resolve("sdk").toString(),
            "--package",
            "com.example.pets",
            "--project",
            "com.example:pets-sdk"));

    assertTrue(
        err.toString()
            .contains(
                "'com.example:pets-sdk' is not groupId:artifactId:version, such as "
                    + "com.example:pets-sdk:1.0.0"),
        err.toString());
  }

  @Test
  void aMissingSpecFileNamesNoPlaceInIt() {
    assertEquals(
        1,
        run(
            "generate",
            "--spec",
            dir.resolve("missing.yaml").toString(),
            "--output",
            dir.resolve("sdk").toString(),
            "--package",
            "com.example.pets"));

    assertTrue(
        err.toString().startsWith("missing.yaml: error: spec file not found"), err.toString());
    assertFalse(err.toString().contains("(at "), err.toString());
  }

  @Test
  void everySettingNameIsAnOptionOfGenerate() {
    CommandLine.Model.CommandSpec generate =
        new CommandLine(new SeamgenCli()).getSubcommands().get("generate").getCommandSpec();

    for (Setting setting : Setting.values()) {
      String name = SeamgenCli.NAMES.name(setting);
      assertNotNull(generate.findOption(name), setting + " is named " + name);
    }
  }

  @Test
  void aProjectRootIsRefused() throws Exception {
    Files.writeString(dir.resolve("pom.xml"), "<project/>");

    assertEquals(
        1,
        run(
            "generate",
            "--spec",
            FIXTURE,
            "--output",
            dir.toString(),
            "--package",
            "com.example.pets",
            "--force"));

    assertTrue(err.toString().contains("holds pom.xml, so it is a project's root"), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    assertFalse(Files.exists(dir.resolve("com")));
  }

  @Test
  void linksInTheOutputFolderNeitherWriteNorDeleteOutsideIt() throws Exception {
    Path output = dir.resolve("sdk");
    Path victim = Files.createDirectories(dir.resolve("victim"));
    Path secret = Files.writeString(victim.resolve("secret.txt"), "keep me");
    Path pet = Files.writeString(victim.resolve("Pet.java"), "keep me too");
    String[] args = {
      "generate", "--spec", FIXTURE, "--output", output.toString(), "--package", "com.example.pets"
    };
    assertEquals(0, run(args), err.toString());
    // What a pull request to a project that commits generated sources could plant:
    Files.createSymbolicLink(output.resolve("link"), victim);
    Path manifest = output.resolve(".seamgen-files");
    Files.writeString(manifest, Files.readString(manifest) + "link/secret.txt\n");

    assertEquals(0, run(args), err.toString());

    assertEquals("keep me", Files.readString(secret));
    assertTrue(err.toString().contains("refusing to delete link/secret.txt"), err.toString());

    Path generatedPet = output.resolve("com/example/pets/model/Pet.java");
    Files.delete(generatedPet);
    Files.createSymbolicLink(generatedPet, pet);

    assertEquals(1, run(args));

    assertEquals("keep me too", Files.readString(pet));
    assertTrue(
        err.toString().contains("com/example/pets/model/Pet.java: it is a symbolic link"),
        err.toString());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("generate", "--spec", FIXTURE));
    assertTrue(err.toString().contains("--output"), err.toString());
    assertEquals(
        2,
        run(
            "generate",
            "--spec",
            FIXTURE,
            "--output",
            dir.toString(),
            "--package",
            "not a package"));
    assertTrue(
        err.toString().contains("seamgen: --package 'not a package' is not a valid Java package"),
        err.toString());
    assertFalse(err.toString().contains("packageName"), err.toString());
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
