package com.example.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's petstore, OAuth2 and file examples, as written there (copied into {@code
 * ReadmeExample}, {@code ReadmeAuthExample} and {@code FilesReadmeExample} by the integration test
 * that builds this project), against Prism:
 * they compile, run, and send only requests the spec allows.
 */
class ReadmeExampleTest {
  @Test
  void theReadmesPetstoreExampleRuns() throws Exception {
    try (PrismServer prism = PrismServer.mock(PrismServer.example("petstore.json"))) {
      ReadmeExample.run(prism.url());

      assertEquals(List.of(), prism.violations(), prism::log);
    }
  }

  @Test
  void theReadmesOauthExampleRuns() throws Exception {
    try (PrismServer prism = PrismServer.mock(Path.of(System.getProperty("auth.spec")))) {
      ReadmeAuthExample.run(prism.url());

      assertEquals(List.of(), prism.violations(), prism::log);
    }
  }

  @Test
  void theReadmesFileExampleRuns() throws Exception {
    try (PrismServer prism = PrismServer.mock(Path.of(System.getProperty("files.spec")))) {
      FilesReadmeExample.run(prism.url());

      assertEquals(List.of(), prism.violations(), prism::log);
    }
  }
}
