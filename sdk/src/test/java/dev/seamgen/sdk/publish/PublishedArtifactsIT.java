package dev.seamgen.sdk.publish;

import static dev.seamgen.sdk.publish.MavenBuilds.copyProject;
import static dev.seamgen.sdk.publish.MavenBuilds.copyTemplate;
import static dev.seamgen.sdk.publish.MavenBuilds.deleteTree;
import static dev.seamgen.sdk.publish.MavenBuilds.maven;
import static dev.seamgen.sdk.publish.MavenBuilds.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.sdk.publish.MavenBuilds.Build;
import dev.seamgen.sdk.readme.ReadmeBlocks;
import dev.seamgen.sdk.readme.ReadmeBlocks.Block;
import dev.seamgen.sdk.readme.ReadmeBlocks.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publishing as a user does it: {@code mvn deploy} of a copy of this project to a folder given on
 * the command line, then builds of separate projects that get seamgen's artifacts from that folder
 * only. The copy gets a version of its own, so nothing can come from a local repository instead.
 */
class PublishedArtifactsIT {
  private static final String VERSION = "0.0.0-deployit";
  private static final Path WORK = Paths.get("target/deploy-it").toAbsolutePath();
  private static final Path REPOSITORY = WORK.resolve("repository");

  /** The endpoint the README's petstore snippet shows: Prism's default port. */
  private static final String README_PETSTORE_ENDPOINT = "http://127.0.0.1:4010";

  @BeforeAll
  static void deployACopyOfTheProject() throws Exception {
    deleteTree(WORK);
    Path source = WORK.resolve("source");
    copyProject(Paths.get("..").toAbsolutePath().normalize(), source, VERSION);

    Build deploy =
        maven(
            source,
            WORK.resolve("deploy-m2"),
            "deploy",
            "-DskipTests",
            "-DskipITs",
            "-DaltDeploymentRepository=staging::" + REPOSITORY.toUri());

    assertEquals(0, deploy.exitCode, deploy.tail());
  }

  @Test
  void theDeployedSdkBuildsASeparateApplication() throws Exception {
    Path sdk = REPOSITORY.resolve("dev/seamgen/seam-sdk/" + VERSION);
    for (String file : List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar")) {
      assertTrue(Files.isRegularFile(sdk.resolve("seam-sdk-" + VERSION + file)), file);
    }
    assertTrue(
        Files.isRegularFile(
            REPOSITORY.resolve(
                "dev/seamgen/seamgen-runtime/"
                    + VERSION
                    + "/seamgen-runtime-"
                    + VERSION
                    + ".jar")));

    Path consumer = WORK.resolve("consumer");
    copyTemplate(Paths.get("src/it/sdk-consumer"), consumer, templateValues());

    Path consumerRepository = WORK.resolve("consumer-m2");
    Build application = maven(consumer, consumerRepository, "verify");

    assertEquals(0, application.exitCode, application.tail());
    // Maven records where each artifact came from; the build log does not show downloads
    // (.mvn/maven.config turns transfer progress off, and the consumer inherits it).
    Path origin =
        consumerRepository.resolve("dev/seamgen/seam-sdk/" + VERSION + "/_remote.repositories");
    assertTrue(
        Files.isRegularFile(origin)
            && Files.readString(origin).contains("seam-sdk-" + VERSION + ".jar>staged="),
        "the SDK came from the deployed folder:\n" + application.tail());
    assertTrue(
        application.log.contains("Tests run: 1, Failures: 0, Errors: 0"), application.tail());
  }

