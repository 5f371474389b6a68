package dev.seamgen.generator.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.Generator.GenerationResult;
import dev.seamgen.generator.LoopbackServer;
import dev.seamgen.generator.cli.SeamgenCli;
import dev.seamgen.generator.config.GeneratorConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the command line and the generator, as a build meets them: a {@code $ref} to a URL
 * (served on 127.0.0.1) or to a file outside the spec's folder is refused unless allowed, and
 * nothing it names is fetched, read or written.
 */
class ExternalRefsTest {
  @TempDir Path dir;
  private Path project;
  private Path output;
  private LoopbackServer server;

  @BeforeEach
  void serveASchemaOnLoopback() throws Exception {
    project = Files.createDirectories(dir.resolve("project"));
    output = dir.resolve("out");
    server =
        LoopbackServer.start()
            .serve("/pet.yaml", "type: object\nproperties:\n  name: {type: string}\n");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Path spec(String ref) throws Exception {
    return Files.writeString(
        project.resolve("api.yaml"),
        """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets/get:
            post:
              x-response-key: pet
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          pet: {$ref: '%s'}
        """
            .formatted(ref));
  }

  private String petUrl() {
    return server.url("/pet.yaml");
  }

  @Test
  void aRemoteReferenceIsNotFetchedWithoutTheFlag() throws Exception {
    Result result = generate(spec(petUrl()));

    assertEquals(1, result.code, result.err);
    assertEquals(0, server.requests(), "the server saw a request");
    assertTrue(result.err.contains("api.yaml:15:"), result.err);
    assertTrue(
        result.err.contains(
            "error: reference '" + petUrl() + "' would be fetched " + "from the network"),
        result.err);
    assertTrue(result.err.contains("--allow-remote-refs"), result.err);
    assertFalse(result.err.contains("Exception"), result.err);
    assertFalse(Files.exists(output), "nothing was written");
  }

  @Test
  void aRemoteReferenceIsFetchedWithTheFlag() throws Exception {
    Result result = generate(spec(petUrl()), "--allow-remote-refs");

    assertEquals(0, result.code, result.err);
    assertTrue(server.requests() > 0);
    assertTrue(
        Files.readString(output.resolve("p/q/model/Pet.java"))
            .contains("public Optional<String> name()"));
  }

  @Test
  void diffFollowsTheSameRules() throws Exception {
    Path spec = spec(petUrl());

    Result refused = run("diff", "--old", spec.toString(), "--new", spec.toString());
    assertEquals(1, refused.code, refused.err);
    assertTrue(refused.err.contains("would be fetched from the network"), refused.err);
    assertEquals(0, server.requests(), "the server saw a request");

    Result allowed =
        run("diff", "--old", spec.toString(), "--new", spec.toString(), "--allow-remote-refs");
    assertEquals(0, allowed.code, allowed.err);
    assertTrue(server.requests() > 0);
  }

  @Test
  void theUpToDateCheckCoversRemoteContent() throws Exception {
    GeneratorConfig config =
        GeneratorConfig.builder()
            .spec(spec(petUrl()))
            .outputDirectory(output)
            .packageName("p.q")
            .incremental(true)
            .allowRemoteRefs(true)
            .build();
    Generator.run(config);
    assertTrue(Generator.run(config).upToDate());

    server.serve(
        "/pet.yaml", "type: object\nproperties:\n  name: {type: string}\n  age: {type: integer}\n");
    GenerationResult changed = Generator.run(config);

    assertEquals(List.of("spec"), changed.changes());
    assertTrue(Files.readString(output.resolve("p/q/model/Pet.java")).contains("age()"));
  }

  @Test
  void theUpToDateCheckReadsNoRefusedReference() throws Exception {
    GeneratorConfig config =
        GeneratorConfig.builder()
            .spec(spec(petUrl()))
            .outputDirectory(output)
            .packageName("p.q")
            .incremental(true)
            .build();
    try {
      Generator.run(config);
    } catch (dev.seamgen.generator.problem.SpecException expected) {
      assertEquals(0, server.requests(), "the server saw a request");
      return;
    }
    throw new AssertionError("a remote reference was allowed");
  }

  @Test
  void aFileOutsideTheSpecsFolderIsReadOnlyFromAnAllowedFolder() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(
        outside.resolve("app-config.yaml"),
        "type: object\ndescription: 'password: hunter2'\nproperties:\n  name: {type: string}\n");
    Path spec = spec("../outside/app-config.yaml");

    Result refused = generate(spec);
    assertEquals(1, refused.code, refused.err);
    assertTrue(refused.err.contains("'../outside/app-config.yaml' reads "), refused.err);
    assertTrue(refused.err.contains("--allow-ref-dir " + outside.toRealPath()), refused.err);
    assertFalse(refused.err.contains("hunter2"));
    assertFalse(Files.exists(output), "nothing was written");

    Result allowed = generate(spec, "--allow-ref-dir", outside.toString());
    assertEquals(0, allowed.code, allowed.err);
    try (Stream<Path> files = Files.walk(output)) {
      assertTrue(
          files.filter(Files::isRegularFile).anyMatch(f -> read(f).contains("hunter2")),
          "the allowed file was read");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Result generate(Path spec, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "generate",
                "--spec",
                spec.toString(),
                "--output",
                output.toString(),
                "--package",
                "p.q"));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SeamgenCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, err.toString());
  }

  private record Result(int code, String err) {}
}
