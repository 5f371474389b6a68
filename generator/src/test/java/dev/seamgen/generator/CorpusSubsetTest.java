package dev.seamgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.cli.SeamgenCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus check's promises (see {@code bench/corpus}) on a few of its public APIs, small enough
 * for every build: through the command line, every operation is generated and the output compiles
 * with {@code --release 11}, whichever version of OpenAPI or Swagger it is written in. The specs
 * and their licences are listed in {@code src/test/resources/corpus/README.md}.
 */
class CorpusSubsetTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int generate(String spec, Path output) {
    String[] args = {
      "generate",
      "--spec",
      CORPUS.resolve(spec).toString(),
      "--output",
      output.toString(),
      "--package",
      "com.example.corpus",
      "--conventions",
      "standard"
    };
    return SeamgenCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** What seamgen generates of each spec today; an operation left out is named in a warning. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "openapi31-petstore.json, 20, 20",
    "swagger2-petstore.json, 20, 20",
    // Required properties that are not defined, and arrays without items: warnings, not refusals.
    "apicurio-registry.json, 65, 65",
    "discourse.json, 84, 84",
    "bintable.json, 2, 2",
    "twilio-numbers-v1.json, 5, 5",
    "powerdns.json, 32, 32",
    "reverb.json, 163, 163",
    // Schema $refs deep into another operation's inline response schema.
    "eos.local.json, 4, 4"
  })
  void operationsAreGeneratedAndCompile(String spec, int generated, int inSpec) throws Exception {
    Path output = dir.resolve("out");
    assertEquals(0, generate(spec, output), err.toString());
    assertTrue(
        out.toString().contains(generated + " of " + inSpec + " operations"), out.toString());
    assertEquals("", GeneratedCodeCompilesTest.compile(output, dir.resolve("classes")));
  }
}
