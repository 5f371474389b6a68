package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.config.Conventions;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.read.SpecReader;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class RootClientEmitterTest {
  @Test
  void builderDocSaysNothingOfTheEnvironmentWhenNoCredentialNamesAVariable() throws Exception {
    String source = new RootClientEmitter(context()).emit().toString();
    assertTrue(source.contains("A builder of a client."), source);
    assertFalse(source.contains("reads them from the environment"), source);
  }

  @Test
  void builderDocSaysTheEnvironmentIsReadWhenACredentialNamesAVariable() throws Exception {
    JavaContext seam =
        new JavaContext(
            SpecReader.read(Paths.get("../spec/seam-connect.yaml"), warning -> {}),
            "dev.seamgen.sdk",
            "Seam",
            "seam-sdk",
            "1.0.0",
            Conventions.SEAM);
    String source = new RootClientEmitter(seam).emit().toString();
    assertTrue(
        source.contains(
            "A builder; with no credentials set, {@code build()} reads them from the environment."),
        source);
  }
}
