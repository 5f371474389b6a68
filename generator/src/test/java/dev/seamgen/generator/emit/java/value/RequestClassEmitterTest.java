package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.assertMatches;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.operation;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.resource;

import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestClassEmitterTest {
  /**
   * A JSON body with a page cursor, one of two required choices, nullable and collection values and
   * constraints; parameters in path, query and header; no input at all.
   */
  @ParameterizedTest
  @ValueSource(strings = {"list", "get", "update", "downloadPhoto", "readNotes", "listNames"})
  void requestMatchesItsGoldenFile(String javaName) throws Exception {
    JavaContext context = context();
    Resource kennels = resource(context, "kennels");
    var operation = operation(kennels, javaName);
    assertMatches(
        operation.request().className() + ".java",
        new RequestClassEmitter(context).emit(kennels, operation).toString());
  }
}
