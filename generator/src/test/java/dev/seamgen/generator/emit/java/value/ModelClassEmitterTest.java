package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.assertMatches;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;

import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.TypeDef;
import org.junit.jupiter.api.Test;

class ModelClassEmitterTest {
  @Test
  void modelMatchesItsGoldenFile() throws Exception {
    JavaContext context = context();
    TypeDef.ObjectType kennel =
        context.model().types().stream()
            .filter(t -> t.name().equals("Kennel"))
            .map(TypeDef.ObjectType.class::cast)
            .findFirst()
            .orElseThrow();
    assertMatches("Kennel.java", new ModelClassEmitter(context).emit(kennel).toString());
  }
}
