package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.assertMatches;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import org.junit.jupiter.api.Test;

class ResourceClientEmitterTest {
  @Test
  void groupWithEveryKindOfOperationMatchesItsGoldenFile() throws Exception {
    JavaContext context = context();
    ResourceClientEmitter emitter =
        new ResourceClientEmitter(context, resource(context, "kennels"));
    assertMatches("KennelsClient.java", context.file(emitter).toString());
  }

  @Test
  void nestedGroupMatchesItsGoldenFile() throws Exception {
    JavaContext context = context();
    ResourceClientEmitter emitter =
        new ResourceClientEmitter(context, resource(context, "kennels.staff"));
    assertMatches("KennelsStaffClient.java", context.file(emitter).toString());
  }

  @Test
  void holdsTheRawResponseViewAndTheConstantsTheOtherClientsName() throws Exception {
    JavaContext context = context();
    TypeSpec spec = new ResourceClientEmitter(context, resource(context, "kennels")).poetSpec();
    assertEquals(1, spec.typeSpecs().size());
    assertEquals("WithRawResponse", spec.typeSpecs().get(0).name());
    // An endpoint per operation; an answer reader for each but the download and the void update.
    assertTrue(spec.fieldSpecs().stream().anyMatch(f -> f.name().equals("DOWNLOAD_PHOTO")));
    assertTrue(spec.fieldSpecs().stream().noneMatch(f -> f.name().equals("DOWNLOAD_PHOTO_ANSWER")));
    assertTrue(spec.fieldSpecs().stream().noneMatch(f -> f.name().equals("UPDATE_ANSWER")));
    assertTrue(spec.fieldSpecs().stream().anyMatch(f -> f.name().equals("READ_NOTES_ANSWER")));
  }
}
