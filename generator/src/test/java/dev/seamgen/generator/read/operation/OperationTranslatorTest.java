package dev.seamgen.generator.read.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ErrorBody;
import dev.seamgen.generator.ir.LeftOutOperation;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.read.InlineSpec;
import dev.seamgen.generator.read.endpoint.AuthTranslator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec's paths as the resources and methods of the client, one rule per test. */
class OperationTranslatorTest {
  @TempDir Path folder;

  private InlineSpec spec;

  @Test
  void operationsAreGroupedByTagAndNamedByOperationId() throws IOException {
    List<Resource> resources =
        translate(
                """
                /pets:
                  get: {tags: [pets], operationId: listPets, responses: {'204': {description: ok}}}
                  post: {tags: [pets], operationId: createPet, responses: {'204': {description: ok}}}
                """)
            .resources();
    assertEquals(1, resources.size());
    Resource pets = resources.get(0);
    assertEquals(List.of("pets"), pets.group());
    assertEquals(
        List.of("listPets", "createPet"), pets.operations().stream().map(Operation::name).toList());
    assertEquals(
        List.of("GET", "POST"), pets.operations().stream().map(Operation::httpMethod).toList());
    assertEquals(List.of(), spec.reported());
  }

  @Test
  void onlyRequestsThatDoNoHarmTwiceAreRetrySafe() throws IOException {
    List<Resource> resources =
        translate(
                """
                /pets:
                  get: {operationId: list, responses: {'204': {description: ok}}}
                  post: {operationId: create, responses: {'204': {description: ok}}}
                /pets/search:
                  post:
                    operationId: search
                    x-seamgen-read: true
                    responses: {'204': {description: ok}}
                """)
            .resources();
    List<Operation> operations = resources.get(0).operations();
    assertEquals(
        Map.of("list", true, "create", false, "search", true),
        Map.of(
            operations.get(0).name(), operations.get(0).retrySafe(),
            operations.get(1).name(), operations.get(1).retrySafe(),
            operations.get(2).name(), operations.get(2).retrySafe()));
  }

  @Test
  void theSuccessfulAnswerIsTheResultAndErrorAnswersAreErrorBodies() throws IOException {
    Operation get =
        translate(
                """
                /pets/{id}:
                  get:
                    operationId: getPet
                    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                    responses:
                      '200':
                        description: the pet
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Pet'}
                      '404':
                        description: no such pet
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Problem'}
                """)
            .resources()
            .get(0)
            .operations()
            .get(0);
    assertEquals(TypeRef.named("Pet"), get.result().orElseThrow().type());
    assertEquals(List.of(new ErrorBody("404", TypeRef.named("Problem"))), get.errors());
    assertEquals("/pets/{id}", get.path());
    assertEquals("/paths/~1pets~1{id}/get", get.location().pointer());
  }

  @Test
  void theSummaryDocumentsAnOperationWithoutDescriptionAndDeprecationIsKept() throws IOException {
    Operation old =
        translate(
                """
                /old:
                  get:
                    operationId: old
                    summary: '  Lists the old ones.  '
                    deprecated: true
                    responses: {'204': {description: ok}}
                """)
            .resources()
            .get(0)
            .operations()
            .get(0);
    assertEquals("Lists the old ones.", old.description());
    assertTrue(old.deprecation().isPresent());
    assertEquals(Optional.empty(), old.result());
  }

  @Test
  void aSecondOperationWithTheSameOperationIdIsWarnedAbout() throws IOException {
    translate(
        """
        /a:
          get: {operationId: fetch, responses: {'204': {description: ok}}}
        /b:
          get: {operationId: fetch, responses: {'204': {description: ok}}}
        """);
    List<String> reported = spec.reported();
    assertEquals(1, reported.size(), reported.toString());
    assertTrue(
        reported
            .get(0)
            .startsWith("/paths/~1b/get/operationId: operationId 'fetch' is also that of"),
        reported.get(0));
  }

  @Test
  void anOperationWhoseParameterCannotBeReadIsLeftOutAndCounted() throws IOException {
    OperationTranslator.Translated translated =
        translate(
            """
            /pets:
              get: {operationId: list, responses: {'204': {description: ok}}}
              post:
                operationId: create
                parameters: [{$ref: '#/components/parameters/Nope'}]
                responses: {'204': {description: ok}}
            """);
    assertEquals(2, translated.operationsInSpec());
    assertEquals(1, translated.operationsGenerated());
    LeftOutOperation left = translated.leftOut().get(0);
    assertEquals("POST /pets", left.httpMethod() + " " + left.path());
    assertFalse(spec.reported().isEmpty());
  }

  /** Translates the paths {@code paths} (YAML, unindented) of a spec with a Pet and a Problem. */
  private OperationTranslator.Translated translate(String paths) throws IOException {
    spec =
        InlineSpec.parse(
            folder,
            """
            openapi: 3.0.3
            info: {title: Test, version: '1'}
            paths:
            %s
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: {type: string}
                Problem:
                  type: object
                  properties:
                    message: {type: string}
            """
                .formatted(paths.indent(2).stripTrailing()));
    spec.schemas().translateComponents();
    return new OperationTranslator(
            spec.schemas(),
            spec.problems(),
            InlineSpec.FILE,
            false,
            spec.api().getComponents(),
            new AuthTranslator(spec.problems(), InlineSpec.FILE),
            Map.of())
        .resources(spec.api().getPaths());
  }
}
