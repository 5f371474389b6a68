package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.GeneratedCodeCompilesTest;
import dev.seamgen.generator.cli.SeamgenCli;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Parameter;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Swagger Parser complains of where the meaning is clear: a warning at the place itself (not
 * at the document's root), saying what seamgen did; every operation generated and compiled.
 */
class ParserNotesTest {
  private static final Path NOTES = Path.of("src/test/resources/specs/parser-notes.yaml");
  private static final Path NOTES_31 = Path.of("src/test/resources/specs/parser-notes-31.yaml");

  @TempDir Path dir;

  private final List<Problem> warnings = new ArrayList<>();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"parser-notes.yaml", "parser-notes-31.yaml"})
  void everyOperationIsGeneratedAndCompiles(String spec) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        SeamgenCli.execute(
            new String[] {
              "generate",
              "--spec",
              "src/test/resources/specs/" + spec,
              "--output",
              dir.resolve("out").toString(),
              "--package",
              "com.example.notes"
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    int operations = spec.equals("parser-notes.yaml") ? 3 : 1;
    assertTrue(
        out.toString().contains(operations + " of " + operations + " operations"), out.toString());
    assertFalse(err.toString().contains("(at #)"), err.toString());
    assertEquals("", GeneratedCodeCompilesTest.compile(dir.resolve("out"), dir.resolve("classes")));
  }

  @Test
  void aLicenseOrContactUrlThatIsNotAbsoluteIsAWarningAtTheUrl() throws Exception {
    read(NOTES);
    Problem license = warning("the license's url './LICENSE' is not an absolute URL");
    assertEquals("#/info/license/url", license.location().fragment());
    assertEquals(
        Optional.of(lineOf(NOTES, "  license: {name: MIT, url: ./LICENSE}")), license.line());
    Problem contact = warning("the contact's url 'support' is not an absolute URL");
    assertEquals("#/info/contact/url", contact.location().fragment());
  }

  @Test
  void parametersReferencedUnderAnotherOperationAreNotDuplicates() throws Exception {
    // Swagger Parser takes $refs into #/paths for parameters without names, all alike.
    ApiModel model = read(NOTES);
    assertEquals(
        List.of("page", "query"),
        wireNames(operation(model, "/integrations").request().parameters()));
    assertTrue(
        warnings.stream().noneMatch(w -> w.location().pointer().contains("integrations/get/param")),
        warnings.toString());
  }

  @Test
  void aParameterDeclaredTwiceInOneListIsSentOnceAsFirstDeclared() throws Exception {
    ApiModel model = read(NOTES);
    Problem p = warning("query parameter 'limit' is declared twice in the same list; the first");
    assertEquals("#/paths/~1connections~1{id}/get/parameters", p.location().fragment());
    assertEquals(
        Optional.of(lineOf(NOTES, "      parameters:", 3)), p.line(), "the operation's list");
    List<Parameter> parameters = operation(model, "/connections/{id}").request().parameters();
    assertEquals(List.of("id", "limit"), wireNames(parameters));
    // The operation's own limit (an integer) replaces the path's (a string), without a warning.
    assertEquals(TypeRef.primitive(TypeRef.Kind.INT32), parameters.get(1).property().type());
    assertEquals(1, warnings.stream().filter(w -> w.message().contains("twice")).count());
  }

  @Test
  void anExampleBesideExamplesIsIgnoredWithAWarning() throws Exception {
    read(NOTES);
    Problem p = warning("both 'example' and 'examples' are given; 'example' is ignored");
    assertEquals(
        "#/paths/~1companies/get/responses/200/content/application~1json/example",
        p.location().fragment());
    assertEquals(Optional.of(lineOf(NOTES, "              example: {id: a}")), p.line());
  }

  @Test
  void anAnswerWithoutDescriptionIsAWarning() throws Exception {
    read(NOTES);
    Problem p = warning("the answer's 'description' is missing");
    assertEquals("#/paths/~1integrations/get/responses/200", p.location().fragment());
  }

  @Test
  void schemaExamplesThatAreNotAListAreIgnoredWithOneWarning() throws Exception {
    // OpenAPI 3.1's resolver repeats the complaint for each $ref to the schema.
    read(NOTES_31);
    Problem p = warning("'examples' must be of type array; it is left out of the docs");
    assertEquals("#/components/schemas/Report/examples", p.location().fragment());
    assertEquals(Optional.of(lineOf(NOTES_31, "      examples:")), p.line());
    assertEquals(1, warnings.stream().filter(w -> w.message().contains("'examples'")).count());
  }

  @Test
  void otherOpenApi31NotesAreWarningsAtTheirPlace() throws Exception {
    read(NOTES_31);
    assertEquals(
        "#/components/schemas/Report",
        warning("type 'string' is listed twice in this schema or one of its properties")
            .location()
            .fragment());
    assertEquals(
        "#/servers/0/variables/region/enum",
        warning("the server variable's enum is empty; it is ignored").location().fragment());
    assertEquals(
        "#/jsonSchemaDialect",
        warning("jsonSchemaDialect 'not a url' is not a URL").location().fragment());
    assertEquals(
        "#/info/x-oai-audience",
        warning("extension 'x-oai-audience' has a prefix the OpenAPI Initiative reserves")
            .location()
            .fragment());
  }

  @Test
  void aMissingTitleVersionOrResponsesIsAWarning() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("bare.yaml"),
            "openapi: 3.0.3\ninfo: {}\npaths:\n  /a:\n    get:\n      operationId: getA\n");
    ApiModel model = read(spec);
    assertEquals("API", model.title());
    assertEquals(
        "#/info", warning("'title' is missing; the API is called 'API'").location().fragment());
    warning("'version' is missing; the docs name no API version");
    assertEquals(
        "#/paths/~1a/get",
        warning("'responses' is missing; the method returns nothing").location().fragment());
    assertEquals(1, model.operationsGenerated());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"3.0.3", "3.1.0"})
  void aReferenceToNothingInAnotherFileIsAnErrorAtTheReference(String version) throws Exception {
    Files.writeString(dir.resolve("other.yaml"), "Pet: {type: object}\n");
    Path spec =
        Files.writeString(
            dir.resolve("spec.yaml"),
            "openapi: "
                + version
                + "\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
                + "        '200':\n          description: OK\n          content:\n"
                + "            application/json:\n              schema: {$ref: 'other.yaml#/Nope'}\n");
    SpecException e = assertThrows(SpecException.class, () -> read(spec));
    Problem p = e.problems().get(0);
    assertEquals("reference './other.yaml#/Nope' does not resolve", p.message());
    assertEquals(
        "#/paths/~1a/get/responses/200/content/application~1json/schema", p.location().fragment());
    assertEquals(Optional.of(11), p.line());
  }

  private ApiModel read(Path spec) throws Exception {
    return SpecReader.read(spec, warnings::add);
  }

  private Problem warning(String start) {
    return warnings.stream()
        .filter(w -> w.message().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no warning '" + start + "' in " + warnings));
  }

  private static Operation operation(ApiModel model, String path) {
    return model.allResources().stream()
        .flatMap(r -> r.operations().stream())
        .filter(o -> o.path().equals(path))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> wireNames(List<Parameter> parameters) {
    return parameters.stream().map(p -> p.property().wireName()).toList();
  }

  private static int lineOf(Path spec, String line) throws Exception {
    return lineOf(spec, line, 1);
  }

  /** The line number of the {@code nth} line that reads {@code line}. */
  private static int lineOf(Path spec, String line, int nth) throws Exception {
    List<String> lines = Files.readAllLines(spec);
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals(line) && ++seen == nth) {
        return i + 1;
      }
    }
    throw new AssertionError("no line '" + line + "' in " + spec);
  }
}
