package dev.seamgen.maven;

import static dev.seamgen.maven.MavenBuilds.deleteTree;
import static dev.seamgen.maven.MavenBuilds.property;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.maven.MavenBuilds.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Real Maven builds of a separate project ({@code src/it/library-consumer}) that uses the plugin
 * with its own spec, in the order a user meets them: first build, unchanged rebuild, a spec edit, a
 * template override, a broken spec, a reproducible rebuild. The build installs the plugin into the
 * local repository first (invoker:install); the child builds run offline.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerateGoalIT {
  private static final Path TEMPLATE = Paths.get("src/it/library-consumer");
  private static final Path PROJECT = Paths.get("target/it/library-consumer").toAbsolutePath();
  private static final Path GENERATED = PROJECT.resolve("target/generated-sources/seamgen");
  private static final Path BOOK = GENERATED.resolve("com/example/library/api/model/Book.java");

  @BeforeAll
  static void copyProject() throws IOException {
    deleteTree(PROJECT);
    Map<String, String> versions =
        Map.of(
            "@seamgen.version@", property("seamgen.version"),
            "@junit.version@", property("junit.version"),
            "@compiler.version@", property("compiler.version"),
            "@surefire.version@", property("surefire.version"),
            "@resources.version@", property("resources.version"),
            "@jar.version@", property("jar.version"),
            "@clean.version@", property("clean.version"));
    try (Stream<Path> files = Files.walk(TEMPLATE)) {
      for (Path source : files.toList()) {
        Path target = PROJECT.resolve(TEMPLATE.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          String text = Files.readString(source);
          for (Map.Entry<String, String> v : versions.entrySet()) {
            text = text.replace(v.getKey(), v.getValue());
          }
          Files.writeString(target, text);
        }
      }
    }
  }

  @Test
  @Order(1)
  void theFirstBuildGeneratesCompilesAndPassesTheProjectsOwnTests() throws Exception {
    Build build = maven("verify");

    assertEquals(0, build.exitCode, build.log);
    assertTrue(build.log.contains("seamgen: 2 of 2 operations"), build.log);
    assertTrue(build.log.contains("Tests run: 2, Failures: 0, Errors: 0"), build.log);
    assertTrue(Files.exists(GENERATED.resolve("com/example/library/api/model/LegacyShelf.java")));
  }

  @Test
  @Order(2)
  void anUnchangedRebuildIsSkippedAndLeavesFilesAlone() throws Exception {
    FileTime before = Files.getLastModifiedTime(BOOK);

    Build build = maven("verify");

    assertEquals(0, build.exitCode, build.log);
    assertTrue(build.log.contains("seamgen: up to date"), build.log);
    assertEquals(before, Files.getLastModifiedTime(BOOK));
    assertTrue(
        build.log.contains("Nothing to compile"),
        "incremental compilation stays incremental:\n" + build.log);
  }

  @Test
  @Order(3)
  void editingTheSpecRegeneratesAndDeletesTheRemovedSchemasFile() throws Exception {
    Path spec = PROJECT.resolve("src/main/openapi/library.yaml");
    String text = Files.readString(spec);
    int start = text.indexOf("    legacy_shelf:");
    int end = text.indexOf("    pagination:");
    Files.writeString(spec, text.substring(0, start) + text.substring(end));
    FileTime bookBefore = Files.getLastModifiedTime(BOOK);

    Build build = maven("generate-sources");

    assertEquals(0, build.exitCode, build.log);
    assertTrue(build.log.contains("1 deleted); spec changed"), build.log);
    assertFalse(Files.exists(GENERATED.resolve("com/example/library/api/model/LegacyShelf.java")));
    assertEquals(bookBefore, Files.getLastModifiedTime(BOOK), "unchanged files keep their time");
  }

  @Test
  @Order(4)
  void aTemplateOverrideChangesTheGeneratedReadme() throws Exception {
    Path templates = Files.createDirectories(PROJECT.resolve("src/main/seamgen-templates"));
    Files.writeString(
        templates.resolve("README.md.mustache"),
        "# {{title}} client, our way\n{{#operations}}- {{call}}\n{{/operations}}");

    Build build = maven("generate-sources", "-Dseamgen.templateDirectory=" + templates);

    assertEquals(0, build.exitCode, build.log);
    assertTrue(build.log.contains("templates changed"), build.log);
    String readme = Files.readString(GENERATED.resolve("README.md"));
    assertTrue(
        readme.startsWith(
            "<!-- Generated by seamgen from library.yaml. Do not edit: "
                + "change the spec or the templates, then regenerate. -->\n"
                + "# Library client, our way\n- books().get"),
        "the override replaces the body, and the header stays:\n" + readme);
    assertTrue(
        Files.exists(GENERATED.resolve("docs/books/get.md")),
        "templates not overridden are still the built-in ones");
  }

  @Test
  @Order(5)
  void aBrokenSpecFailsTheBuildWithFileLineAndWhatIsWrong() throws Exception {
    Path spec = PROJECT.resolve("src/main/openapi/library.yaml");
    String good = Files.readString(spec);
    Files.writeString(
        spec,
        good.replace(
            "genre: {$ref: '#/components/schemas/genre'}",
            "genre: {$ref: '#/components/schemas/genres'}"));
    FileTime bookBefore = Files.getLastModifiedTime(BOOK);
    Build build;
    try {
      build = maven("generate-sources");
    } finally {
      Files.writeString(spec, good);
    }

    assertNotEquals(0, build.exitCode, build.log);
    assertTrue(
        build.log.matches(
            "(?s).*\\[ERROR\\] library\\.yaml:\\d+:\\d+: error: "
                + "reference '#/components/schemas/genres' does not resolve.*"),
        build.log);
    assertFalse(build.log.contains("\tat dev.seamgen"), "no stack trace:\n" + build.log);
    assertEquals(bookBefore, Files.getLastModifiedTime(BOOK), "nothing was written");
  }

  @Test
  @Order(6)
  void twoCleanBuildsGiveByteIdenticalJars() throws Exception {
    Path jar = PROJECT.resolve("target/library-client-1.0.0.jar");
    deleteTree(PROJECT.resolve("target"));
    assertEquals(0, maven("package", "-DskipTests").exitCode);
    byte[] first = Files.readAllBytes(jar);
    Thread.sleep(1100); // a build that stamped the time would now stamp a different one
    deleteTree(PROJECT.resolve("target"));
    assertEquals(0, maven("package", "-DskipTests").exitCode);

    assertArrayEquals(first, Files.readAllBytes(jar));
  }

  @Test
  @Order(7)
  void theCheckGoalFailsNamingCommittedFilesThatDrifted() throws Exception {
    String plugin = "dev.seamgen:seamgen-maven-plugin:" + property("seamgen.version") + ":";
    String[] settings = {
      "-Dseamgen.spec=src/main/openapi/library.yaml",
      "-Dseamgen.packageName=com.example.library.api",
      "-Dseamgen.outputDirectory=committed"
    };
    assertEquals(0, maven(plugin + "generate", settings[0], settings[1], settings[2]).exitCode);
    Build clean = maven(plugin + "check", settings[0], settings[1], settings[2]);
    assertEquals(0, clean.exitCode, clean.log);
    assertTrue(clean.log.contains("match library.yaml"), clean.log);

    Path book = PROJECT.resolve("committed/com/example/library/api/model/Book.java");
    Files.writeString(
        book,
        Files.readString(book)
            .replace("public final class Book", "public final class Book /* edited */"));
    Build drifted = maven(plugin + "check", settings[0], settings[1], settings[2]);

    assertNotEquals(0, drifted.exitCode, drifted.log);
    assertTrue(
        drifted.log.contains("differs: com/example/library/api/model/Book.java"), drifted.log);
  }

  @Test
  @Order(8)
  void linksPlantedInTheOutputFolderNeitherDeleteNorWriteOutsideIt() throws Exception {
    Path victim = Files.createDirectories(PROJECT.resolveSibling("victim"));
    Path secret = Files.writeString(victim.resolve("secret.txt"), "keep me");
    Path book = Files.writeString(victim.resolve("Book.java"), "keep me too");
    // What a pull request to a project that commits generated sources could plant:
    Files.createSymbolicLink(GENERATED.resolve("link"), victim);
    Path manifest = GENERATED.resolve(".seamgen-files");
    Files.writeString(manifest, Files.readString(manifest) + "link/secret.txt\n");

    Build deleting = maven("generate-sources");

    assertEquals(0, deleting.exitCode, deleting.log);
    assertEquals("keep me", Files.readString(secret));
    assertTrue(
        deleting.log.contains("[WARNING] seamgen: refusing to delete link/secret.txt"),
        deleting.log);

    Files.delete(BOOK);
    Files.createSymbolicLink(BOOK, book);
    Build writing = maven("generate-sources");

    assertNotEquals(0, writing.exitCode, writing.log);
    assertEquals("keep me too", Files.readString(book));
    assertTrue(
        writing.log.contains(
            "refusing to write com/example/library/api/model/Book.java: "
                + "it is a symbolic link"),
        writing.log);
    assertFalse(writing.log.contains("\tat dev.seamgen"), "no stack trace:\n" + writing.log);
    Files.delete(BOOK);
    Files.delete(GENERATED.resolve("link"));
  }

  @Test
  @Order(9)
  void aFolderWithOtherFilesIsRefusedUntilForcedAndTheProjectRootAlways() throws Exception {
    Path handwritten = Files.createDirectories(PROJECT.resolve("handwritten"));
    Path readme = Files.writeString(handwritten.resolve("README.md"), "our own readme");
    String goal = "dev.seamgen:seamgen-maven-plugin:" + property("seamgen.version") + ":generate";
    String spec = "-Dseamgen.spec=src/main/openapi/library.yaml";
    String packageName = "-Dseamgen.packageName=com.example.library.api";

    Build refused = maven(goal, spec, packageName, "-Dseamgen.outputDirectory=handwritten");

    assertNotEquals(0, refused.exitCode, refused.log);
    assertTrue(
        refused.log.contains("already holds files seamgen did not write: README.md"), refused.log);
    assertTrue(
        refused.log.contains(
            "or run again with <force>true</force> (-Dseamgen.force=true) to take this folder"),
        refused.log);
    assertFalse(refused.log.contains("--force"), "the command line's words: " + refused.log);
    assertEquals("our own readme", Files.readString(readme));
    assertFalse(Files.exists(handwritten.resolve("com")), "nothing was written");

    Build root =
        maven(goal, spec, packageName, "-Dseamgen.outputDirectory=.", "-Dseamgen.force=true");

    assertNotEquals(0, root.exitCode, root.log);
    assertTrue(root.log.contains("holds pom.xml, so it is a project's root"), root.log);
    assertTrue(
        root.log.contains("<force>true</force> (-Dseamgen.force=true) does not change this"),
        root.log);
    assertFalse(Files.exists(PROJECT.resolve("com")), "nothing was written");

    Build forced =
        maven(
            goal,
            spec,
            packageName,
            "-Dseamgen.outputDirectory=handwritten",
            "-Dseamgen.force=true");

    assertEquals(0, forced.exitCode, forced.log);
    assertTrue(Files.readString(readme).contains("# Library SDK for Java"));
    assertTrue(
        forced.log.contains(
            "[WARNING] seamgen: wrote over README.md, which seamgen did not write (forced)"),
        forced.log);
  }

  @Test
  @Order(10)
  void anUpToDateBuildStillSaysTheSpecHadWarningsAndWhereToReadThem() throws Exception {
    Path spec = PROJECT.resolve("src/main/openapi/library.yaml");
    String credential =
        "      x-seamgen-credential: {name: apiKey, env: LIBRARY_API_KEY, " + "prefix: lib_}\n";
    Files.writeString(
        PROJECT.resolve("src/main/openapi/warned.yaml"),
        Files.readString(spec)
            .replace(
                credential, credential + "    session:\n      type: http\n      scheme: digest\n"));
    String[] settings = {
      "dev.seamgen:seamgen-maven-plugin:" + property("seamgen.version") + ":generate",
      "-Dseamgen.spec=src/main/openapi/warned.yaml",
      "-Dseamgen.packageName=com.example.library.api",
      "-Dseamgen.outputDirectory=target/warned",
      "-Dseamgen.reportFile=target/warned-report.json"
    };

    Build first = maven(settings);
    Build upToDate = maven(settings);

    assertEquals(0, first.exitCode, first.log);
    assertTrue(first.log.contains("security scheme 'session'"), first.log);
    assertEquals(0, upToDate.exitCode, upToDate.log);
    assertTrue(upToDate.log.contains("seamgen: up to date"), upToDate.log);
    assertTrue(
        upToDate.log.contains(
            "[WARNING] seamgen: 1 warning about the spec when it was "
                + "last generated, not repeated: see "
                + PROJECT.resolve("target/warned/.seamgen-warnings")),
        upToDate.log);
    assertTrue(
        Files.readString(PROJECT.resolve("target/warned/.seamgen-warnings"))
            .contains("security scheme 'session'"));
    String report = Files.readString(PROJECT.resolve("target/warned-report.json"));
    assertTrue(report.contains("\"operationsGenerated\" : 2"), report);
    assertTrue(report.contains("\"message\" : \"security scheme 'session'"), report);
  }

  private static Build maven(String... goals) throws Exception {
    return MavenBuilds.run(PROJECT, goals);
  }
}
