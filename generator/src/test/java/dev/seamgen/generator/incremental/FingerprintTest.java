package dev.seamgen.generator.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.Generator.GenerationResult;
import dev.seamgen.generator.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incremental run is skipped exactly when nothing that decides its output changed. */
class FingerprintTest {
  @TempDir Path dir;
  private Path spec;
  private Path output;

  @BeforeEach
  void specWithAnExternalReference() throws Exception {
    spec = Files.writeString(dir.resolve("api.yaml"), """
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
                          pet: {$ref: 'schemas/pet.yaml'}
        """);
    Files.createDirectories(dir.resolve("schemas"));
    Files.writeString(dir.resolve("schemas/pet.yaml"),
        "type: object\nproperties:\n  name: {type: string}\n");
    output = dir.resolve("out");
  }

  private GeneratorConfig.Builder config() {
    return GeneratorConfig.builder().spec(spec).outputDirectory(output).packageName("p.q")
        .incremental(true);
  }

  @Test
  void aSecondRunWithNothingChangedIsSkippedAndTouchesNothing() throws Exception {
    GenerationResult first = Generator.run(config().build());
    assertEquals(List.of(Fingerprint.NO_EARLIER_RUN), first.changes());
    Path client = output.resolve("p/q/Pets.java");
    FileTime old = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(client, old);

    GenerationResult second = Generator.run(config().build());

    assertTrue(second.upToDate(), second.summary());
    assertTrue(second.summary().startsWith("up to date"), second.summary());
    assertEquals(old, Files.getLastModifiedTime(client));
  }

  @Test
  void eachInputThatDecidesTheOutputTriggersARun() throws Exception {
    Generator.run(config().build());

    Files.writeString(dir.resolve("schemas/pet.yaml"),
        "type: object\nproperties:\n  name: {type: string}\n  age: {type: integer}\n");
    assertEquals(List.of("spec"), Generator.run(config().build()).changes(),
        "a change in a referenced file counts as a spec change");

    assertEquals(List.of("configuration"),
        Generator.run(config().clientName("PetClient").build()).changes());

    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("README.md.mustache"), "# {{title}}\n");
    GenerationResult withTemplates = Generator.run(config().clientName("PetClient")
        .templateDirectory(templates).build());
    assertEquals(List.of("templates"), withTemplates.changes());
    assertEquals("# Pets\n", Files.readString(output.resolve("README.md")));
  }

  @Test
  void aDeletedOutputFileTriggersARun() throws Exception {
    Generator.run(config().build());
    Files.delete(output.resolve("p/q/Pets.java"));

    GenerationResult again = Generator.run(config().build());

    assertTrue(!again.upToDate() && Files.exists(output.resolve("p/q/Pets.java")));
  }
}
