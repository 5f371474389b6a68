package com.example.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's petstore example, as written there (copied into {@code ReadmeExample} by the
 * integration test that builds this project), against Prism: it compiles, runs, and sends only
 * requests the spec allows.
 */
class ReadmeExampleTest {
  @Test
  void theReadmesPetstoreExampleRuns() throws Exception {
    try (PrismServer prism = PrismServer.mock(PrismServer.example("petstore.json"))) {
      ReadmeExample.run(prism.url());

      assertEquals(List.of(), prism.violations(), prism::log);
    }
  }
}
