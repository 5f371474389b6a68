package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.GeneratedCodeCompilesTest;
import dev.seamgen.generator.cli.SeamgenCli;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.LeftOutOperation;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef;
import dev.seamgen.generator.ir.TypeDef.ObjectType;
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
import org.junit.jupiter.params.provider.CsvSource;

/** Schema {@code $ref}s to schemas anywhere in the document, moved into components. */
class HoistedSchemasTest {
  private static final Path SPECS = Path.of("src/test/resources/specs/anywhere");

  @TempDir Path dir;

  private final List<Problem> warnings = new ArrayList<>();

  @Test
  void eachTargetIsOneClassThatItsPlaceAndEveryReferenceShare() throws Exception {
    ApiModel model = SpecReader.read(SPECS.resolve("anywhere.yaml"), warnings::add);
    // An operation's inline response schema, referenced from another operation and a component.
    TypeRef status = TypeRef.named("GetStatusResponse");
    assertEquals(Optional.of(status), operation(model, "getStatus").result().map(r -> r.type()));
    assertEquals(
        Optional.of(status), operation(model, "refreshStatus").result().map(r -> r.type()));
    assertEquals(status, property(model, "Company", "status").type());
    // A deep property: the class is named after where it is, and written where it is.
    TypeRef peer = TypeRef.named("LastHandshakePeer");
    assertEquals(peer, property(model, "LastHandshake", "peer").type());
    assertEquals(
        Optional.of(TypeRef.listOf(peer)),
        operation(model, "listPeers").result().map(r -> r.type()));
    assertEquals(
        "#/paths/~1companies~1{companyId}~1status/get/responses/200/content/application~1json"
            + "/schema/properties/last_handshake/properties/peer",
        ((ObjectType) model.type("LastHandshakePeer").orElseThrow()).location().fragment());
    // A deep scalar property, and a parameter's schema: no class, their type.
    assertEquals(
        TypeRef.primitive(TypeRef.Kind.STRING),
        property(model, "LastHandshake", "chain_id").type());
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), property(model, "Company", "id").type());
    assertEquals(
        List.of("Company", "GetStatusResponse", "LastHandshake", "LastHandshakePeer"),
        model.types().stream().map(TypeDef::name).sorted().toList());
  }

  @Test
  void aResponseUsedAsASchemaIsReadAsItsContentOfTheSameMediaTypeWithAWarning() throws Exception {
    ApiModel model = SpecReader.read(SPECS.resolve("anywhere.yaml"), warnings::add);
    assertEquals(
        Optional.of(TypeRef.primitive(TypeRef.Kind.STRING)),
        operation(model, "getCaptions").result().map(r -> r.type()));
    Problem warning = warnings.get(0);
    assertEquals(
        "reference '#/components/responses/Caption' names a response, not a schema; it is read as"
            + " the schema of that response's content of the same media type",
        warning.message());
    assertEquals(
        "#/paths/~1captions/get/responses/200/content/text~1plain/schema",
        warning.location().fragment());
    assertEquals(Optional.of(63), warning.line());
  }

  @Test
  void anAnswerWhoseSchemaIsAResponseWithoutThatMediaTypeIsReadWithoutASchema() throws Exception {
    ApiModel model = SpecReader.read(SPECS.resolve("anywhere.yaml"), warnings::add);
    assertEquals(
        Optional.of(TypeRef.primitive(TypeRef.Kind.STRING)),
        operation(model, "getTranscript").result().map(r -> r.type()));
    Problem warning = warnings.get(1);
    assertEquals(
        "schema reference '#/components/responses/Transcript' names a response, not a schema; the"
            + " answer is read without a schema, as its media type says",
        warning.message());
    assertEquals(Optional.of(73), warning.line());
  }

  @Test
  void aReferenceToSomethingElseLeavesOnlyItsOperationOut() throws Exception {
    ApiModel model = SpecReader.read(SPECS.resolve("anywhere.yaml"), warnings::add);
    assertEquals(5, model.operationsGenerated());
    assertEquals(6, model.operationsInSpec());
    LeftOutOperation leftOut = model.leftOut().get(0);
    assertEquals("POST /notes", leftOut.httpMethod() + " " + leftOut.path());
    assertEquals(
        "its schema reference '#/components/parameters/companyId' names a parameter, not a schema",
        leftOut.reason());
    Problem warning = warnings.get(2);
    assertTrue(warning.message().startsWith("POST /notes left out: "), warning.format());
    assertEquals(Optional.of(81), warning.line());
  }

  @Test
  void aSchemaUnderDefinitionsThatRefersToItselfIsOneRecursiveClass() throws Exception {
    ApiModel model = SpecReader.read(SPECS.resolve("anywhere31.yaml"), warnings::add);
    assertEquals(List.of(), warnings);
    TypeRef property = TypeRef.named("PushOptionProperty");
    assertEquals(TypeRef.mapOf(property), property(model, "PushOption", "properties").type());
    assertEquals(
        TypeRef.mapOf(property), property(model, "PushOptionProperty", "properties").type());
    // A parameter's schema inside paths.
    assertEquals(
        TypeRef.primitive(TypeRef.Kind.STRING), property(model, "PushOption", "company").type());
  }

  @Test
  void anInlineSchemaThatRefersToItselfIsOneRecursiveClass() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("tree.yaml"),
            """
            openapi: 3.0.3
            info: {title: Tree, version: '1'}
            paths:
              /tree:
                get:
                  operationId: getTree
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              name: {type: string}
                              children:
                                type: array
                                items:
                                  $ref: '#/paths/~1tree/get/responses/200/content/application~1json/schema'
            """);
    ApiModel model = SpecReader.read(spec, warnings::add);
    TypeRef tree = TypeRef.named("GetTreeResponse");
    assertEquals(Optional.of(tree), operation(model, "getTree").result().map(r -> r.type()));
    assertEquals(TypeRef.listOf(tree), property(model, "GetTreeResponse", "children").type());
    assertEquals(1, model.types().size());
  }

  @Test
  void aReferenceThatLeadsNowhereIsStillAnErrorAtItsLine() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("nowhere.yaml"),
            """
            openapi: 3.0.3
            info: {title: Nowhere, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              b: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/c'}
                              d: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/e'}
                              e: {type: integer}
            """);
    SpecException e = assertThrows(SpecException.class, () -> SpecReader.read(spec, warnings::add));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem problem = e.problems().get(0);
    assertEquals(
        "reference '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/c'"
            + " does not resolve",
        problem.message());
    assertEquals(
        "#/paths/~1a/get/responses/200/content/application~1json/schema/properties/b",
        problem.location().fragment());
    assertEquals(Optional.of(15), problem.line());
  }

  @Test
  void aWarningInsideAMovedSchemaNamesWhereItIsWritten() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("moved.yaml"),
            """
            openapi: 3.0.3
            info: {title: Moved, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              price:
                                type: object
                                properties:
                                  currency: {type: string, format: ISO4217}
            components:
              schemas:
                Order:
                  type: object
                  properties:
                    price:
                      $ref: '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/price'
            """);
    SpecReader.read(spec, warnings::add);
    Problem warning = warnings.get(0);
    assertTrue(warning.message().startsWith("format 'ISO4217' is unknown"), warning.format());
    assertEquals(
        "#/paths/~1a/get/responses/200/content/application~1json/schema/properties/price"
            + "/properties/currency/format",
        warning.location().fragment());
    assertEquals(Optional.of(18), warning.line());
  }

  @Test
  void referencesIntoAFileBesideTheSpecAreFollowedAlongsideLocalOnes() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("main.yaml"),
            """
            openapi: 3.0.3
            info: {title: Files, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              id: {$ref: 'common.yaml#/components/parameters/id/schema'}
                              inner: {$ref: 'common.yaml#/paths/~1b/get/responses/200/content/application~1json/schema/properties/inner'}
                              local: {$ref: '#/components/parameters/id/schema'}
            components:
              parameters:
                id: {name: id, in: query, schema: {type: integer}}
            """);
    Files.writeString(
        dir.resolve("common.yaml"),
        """
        openapi: 3.0.3
        info: {title: Common, version: '1'}
        paths:
          /b:
            get:
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          inner:
                            type: object
                            properties:
                              name: {type: string}
        components:
          parameters:
            id: {name: id, in: query, schema: {type: string}}
        """);
    ApiModel model = SpecReader.read(spec, warnings::add);
    assertEquals(List.of(), warnings);
    TypeRef.Named result = (TypeRef.Named) operation(model, "getA").result().orElseThrow().type();
    ObjectType response = (ObjectType) model.type(result.name()).orElseThrow();
    assertEquals(
        List.of(
            TypeRef.primitive(TypeRef.Kind.STRING),
            TypeRef.named("Inner"),
            TypeRef.primitive(TypeRef.Kind.INT32)),
        response.properties().stream().map(Property::type).toList());
  }

  /** Through the command line, the fixtures generate and their output compiles. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"anywhere.yaml, 5 of 6 operations", "anywhere31.yaml, 1 of 1 operations"})
  void theOutputCompiles(String spec, String summary) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path output = dir.resolve("out");
    String[] args = {
      "generate",
      "--spec",
      SPECS.resolve(spec).toString(),
      "--output",
      output.toString(),
      "--package",
      "com.example.anywhere",
      "--conventions",
      "standard"
    };
    int exit = SeamgenCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, exit, err.toString());
    assertTrue(out.toString().contains(summary), out.toString());
    assertEquals("", GeneratedCodeCompilesTest.compile(output, dir.resolve("classes")));
  }

  private static Property property(ApiModel model, String type, String wireName) {
    ObjectType object = (ObjectType) model.type(type).orElseThrow(() -> new AssertionError(type));
    return object.properties().stream()
        .filter(p -> p.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type + "." + wireName));
  }

  private static Operation operation(ApiModel model, String name) {
    return model.allResources().stream()
        .flatMap(r -> r.operations().stream())
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + name));
  }
}
