package dev.seamgen.generator.emit.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.config.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated README says what is true of the SDK it sits in. */
class ReadmeTest {
  @TempDir Path dir;

  private String readme(String components) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        servers: [{url: 'https://pets.example.test'}]
        paths:
          /pets:
            get:
              responses: {'200': {description: OK}}
        """
            + components);
    Path output = dir.resolve("out");
    Generator.run(
        GeneratorConfig.builder()
            .spec(spec)
            .outputDirectory(output)
            .packageName("com.example.pets")
            .build());
    return Files.readString(output.resolve("README.md"));
  }

  @Test
  void namesTheRuntimeItDependsOn() throws Exception {
    String readme = readme("");

    assertTrue(
        readme.contains("depends on `dev.seamgen:seamgen-runtime`, which brings Jackson."), readme);
    assertFalse(readme.contains("Jackson only"), readme);
  }

  @Test
  void withoutCredentialsHasNoSetterTableAndReadsNothingFromTheEnvironment() throws Exception {
    String readme = readme("");

    assertFalse(readme.contains("| setter | environment variable"), readme);
    assertFalse(readme.contains("reads them from the environment"), readme);
    assertTrue(readme.contains("set `PETS_ENDPOINT` or call"), readme);
  }

  @Test
  void credentialsWithoutVariablesAreNotSaidToBeReadFromTheEnvironment() throws Exception {
    String readme =
        readme(
            """
            components:
              securitySchemes:
                token: {type: http, scheme: bearer}
            security: [{token: []}]
            """);

    assertTrue(readme.contains("| `token(...)` |  |  | `Authorization: Bearer` |"), readme);
    assertFalse(readme.contains("reads them from the environment"), readme);
  }

  @Test
  void credentialsWithVariablesAreSaidToBeReadFromThem() throws Exception {
    String readme =
        readme(
            """
            components:
              securitySchemes:
                token:
                  type: http
                  scheme: bearer
                  x-seamgen-credential: {env: PETS_TOKEN}
            security: [{token: []}]
            """);

    assertTrue(readme.contains("| `token(...)` | `PETS_TOKEN` |"), readme);
    assertTrue(
        readme.contains(
            "With no credentials set, `build()` reads them from the environment variables in the"
                + " table\nbelow."),
        readme);
  }
}
