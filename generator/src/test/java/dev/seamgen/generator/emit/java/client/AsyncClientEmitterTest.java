package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.assertMatches;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.resource;

import dev.seamgen.generator.emit.java.poet.JavaContext;
import org.junit.jupiter.api.Test;

class AsyncClientEmitterTest {
  @Test
  void groupWithEveryKindOfOperationMatchesItsGoldenFile() throws Exception {
    JavaContext context = context();
    AsyncClientEmitter emitter = new AsyncClientEmitter(context, resource(context, "kennels"));
    assertMatches("KennelsAsyncClient.java", context.file(emitter).toString());
  }

  @Test
  void nestedGroupMatchesItsGoldenFile() throws Exception {
    JavaContext context = context();
    AsyncClientEmitter emitter =
        new AsyncClientEmitter(context, resource(context, "kennels.staff"));
    assertMatches("KennelsStaffAsyncClient.java", context.file(emitter).toString());
  }
}
