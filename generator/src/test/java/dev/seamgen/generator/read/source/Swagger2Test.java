package dev.seamgen.generator.read.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Body;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Parameter;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import dev.seamgen.generator.read.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swagger 2.0 specs: converted, and their problems located in the user's 2.0 document. */
class Swagger2Test {
  private static final Path PETS = Path.of("src/test/resources/specs/swagger2/pets.yaml");

  @TempDir Path dir;

  @Test
  void hostBasePathAndSchemesBecomeTheDefaultServer() throws Exception {
    ApiModel model = SpecReader.read(PETS, w -> {});
    assertEquals(Optional.of("https://pets.example.com/v2"), model.defaultServerUrl());
    assertEquals("Pet Shop", model.title());
    assertEquals(4, model.operationsGenerated());
  }

  @Test
  void bodyAndFormParametersBecomeRequestBodiesAndTheOthersStayParameters() throws Exception {
    ApiModel model = SpecReader.read(PETS, w -> {});
    Operation add = operation(model, "addPet");
    assertTrue(
        add.request().body().orElseThrow() instanceof Body.JsonValue value
            && value.value().type().toString().contains("Pet"),
        add.request().toString());
    Operation rename = operation(model, "renamePet");
    assertEquals(
        List.of("name", "status"),
        rename.request().bodyProperties().stream().map(p -> p.wireName()).toList());
    assertTrue(
        rename.request().body().orElseThrow() instanceof Body.Form form && !form.multipart());
    assertEquals(
        List.of("petId", "X-Request-Id"),
        rename.request().parameters().stream().map(Parameter::wireName).toList());
    Operation list = operation(model, "listPets");
    assertEquals(
        List.of("limit"), list.request().parameters().stream().map(Parameter::wireName).toList());
  }

  @Test
  void securityDefinitionsBecomeCredentials() throws Exception {
    Auth auth = SpecReader.read(PETS, w -> {}).auth();
    assertEquals(
        List.of("key HEADER Optional[X-Api-Key]", "basic BASIC Optional.empty"),
        auth.credentials().stream()
            .map(c -> c.schemeName() + " " + c.kind() + " " + c.parameterName())
            .toList());
  }

  @Test
  void aBrokenDefinitionIsReportedAtItsLineUnderDefinitions() throws Exception {
    String spec =
        Files.readString(PETS)
            .replace(
                "      name:\n        type: string\n      tags:",
                "      name:\n        type: string\n      owner:\n"
                    + "        $ref: \"#/definitions/Owner\"\n      tags:");
    SpecException e = assertThrows(SpecException.class, () -> read(spec, new ArrayList<>()));
    Problem problem = only(e.problems(), "does not resolve");
    assertEquals("#/definitions/Pet/properties/owner", problem.location().fragment());
    assertEquals(Optional.of(lineOf(spec, "      owner:")), problem.line());
    assertTrue(problem.message().contains("'#/definitions/Owner'"), problem.message());
    assertTrue(!problem.format().contains("components"), problem.format());
  }

  @Test
  void aBrokenBodyParameterSchemaIsReportedAtThatParameter() throws Exception {
    String spec =
        Files.readString(PETS)
            .replace(
                "      parameters:\n        - $ref: \"#/parameters/newPet\"",
                "      parameters:\n        - name: q\n          in: query\n          type: string\n"
                    + "        - name: pet\n          in: body\n          schema:\n"
                    + "            type: object\n            properties:\n"
                    + "              owner: {$ref: \"#/definitions/Owner\"}");
    SpecException e = assertThrows(SpecException.class, () -> read(spec, new ArrayList<>()));
    Problem problem = only(e.problems(), "does not resolve");
    assertEquals(
        "#/paths/~1pets/post/parameters/1/schema/properties/owner", problem.location().fragment());
    assertEquals(
        Optional.of(lineOf(spec, "              owner: {$ref: \"#/definitions/Owner\"}")),
        problem.line());
  }

  @Test
  void aWarningAboutAFormParameterNamesThatParameter() throws Exception {
    String spec =
        Files.readString(PETS)
            .replace(
                "        - name: status\n          in: formData\n          type: string\n",
                "        - name: status\n          in: formData\n          type: object\n"
                    + "          properties: {x: {type: string}}\n");
    List<Problem> warnings = new ArrayList<>();
    try {
      read(spec, warnings);
    } catch (SpecException e) {
      warnings.addAll(e.problems());
    }
    assertTrue(
        warnings.stream().noneMatch(w -> w.location().pointer().contains("components")),
        warnings.toString());
  }

  @Test
  void anExampleThatBreaksItsSchemaIsWarnedOfInTheFileAsWritten() throws Exception {
    String spec =
        Files.readString(PETS)
            .replace(
                "      id:\n        type: integer\n        format: int64\n",
                "      id:\n        type: integer\n        format: int64\n        example: abc\n");
    List<Problem> warnings = new ArrayList<>();
    read(spec, warnings);
    Problem problem = only(warnings, "the example 'abc' is not an integer");
    assertEquals("#/definitions/Pet/properties/id/example", problem.location().fragment());
    assertEquals(Optional.of(lineOf(spec, "        example: abc")), problem.line());
  }

  @Test
  void swagger12IsRefusedWithAnAnswer() throws Exception {
    SpecException e =
        assertThrows(
            SpecException.class,
            () -> read("swagger: '1.2'\ninfo: {title: T, version: '1'}\n", new ArrayList<>()));
    Problem problem = e.problems().get(0);
    assertEquals("#/swagger", problem.location().fragment());
    assertEquals(Optional.of(1), problem.line());
    assertTrue(problem.message().contains("Swagger 1.2 is not supported"), problem.message());
  }

  @Test
  void pointersOfTheConvertedDocumentMapBackByShape() throws Exception {
    Swagger2PointerMap pointers = Swagger2PointerMap.of(PETS);
    assertEquals(
        "/definitions/Pet/properties/id", pointers.apply("/components/schemas/Pet/properties/id"));
    assertEquals("/securityDefinitions/key", pointers.apply("/components/securitySchemes/key"));
    assertEquals(
        "/paths/~1pets~1{petId}/get/responses/200/schema",
        pointers.apply(
            "/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema"));
    assertEquals(
        "/paths/~1pets~1{petId}/post/parameters/2",
        pointers.apply(
            "/paths/~1pets~1{petId}/post/requestBody/content/"
                + "application~1x-www-form-urlencoded/schema/properties/status"));
    assertEquals(
        "/paths/~1pets/post/parameters/0/schema",
        pointers.apply("/paths/~1pets/post/requestBody/content/application~1json/schema"));
    assertEquals(
        "/parameters/newPet/schema",
        pointers.apply("/components/requestBodies/newPet/content/application~1json/schema"));
    assertEquals("/host", pointers.apply("/servers/0/url"));
    assertEquals("/info/title", pointers.apply("/info/title"));
  }

  private void read(String yaml, List<Problem> warnings) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    SpecReader.read(spec, warnings::add);
  }

  private static Operation operation(ApiModel model, String name) {
    return model.allResources().stream()
        .flatMap(r -> r.operations().stream())
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + name));
  }

  private static Problem only(List<Problem> problems, String message) {
    List<Problem> found = problems.stream().filter(p -> p.message().contains(message)).toList();
    assertEquals(1, found.size(), problems.toString());
    return found.get(0);
  }

  private static int lineOf(String text, String line) {
    List<String> lines = text.lines().toList();
    return lines.indexOf(line) + 1;
  }
}
