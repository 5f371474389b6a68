package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Parameter;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code $ref}s to any JSON pointer, in the spec and in files beside it, in 3.0 and 2.0. */
class PathRefsTest {
  private static final Path REFS = Path.of("src/test/resources/specs/refs/main.yaml");

  @TempDir Path dir;

  private final List<Problem> warnings = new ArrayList<>();

  @Test
  void referencesIntoPathsAndOtherFilesAreFollowed() throws Exception {
    ApiModel model = SpecReader.read(REFS, warnings::add);
    assertEquals(List.of(), warnings);
    assertEquals(5, model.operationsGenerated());
    Operation add = operation(model, "addBook");
    assertEquals(List.of("limit"), parameterNames(add));
    assertEquals(Optional.of(TypeRef.named("Book")), add.result().map(r -> r.type()));
    assertEquals(List.of("body"), propertyNames(add));
    Operation replace = operation(model, "replaceBook");
    assertEquals(List.of("body"), propertyNames(replace));
    assertEquals(List.of("limit", "cursor"), parameterNames(operation(model, "listBooks")));
    operation(model, "listShelves");
  }

  @Test
  void aKeyHoldingAPercentSignThatIsNotAnEscapeIsTakenAsWritten() throws Exception {
    // SendGrid's spec has such a key above a $ref; decoding it as a URI once crashed the reader.
    Path spec =
        Files.writeString(
            dir.resolve("percent.yaml"),
            """
            openapi: 3.0.3
            info: {title: Rates, version: '1'}
            paths:
              /rates:
                get:
                  operationId: rates
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Rates'}
            components:
              schemas:
                Share: {type: number}
                Rates:
                  type: object
                  properties:
                    '\\%': {$ref: '#/components/schemas/Share'}
                    '100%': {$ref: '#/components/schemas/Share'}
            """);
    ApiModel model = SpecReader.read(spec, warnings::add);
    assertEquals(1, model.operationsGenerated());
  }

  @Test
  void aReferenceIntoPathsThatLeadsNowhereLeavesItsOperationOutWithAWarning() throws Exception {
    Path spec = copy("main.yaml");
    copy("common.yaml");
    Files.writeString(
        spec,
        Files.readString(spec)
            .replace("'#/paths/~1books/post/requestBody'", "'#/paths/~1books/patch/requestBody'"));
    ApiModel model = SpecReader.read(spec, warnings::add);
    assertEquals(4, model.operationsGenerated());
    Problem problem = warnings.get(0);
    assertTrue(problem.message().startsWith("PUT /books/{id} left out"), problem.format());
    assertTrue(problem.line().isPresent(), problem.format());
  }

  @Test
  void swagger2ReferencesIntoPathsAndAFileBesideItAreFollowed() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("api.yaml"),
            """
            swagger: "2.0"
            info: {title: Refs, version: "1"}
            host: api.example.com
            schemes: [https]
            paths:
              /books:
                get:
                  operationId: listBooks
                  parameters:
                    - $ref: "shared.yaml#/parameters/Limit"
                  responses:
                    "200":
                      description: the books
                      schema:
                        type: array
                        items: {$ref: "shared.yaml#/definitions/Book"}
                post:
                  operationId: addBook
                  parameters:
                    - $ref: "#/paths/~1books/get/parameters/0"
                    - name: book
                      in: body
                      schema: {$ref: "shared.yaml#/definitions/Book"}
                  responses:
                    "201": {$ref: "#/paths/~1books/get/responses/200"}
            """);
    Files.writeString(
        dir.resolve("shared.yaml"),
        """
        parameters:
          Limit: {name: limit, in: query, type: integer}
        definitions:
          Book:
            type: object
            properties:
              title: {type: string}
        """);
    ApiModel model = SpecReader.read(spec, warnings::add);
    assertEquals(List.of(), warnings);
    Operation add = operation(model, "addBook");
    assertEquals(List.of("limit"), parameterNames(add));
    assertEquals(
        Optional.of(TypeRef.listOf(TypeRef.named("Book"))), add.result().map(r -> r.type()));
  }

  @Test
  void aSwagger2ReferenceOutOfTheSpecsFolderIsRefused() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("api"));
    Files.writeString(dir.resolve("secret.yaml"), "Limit: {name: limit, in: query}\n");
    Path spec =
        Files.writeString(
            folder.resolve("api.yaml"),
            """
            swagger: "2.0"
            info: {title: Refs, version: "1"}
            paths:
              /books:
                get:
                  parameters:
                    - $ref: "../secret.yaml#/Limit"
                  responses:
                    "200": {description: OK}
            """);
    SpecException e = assertThrows(SpecException.class, () -> SpecReader.read(spec, warnings::add));
    Problem problem = e.problems().get(0);
    assertEquals("#/paths/~1books/get/parameters/0", problem.location().fragment());
    assertTrue(problem.format().contains("--allow-ref-dir"), problem.format());
  }

  private Path copy(String name) throws Exception {
    return Files.copy(REFS.resolveSibling(name), dir.resolve(name));
  }

  private static Operation operation(ApiModel model, String name) {
    return model.allResources().stream()
        .flatMap(r -> r.operations().stream())
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + name));
  }

  private static List<String> parameterNames(Operation operation) {
    return operation.request().parameters().stream().map(Parameter::wireName).toList();
  }

  private static List<String> propertyNames(Operation operation) {
    return operation.request().bodyProperties().stream().map(p -> p.wireName()).toList();
  }
}
