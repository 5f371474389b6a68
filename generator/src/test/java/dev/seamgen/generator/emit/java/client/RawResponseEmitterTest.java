package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.assertMatches;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.seamgen.generator.emit.java.poet.JavaContext;
import org.junit.jupiter.api.Test;

class RawResponseEmitterTest {
  @Test
  void matchesItsGoldenFile() throws Exception {
    JavaContext context = context();
    RawResponseEmitter emitter = new RawResponseEmitter(context, resource(context, "kennels"));
    assertMatches("KennelsClient.WithRawResponse.java", emitter.poetSpec().toString());
  }

  @Test
  void isNestedInTheBlockingClient() throws Exception {
    JavaContext context = context();
    RawResponseEmitter emitter = new RawResponseEmitter(context, resource(context, "kennels"));
    assertEquals(
        "com.example.kennel.kennels.KennelsClient.WithRawResponse",
        emitter.className().canonicalName());
  }
}
