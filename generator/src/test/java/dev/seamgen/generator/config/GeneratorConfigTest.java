package dev.seamgen.generator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class GeneratorConfigTest {
  @TempDir Path folder;

  @Test
  void aBadValueIsRefusedWhereItIsGiven() {
    GeneratorConfig.Builder builder = GeneratorConfig.builder();
    assertEquals(
        "packageName 'com.example-sdk' is not a valid Java package name, such as com.example.sdk",
        refused(() -> builder.packageName("com.example-sdk")));
    assertEquals(
        "clientName 'a.Client' is not a valid Java class name",
        refused(() -> builder.clientName("a.Client")));
    Path missing = folder.resolve("missing");
    assertEquals(
        "templateDirectory " + missing + " is not a directory",
        refused(() -> builder.templateDirectory(missing)));
    assertEquals(
        "allowed reference directory " + missing + " is not a directory",
        refused(() -> builder.allowRefDirectory(missing)));
  }

  @Test
  void buildNamesWhatIsNotSet() {
    assertEquals(
        "spec is not set: give the OpenAPI file to read",
        refused(() -> GeneratorConfig.builder().build()));
    assertEquals(
        "packageName is not set",
        refused(
            () ->
                GeneratorConfig.builder()
                    .spec(folder.resolve("api.yaml"))
                    .outputDirectory(folder.resolve("out"))
                    .build()));
  }

  @Test
  void optionalValuesMayBeLeftOut() {
    GeneratorConfig config =
        GeneratorConfig.builder()
            .spec(folder.resolve("api.yaml"))
            .outputDirectory(folder.resolve("out"))
            .packageName("com.example.sdk")
            .clientName(null)
            .templateDirectory(null)
            .allowRefDirectory(folder)
            .build();
    assertEquals("com.example.sdk", config.packageName());
    assertTrue(config.clientName().isEmpty());
    assertTrue(config.templateDirectory().isEmpty());
  }

  private static String refused(Executable call) {
    return assertThrows(IllegalArgumentException.class, call).getMessage();
  }
}
