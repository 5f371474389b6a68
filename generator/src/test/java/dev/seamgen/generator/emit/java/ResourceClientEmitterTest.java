package dev.seamgen.generator.emit.java;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.assertMatches;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.resource;

import dev.seamgen.generator.emit.java.client.AsyncClientEmitter;
import dev.seamgen.generator.emit.java.client.RawResponseEmitter;
import dev.seamgen.generator.emit.java.client.ResourceClientEmitter;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.emit.java.value.ModelClassEmitter;
import dev.seamgen.generator.emit.java.value.RequestClassEmitter;
import dev.seamgen.generator.ir.TypeDef;
import org.junit.jupiter.api.Test;

/** Today's emitters against golden files, before they are split. */
class ResourceClientEmitterTest {
  @Test
  void clients() throws Exception {
    JavaContext context = context();
    var kennels = resource(context, "kennels");
    var staff = resource(context, "kennels.staff");
    assertMatches(
        "KennelsClient.java", context.file(new ResourceClientEmitter(context, kennels)).toString());
    assertMatches(
        "KennelsClient.WithRawResponse.java",
        new RawResponseEmitter(context, kennels).poetSpec().toString());
    assertMatches(
        "KennelsAsyncClient.java",
        context.file(new AsyncClientEmitter(context, kennels)).toString());
    assertMatches(
        "KennelsStaffClient.java",
        context.file(new ResourceClientEmitter(context, staff)).toString());
    assertMatches(
        "KennelsStaffAsyncClient.java",
        context.file(new AsyncClientEmitter(context, staff)).toString());
  }

  @Test
  void valueClasses() throws Exception {
    JavaContext context = context();
    TypeDef.ObjectType kennel =
        context.model().types().stream()
            .filter(t -> t.name().equals("Kennel"))
            .map(TypeDef.ObjectType.class::cast)
            .findFirst()
            .orElseThrow();
    assertMatches("Kennel.java", new ModelClassEmitter(context).emit(kennel).toString());
    RequestClassEmitter requests = new RequestClassEmitter(context);
    var kennels = resource(context, "kennels");
    for (var operation : kennels.operations()) {
      assertMatches(
          operation.request().className() + ".java", requests.emit(kennels, operation).toString());
    }
  }
}
