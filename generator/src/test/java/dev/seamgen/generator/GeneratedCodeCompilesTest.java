package dev.seamgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.config.GeneratorConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's output compiles for Java 11 against the runtime, without warnings. */
public class GeneratedCodeCompilesTest {
  @TempDir Path output;
  @TempDir Path classes;

  @Test
  void fixtureSdkCompilesWithJava11AndLint() throws Exception {
    Generator.run(GoldenFilesTest.petsConfig(output));
    String diagnostics = compile(output, classes);
    assertEquals("", diagnostics, "javac reported problems");
    assertTrue(Files.exists(classes.resolve("com/example/pets/PetStore.class")));
    assertTrue(Files.exists(classes.resolve("com/example/pets/model/PetProblem$Lost.class")));
  }

  @Test
  void restFixtureCompilesWithJava11AndLint() throws Exception {
    Generator.run(GoldenFilesTest.restConfig(output));
    assertEquals("", compile(output, classes), "javac reported problems");
    assertTrue(Files.exists(classes.resolve("com/example/shelf/books/BooksClient.class")));
  }

  @Test
  void swagger2FixtureCompilesWithJava11AndLint() throws Exception {
    Generator.run(
        GeneratorConfig.builder()
            .spec(Path.of("src/test/resources/specs/swagger2/pets.yaml"))
            .outputDirectory(output)
            .packageName("com.example.shop")
            .build());
    assertEquals("", compile(output, classes), "javac reported problems");
    assertTrue(Files.exists(classes.resolve("com/example/shop/pets/PetsClient.class")));
  }

  @Test
  void openApi31FixtureCompilesWithJava11AndLint() throws Exception {
    Generator.run(
        GeneratorConfig.builder()
            .spec(Path.of("src/test/resources/specs/v31.yaml"))
            .outputDirectory(output)
            .packageName("com.example.gallery")
            .build());
    assertEquals("", compile(output, classes), "javac reported problems");
    assertTrue(Files.exists(classes.resolve("com/example/gallery/model/Picture.class")));
  }

  /**
   * A spec of webhooks and models only: its models are generated, with a client that calls none.
   */
  @Test
  void aSpecWithoutOperationsGivesItsModels() throws Exception {
    Generator.run(
        GeneratorConfig.builder()
            .spec(Path.of("src/test/resources/specs/webhooks-only.yaml"))
            .outputDirectory(output)
            .packageName("com.example.payments")
            .build());
    assertEquals("", compile(output, classes), "javac reported problems");
    assertTrue(Files.exists(classes.resolve("com/example/payments/model/PaymentEvent.class")));
  }

  /** A schema whose oneOf is read as untyped JSON is Object wherever it is used, not a class. */
  @Test
  void anUntypedOneOfWithPropertiesIsObjectEverywhere() throws Exception {
    Generator.run(
        GeneratorConfig.builder()
            .spec(Path.of("src/test/resources/specs/untyped-oneof.yaml"))
            .outputDirectory(output)
            .packageName("com.example.renders")
            .build());
    assertEquals("", compile(output, classes), "javac reported problems");
    assertTrue(Files.exists(classes.resolve("com/example/renders/model/Render.class")));
  }

  /** Bodies whose oneOf alternatives are not all objects, and text bodies of structured types. */
  @Test
  void bodiesOfEveryShapeCompile() throws Exception {
    Generator.run(
        GeneratorConfig.builder()
            .spec(Path.of("src/test/resources/specs/bodies.yaml"))
            .outputDirectory(output)
            .packageName("com.example.alternatives")
            .build());
    assertEquals("", compile(output, classes), "javac reported problems");
    assertTrue(
        Files.exists(classes.resolve("com/example/alternatives/env/EnvCreateEnvRequest.class")));
  }

  @Test
  void seamSpecCompiles() throws Exception {
    Path spec = Path.of("../spec/seam-connect.yaml");
    Generator.run(
        GeneratorConfig.builder()
            .spec(spec)
            .outputDirectory(output)
            .packageName("dev.seamgen.sdk")
            .clientName("Seam")
            .build());
    assertEquals("", compile(output, classes), "javac reported problems");
  }

  /** Compiles every source under {@code sources}; returns what javac printed. */
  public static String compile(Path sources, Path classes) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release",
                "11",
                "-Xlint:all",
                "-Werror",
                "-proc:none",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString()));
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = javac.run(null, out, out, args.toArray(String[]::new));
    String printed = out.toString(StandardCharsets.UTF_8);
    return status == 0 && printed.isEmpty() ? "" : "exit " + status + "\n" + printed;
  }
}
