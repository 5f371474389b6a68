package dev.seamgen.generator.read.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Parameter;
import dev.seamgen.generator.ir.Parameter.In;
import dev.seamgen.generator.ir.Parameter.Style;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.ir.TypeRef.Kind;
import dev.seamgen.generator.read.InlineSpec;
import dev.seamgen.generator.read.source.PathKey;
import io.swagger.v3.oas.models.PathItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operation's parameters as its request class gets them, one rule per test. */
class ParameterTranslatorTest {
  @TempDir Path folder;

  private InlineSpec spec;

  @Test
  void anOperationsParameterReplacesThePathsOfTheSameNameAndPlace() throws IOException {
    List<Parameter> parameters =
        translate(
                "/pets",
                """
                parameters:
                  - {name: limit, in: query, schema: {type: integer}}
                get:
                  parameters:
                    - {name: limit, in: query, schema: {type: string}}
                """)
            .orElseThrow();
    assertEquals(1, parameters.size());
    Parameter limit = parameters.get(0);
    assertEquals(TypeRef.primitive(Kind.STRING), limit.property().type());
    assertEquals("/paths/~1pets/get/parameters/0", limit.property().location().pointer());
  }

  @Test
  void aPathParameterComesFirstAndIsRequiredEvenWhenNotMarkedSo() throws IOException {
    List<Parameter> parameters =
        translate(
                "/pets/{petId}",
                """
                get:
                  parameters:
                    - {name: q, in: query, schema: {type: string}}
                    - {name: petId, in: path, schema: {type: integer, format: int64}}
                """)
            .orElseThrow();
    assertEquals(List.of("petId", "q"), parameters.stream().map(Parameter::javaName).toList());
    Parameter petId = parameters.get(0);
    assertEquals(In.PATH, petId.in());
    assertTrue(petId.property().required());
    assertEquals(Style.SIMPLE, petId.style());
    Parameter q = parameters.get(1);
    assertFalse(q.property().required());
    assertEquals(Style.FORM, q.style());
    assertTrue(q.explode());
    assertEquals(
        List.of(
            "/paths/~1pets~1{petId}/get/parameters/1: path parameter 'petId' is not marked"
                + " required; it is required all the same"),
        spec.reported());
  }

  @Test
  void theSameNameInTwoPlacesGetsAJavaNameSayingWhere() throws IOException {
    List<Parameter> parameters =
        translate(
                "/files/{id}",
                """
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: id, in: header, schema: {type: string}}
                """)
            .orElseThrow();
    assertEquals(List.of("id", "idHeader"), parameters.stream().map(Parameter::javaName).toList());
    assertEquals(List.of("id", "id"), parameters.stream().map(Parameter::wireName).toList());
  }

  @Test
  void anAuthorizationHeaderParameterIsIgnoredAsOpenApiSays() throws IOException {
    List<Parameter> parameters =
        translate(
                "/me",
                """
                get:
                  parameters:
                    - {name: Authorization, in: header, schema: {type: string}}
                    - {name: X-Trace, in: header, schema: {type: string}}
                """)
            .orElseThrow();
    assertEquals(List.of("X-Trace"), parameters.stream().map(Parameter::wireName).toList());
  }

  @Test
  void headersTheHttpClientSetsItselfAreLeftOutWithAWarning() throws IOException {
    List<Parameter> parameters =
        translate(
                "/upload",
                """
                get:
                  parameters:
                    - {name: Content-Length, in: header, schema: {type: integer}}
                    - {name: host, in: header, schema: {type: string}}
                    - {name: X-Trace, in: header, schema: {type: string}}
                    - {name: Expect, in: header, schema: {type: string}}
                """)
            .orElseThrow();
    assertEquals(List.of("X-Trace"), parameters.stream().map(Parameter::wireName).toList());
    assertEquals(
        List.of(
            "/paths/~1upload/get/parameters/0: header parameter 'Content-Length' is left out: the"
                + " HTTP client sets it itself and refuses it from callers",
            "/paths/~1upload/get/parameters/1: header parameter 'host' is left out: the HTTP"
                + " client sets it itself and refuses it from callers",
            "/paths/~1upload/get/parameters/3: header parameter 'Expect' is left out: the HTTP"
                + " client sets it itself and refuses it from callers"),
        spec.reported());
  }

  @Test
  void aPlaceholderThatNoParameterDeclaresIsARequiredStringWithAWarning() throws IOException {
    List<Parameter> parameters = translate("/files/{fileId}", "get: {}\n").orElseThrow();
    Parameter fileId = parameters.get(0);
    assertEquals("fileId", fileId.wireName());
    assertEquals(In.PATH, fileId.in());
    assertEquals(TypeRef.primitive(Kind.STRING), fileId.property().type());
    assertTrue(fileId.property().required());
    assertEquals(
        List.of(
            "/paths/~1files~1{fileId}: path parameter 'fileId' is not declared; it is taken"
                + " as a required string"),
        spec.reported());
  }

  @Test
  void aReferenceThatCannotBeFollowedLeavesTheOperationOut() throws IOException {
    Optional<List<Parameter>> parameters =
        translate(
            "/pets",
            """
            get:
              parameters:
                - $ref: '#/components/parameters/Nope'
            """);
    assertEquals(Optional.empty(), parameters);
    assertEquals(
        List.of(
            "/paths/~1pets/get/parameters/0: operation left out: parameter $ref"
                + " '#/components/parameters/Nope' cannot be followed"),
        spec.reported());
  }

  /** The parameters of the GET operation of {@code path}, whose item is {@code item} (YAML). */
  private Optional<List<Parameter>> translate(String path, String item) throws IOException {
    spec =
        InlineSpec.parse(
            folder,
            """
            openapi: 3.0.3
            info: {title: Test, version: '1'}
            paths:
              '%s':
            %s
            components:
              parameters:
                Unused: {name: unused, in: query, schema: {type: string}}
            """
                .formatted(path, item.indent(4).stripTrailing()));
    PathItem pathItem = spec.api().getPaths().get(path);
    Location pathAt = Location.root(InlineSpec.FILE).child("paths").child(path);
    ParameterTranslator parameters =
        new ParameterTranslator(
            spec.schemas(), spec.problems(), spec.api().getComponents().getParameters());
    return parameters.parameters(
        PathKey.parse(path),
        parameters.declared(pathItem.getParameters(), pathAt),
        parameters.declared(pathItem.getGet().getParameters(), pathAt.child("get")),
        "GetPetRequest");
  }
}
