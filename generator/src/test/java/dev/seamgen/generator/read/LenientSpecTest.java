package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.GeneratedCodeCompilesTest;
import dev.seamgen.generator.cli.SeamgenCli;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes whose meaning is clear are warnings, at their line, saying what seamgen did; the SDK is
 * generated all the same.
 */
class LenientSpecTest {
  private static final Path LENIENT = Path.of("src/test/resources/specs/lenient.yaml");

  @TempDir Path dir;

  private final List<Problem> warnings = new ArrayList<>();

  private ApiModel read() throws Exception {
    return SpecReader.read(LENIENT, warnings::add);
  }

  @Test
  void everyOperationIsGeneratedButTheUndocumentedOne() throws Exception {
    ApiModel model = read();
    assertEquals(3, model.operationsGenerated());
    assertEquals(3, model.operationsInSpec());
    assertTrue(warnings.stream().noneMatch(Problem::isError));
  }

  @Test
  void aRequiredPropertyThatIsNotDefinedIsIgnored() throws Exception {
    read();
    Problem p = warning("required property 'owner' is not defined; the requirement is ignored");
    assertEquals(
        "#/paths/~1pets/get/responses/200/content/application~1json/schema/required",
        p.location().fragment());
    assertEquals(Optional.of(lineOf("                required: [id, owner]")), p.line());
  }

  @Test
  void anArrayWithoutItemsIsAListOfAnyValue() throws Exception {
    ApiModel model = read();
    Problem p = warning("array schema has no items; its items are read as any JSON value");
    assertEquals(Optional.of(lineOf("                  tags: {type: array}")), p.line());
    TypeRef result = operation(model, "GET").result().orElseThrow().type();
    String type = model.type(((TypeRef.Named) result).name()).orElseThrow().toString();
    assertTrue(
        type.contains("wireName=tags, javaName=tags, type=ListOf[element=AnyOf[alternatives=[]]]"),
        type);
  }

  @Test
  void anUnknownFormatIsReadAsThePlainTypeAndWarnedOfOnce() throws Exception {
    read();
    Problem p = warning("format 'pet-code' is unknown; the value is read as a plain string");
    assertTrue(p.location().pointer().endsWith("/properties/code/format"), p.format());
    assertEquals(
        1, warnings.stream().filter(w -> w.message().contains("format 'pet-code'")).count());
  }

  @Test
  void aDuplicatedOperationIdGetsANumberedMethod() throws Exception {
    ApiModel model = read();
    Problem p = warning("operationId 'listPets' is also that of GET /pets");
    assertEquals("#/paths/~1pets/post/operationId", p.location().fragment());
    assertEquals("listPets2", operation(model, "POST").javaName());
  }

  @Test
  void anEncodingForAPartTheBodyLacksIsIgnored() throws Exception {
    read();
    Problem p = warning("encoding names 'picture', which is not a property of the body");
    assertEquals(Optional.of(lineOf("              picture: {contentType: image/png}")), p.line());
  }

  @Test
  void aDiscriminatorWithoutMappingTakesTheSchemaNames() throws Exception {
    read();
    warning("discriminator 'kind' has no mapping for 'Circle'; its value is taken to be 'Circle'");
    warning("discriminator 'kind' has no mapping for 'Square'; its value is taken to be 'Square'");
  }

  @Test
  void aDefaultThatIsNotADateTimeIsADocumentationWarning() throws Exception {
    read();
    Problem p = warning("the default 'yesterday' is not a valid date-time");
    assertEquals("#/paths/~1pets/get/parameters", p.location().fragment());
  }

  @Test
  void anEnumValueThatBreaksItsFormatIsKeptWithAWarning() throws Exception {
    // SendGrid's spec: a date-time that may also be the word "now".
    read();
    Problem p = warning("the enum value 'now' is not a valid date-time");
    // Swagger Parser names the schema holding the property, not the property.
    assertEquals(
        "#/paths/~1pets/get/responses/200/content/application~1json/schema",
        p.location().fragment());
  }

