package dev.seamgen.generator.emit.java;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.assertMatches;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.resource;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
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
    ResourceClientEmitter emitter = new ResourceClientEmitter(context);
    JavaFile client = emitter.emit(resource(context, "kennels"));
    assertMatches("KennelsClient.java", client.toString());
    TypeSpec raw =
        client.typeSpec().typeSpecs().stream()
            .filter(t -> t.name().equals("WithRawResponse"))
            .findFirst()
            .orElseThrow();
    assertMatches("KennelsClient.WithRawResponse.java", raw.toString());
    assertMatches(
        "KennelsAsyncClient.java", emitter.emitAsync(resource(context, "kennels")).toString());
    assertMatches(
        "KennelsStaffClient.java", emitter.emit(resource(context, "kennels.staff")).toString());
    assertMatches(
        "KennelsStaffAsyncClient.java",
        emitter.emitAsync(resource(context, "kennels.staff")).toString());
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