  /** The command line is published as the README says: the jar with classifier cli, and the zip. */
  @Test
  void theCommandLineIsPublishedAsTheCliJarAndTheDistributionZip() throws Exception {
    Path generator = REPOSITORY.resolve("dev/seamgen/seamgen-generator/" + VERSION);
    Path cli = generator.resolve("seamgen-generator-" + VERSION + "-cli.jar");
    assertTrue(Files.isRegularFile(cli), "no " + cli.getFileName() + " in " + generator);
    assertTrue(
        Files.isRegularFile(generator.resolve("seamgen-generator-" + VERSION + "-dist.zip")),
        "no dist zip in " + generator);

    Process version =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                cli.toString(), "--version")
            .redirectErrorStream(true)
            .start();
    String out = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, version.waitFor(), out);
    assertTrue(out.contains(VERSION), out);
  }

  /**
   * The published plugin on Seam's complete OpenAPI document (from {@code @seamapi/types}): the SDK
   * of every group compiles, and the connected-accounts tests of this module pass against it
   * unchanged, on Seam's fake server.
   */
  @Test
  void thePublishedPluginGeneratesTheCompleteSeamApi() throws Exception {
    Path project = WORK.resolve("complete-spec");
    copyTemplate(Paths.get("src/it/complete-spec"), project, templateValues());

    Build build = maven(project, WORK.resolve("complete-spec-m2"), "verify");

    assertEquals(0, build.exitCode, build.tail());
    Matcher summary =
        Pattern.compile("seamgen: (\\d+) of \\d+ operations, (\\d+) types").matcher(build.log);
    assertTrue(summary.find(), build.tail());
    assertTrue(Integer.parseInt(summary.group(1)) > 100, summary.group());
    Path generated = project.resolve("target/generated-sources/seamgen/dev/seamgen/sdk");
    assertTrue(
        Files.isRegularFile(generated.resolve("acs/users/AcsUsersClient.java")),
        "nested groups become nested clients");
    for (String test : List.of("ConnectedAccountsReadTest", "ConnectedAccountsWriteTest")) {
      assertTrue(
          Pattern.compile(
                  "Tests run: [1-9]\\d*, Failures: 0, Errors: 0, Skipped: 0, .* in "
                      + "dev\\.seamgen\\.sdk\\."
                      + test)
              .matcher(build.log)
              .find(),
          test + "\n" + build.tail());
    }
  }

  /**
   * The published plugin on REST specs: OpenAPI's petstore (every operation, its form and multipart
   * uploads too), every parameter style, and binary and text bodies both ways, called against
   * Stoplight Prism, which checks each request against the spec.
   */
  @Test
  void thePublishedPluginGeneratesRestClientsThatPrismAccepts() throws Exception {
    Path project = WORK.resolve("rest-prism");
    copyTemplate(Paths.get("src/it/rest-prism"), project, templateValues());
    writeReadmeExamples(project.resolve("src/test/java/com/example/rest"));

    Build build = maven(project, WORK.resolve("rest-prism-m2"), "verify");

    assertEquals(0, build.exitCode, build.tail());
    assertTrue(build.log.contains("seamgen: 20 of 20 operations"), build.tail());
    assertTrue(build.log.contains("seamgen: 8 of 8 operations"), build.tail());
    assertTrue(build.log.contains("seamgen: 3 of 3 operations"), build.tail());
    for (String test :
        List.of(
            "PetstorePrismTest",
            "StylesPrismTest",
            "AuthPrismTest",
            "FilesPrismTest",
            "ReadmeExampleTest")) {
      assertTrue(
          Pattern.compile(
                  "Tests run: [1-9]\\d*, Failures: 0, Errors: 0, Skipped: 0, .* in "
                      + "com\\.example\\.rest\\."
                      + test)
              .matcher(build.log)
              .find(),
          test + "\n" + build.tail());
    }
  }

  /**
   * The README's petstore snippets as {@code ReadmeExample.run(endpoint)}, its OAuth2 snippets as
   * {@code ReadmeAuthExample.run(endpoint)} and its file snippets as {@code
   * FilesReadmeExample.run(endpoint)}, which the REST project's {@code ReadmeExampleTest} runs
   * against Prism: the endpoint the README shows is replaced by Prism's.
   */
  private static void writeReadmeExamples(Path dir) throws Exception {
    List<Block> blocks = ReadmeBlocks.parse(Files.readString(Paths.get("../README.md"))).blocks();
    writeReadmeExample(
        dir.resolve("ReadmeExample.java"),
        "ReadmeExample",
        "petstore",
        snippets(blocks, Kind.PETSTORE),
        "import com.example.petstore.Petstore;\n"
            + "import com.example.petstore.model.*;\n"
            + "import com.example.petstore.pet.*;\n"
            + "import com.example.petstore.store.*;\n"
            + "import com.example.petstore.user.*;\n"
            + "import java.util.*;\n");
    writeReadmeExample(
        dir.resolve("ReadmeAuthExample.java"),
        "ReadmeAuthExample",
        "OAuth2",
        snippets(blocks, Kind.AUTH),
        "import com.example.auth.Vault;\n"
            + "import java.util.*;\n"
            + "import java.util.function.Supplier;\n");
    writeReadmeExample(
        dir.resolve("FilesReadmeExample.java"),
        "FilesReadmeExample",
        "file",
        snippets(blocks, Kind.FILES),
        "import com.example.files.FileStore;\n"
            + "import dev.seamgen.runtime.*;\n"
            + "import java.nio.file.*;\n");
  }

  private static String snippets(List<Block> blocks, Kind kind) {
    StringBuilder code = new StringBuilder();
    for (Block block : blocks) {
      if (block.kind() == kind) {
        code.append("    // README.md:")
            .append(block.line())
            .append('\n')
            .append(
                block.code().replace("\"" + README_PETSTORE_ENDPOINT + "\"", "endpoint").indent(4));
      }
    }
    return code.toString();
  }

  private static void writeReadmeExample(
      Path file, String className, String what, String code, String imports) throws Exception {
    assertTrue(code.length() > 0, "the README shows a " + what + " client");
    Files.writeString(
        file,
        "package com.example.rest;\n\n"
            + imports
            + "\n/** The README's "
            + what
            + " snippets, copied by PublishedArtifactsIT. */\n"
            + "final class "
            + className
            + " {\n"
            + "  private "
            + className
            + "() {}\n\n"
            + "  static void run(String endpoint) throws Exception {\n"
            + code
            + "  }\n}\n");
  }

  private static Map<String, String> templateValues() {
    return Map.ofEntries(
        Map.entry("@prism@", property("prism")),
        Map.entry("@examples.dir@", property("oasExamples")),
        Map.entry("@staged.url@", REPOSITORY.toUri().toString()),
        Map.entry("@sdk.version@", VERSION),
        Map.entry("@seamgen.version@", VERSION),
        Map.entry("@junit.version@", property("junit.version")),
        Map.entry("@compiler.version@", property("compiler.version")),
        Map.entry("@surefire.version@", property("surefire.version")),
        Map.entry("@resources.version@", property("resources.version")),
        Map.entry("@complete.spec@", property("completeSpec")),
        Map.entry("@fake.server@", property("fakeSeam.server")),
        Map.entry("@sdk.tests@", Paths.get("src/test/java").toAbsolutePath().toString()));
  }
}