  @Test
  void anExampleThatBreaksItsSchemaIsWarnedOfAtItsLine() throws Exception {
    read();
    Problem p = warning("the example 'not-a-number' is not an integer; it is left out of the docs");
    assertTrue(p.location().pointer().endsWith("/properties/id/example"), p.format());
    assertEquals(
        Optional.of(lineOf("                  id: {type: integer, example: not-a-number}")),
        p.line());
  }

  @Test
  void undocumentedWithAReasonIsLeftOut() throws Exception {
    ApiModel model = read();
    assertTrue(
        model.allResources().stream()
            .flatMap(r -> r.operations().stream())
            .noneMatch(o -> o.httpMethod().equals("POST") && o.path().equals("/shapes")));
  }

  @Test
  void aParameterWithoutANameIsLeftOutAndItsOperationKept() throws Exception {
    ApiModel model = read();
    Problem p = warning("a query parameter without a name cannot be sent; it is left out");
    assertEquals("#/paths/~1pets/get/parameters/1/name", p.location().fragment());
    assertEquals(
        List.of("since"),
        operation(model, "GET").request().parameters().stream()
            .map(dev.seamgen.generator.ir.Parameter::wireName)
            .toList());
  }

  @Test
  void aBodySeamgenCannotSendLeavesOnlyThatOperationOut() throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        Files.readString(LENIENT)
            .replace(
                "          application/json:\n            schema: {$ref: '#/components/schemas/Shape'}\n",
                "          application/msgpack:\n            schema: {$ref: '#/components/schemas/Shape'}\n"));
    ApiModel model = SpecReader.read(spec, warnings::add);
    Problem p = warning("PUT /shapes left out: its request body [application/msgpack]");
    assertFalse(p.isError());
    assertEquals(2, model.operationsGenerated());
  }

  @Test
  void aOneOfBodyOfOneOfsIsOneChoiceOfAllTheirAlternatives() throws Exception {
    // Vonage's messages API: a oneOf per channel, each a oneOf per kind of message.
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        Files.readString(LENIENT)
            .replace(
                "            schema: {$ref: '#/components/schemas/Shape'}\n",
                "            schema:\n              oneOf:\n"
                    + "                - oneOf: [{$ref: '#/components/schemas/Circle'}]\n"
                    + "                - oneOf:\n"
                    + "                    - {type: object, required: [side], properties: {side:"
                    + " {type: number}}}\n"
                    + "                    - {type: object, required: [label], properties: {label:"
                    + " {type: string}}}\n"));
    ApiModel model = SpecReader.read(spec, warnings::add);
    assertEquals(3, model.operationsGenerated());
    Operation put =
        model.allResources().stream()
            .flatMap(r -> r.operations().stream())
            .filter(o -> o.httpMethod().equals("PUT"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("kind", "radius", "side", "label"),
        put.request().bodyProperties().stream().map(p -> p.wireName()).toList());
    StringWriter err = new StringWriter();
    int code =
        SeamgenCli.execute(
            new String[] {
              "generate",
              "--spec",
              spec.toString(),
              "--output",
              dir.resolve("out").toString(),
              "--package",
              "com.example.lenient"
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    assertEquals("", GeneratedCodeCompilesTest.compile(dir.resolve("out"), dir.resolve("classes")));
  }

  private Problem warning(String start) {
    return warnings.stream()
        .filter(w -> w.message().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no warning '" + start + "' in " + warnings));
  }

  private static Operation operation(ApiModel model, String verb) {
    return model.allResources().stream()
        .flatMap(r -> r.operations().stream())
        .filter(o -> o.httpMethod().equals(verb) && o.path().equals("/pets"))
        .findFirst()
        .orElseThrow();
  }

  private static int lineOf(String line) throws Exception {
    return Files.readAllLines(LENIENT).indexOf(line) + 1;
  }
}
