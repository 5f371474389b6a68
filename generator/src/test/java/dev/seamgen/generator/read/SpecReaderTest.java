package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.ErrorBody;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Pagination;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.Request;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.ir.Result;
import dev.seamgen.generator.ir.TypeDef;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecReaderTest {
  @TempDir Path dir;

  private static final Path PETS = Path.of("src/test/resources/specs/pets.yaml");

  private static final String HEAD =
      """
      openapi: 3.0.3
      info: {title: Pets, version: '1'}
      """;

  private ApiModel read(String yaml) throws IOException, SpecException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    return SpecReader.read(spec, w -> {});
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      textBlock =
          """
          'https://api.example.test/v1*/ static { System.out.println(1); } /*' | is not a valid http or https URL
          'https://me:hunter2@api.example.test'                                 | holds a user name or password
          'https://{region}.example.test'                                       | '{region}' has no default
          '","'                                                                | is not a valid http or https URL
          """)
  void aServerUrlThatCannotBeUsedIsWarnedOfAndNeverReachesTheClient(String url, String warning)
      throws Exception {
    List<Problem> warnings = new ArrayList<>();
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec, HEAD + "servers:\n  - url: " + url + "\npaths:\n" + post("/pets/get", null, null));

    ApiModel model = SpecReader.read(spec, warnings::add);

    assertEquals(Optional.empty(), model.defaultServerUrl());
    assertTrue(warnings.stream().anyMatch(w -> w.message().contains(warning)), warnings::toString);
    assertTrue(warnings.stream().noneMatch(w -> w.format().contains("hunter2")), "not shown");
  }

  @Test
  void aSchemeRelativeServerUrlIsTakenAsHttps() throws Exception {
    ApiModel model =
        read(
            HEAD
                + "servers:\n  - url: //api.example.test/v2\npaths:\n"
                + post("/pets/get", null, null));

    assertEquals(Optional.of("https://api.example.test/v2"), model.defaultServerUrl());
  }

  private SpecException failure(String yaml) throws IOException {
    Path spec = dir.resolve("broken.yaml");
    Files.writeString(spec, yaml);
    return assertThrows(SpecException.class, () -> SpecReader.read(spec, w -> {}));
  }

  private static String post(String path, String body, String response) {
    return "  "
        + path
        + ":\n    post:\n"
        + (body == null
            ? ""
            : "      requestBody:\n        content:\n          application/json:\n"
                + "            schema: "
                + body
                + "\n")
        + "      responses:\n        '200':\n          description: OK\n"
        + (response == null
            ? ""
            : "          content:\n            application/json:\n"
                + "              schema: "
                + response
                + "\n");
  }

  @Test
  void groupsPostOperationsIntoResourcesByPathPrefix() throws Exception {
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post("/pet_owners/get", null, null)
                + post("/pet_owners/list", null, null)
                + post("/pets/feed", null, null));
    assertEquals(
        List.of("pet_owners", "pets"), model.resources().stream().map(r -> r.name()).toList());
    assertEquals("PetOwners", model.resources().get(0).javaName());
    Operation list = model.resources().get(0).operations().get(1);
    assertEquals("list", list.javaName());
    assertEquals("PetOwnersListRequest", list.request().className());
    assertEquals("/pet_owners/list", list.path());
    assertEquals("#/paths/~1pet_owners~1list/post", list.location().fragment());
  }

  @Test
  void componentObjectsBecomeNamedTypesWithJavaPropertyNames() throws Exception {
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post("/pets/get", null, "{$ref: '#/components/schemas/pet'}")
                + """
        components:
          schemas:
            pet:
              type: object
              description: A pet.
              required: [pet_id]
              properties:
                pet_id: {type: string, format: uuid}
                born_at: {type: string, format: date-time}
                default: {type: boolean, nullable: true}
                weight: {type: number}
                legs: {type: integer}
                chip: {type: integer, format: int64}
        """);
    TypeDef.ObjectType pet = (TypeDef.ObjectType) model.type("Pet").orElseThrow();
    assertEquals("A pet.", pet.description());
    Property id = pet.property("pet_id").orElseThrow();
    assertEquals("petId", id.javaName());
    assertTrue(id.required());
    assertEquals(Optional.of("uuid"), id.constraints().format());
    assertEquals(TypeRef.primitive(TypeRef.Kind.DATE_TIME), pet.property("born_at").get().type());
    Property keyword = pet.property("default").orElseThrow();
    assertEquals("default_", keyword.javaName());
    assertTrue(keyword.nullable());
    assertEquals(TypeRef.primitive(TypeRef.Kind.NUMBER), pet.property("weight").get().type());
    assertEquals(TypeRef.primitive(TypeRef.Kind.INT32), pet.property("legs").get().type());
    assertEquals(TypeRef.primitive(TypeRef.Kind.INT64), pet.property("chip").get().type());
  }

  @Test
  void inlineEnumsAndObjectsAreNamedAfterTheirProperty() throws Exception {
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post("/pets/get", null, "{$ref: '#/components/schemas/pet'}")
                + """
        components:
          schemas:
            pet:
              type: object
              properties:
                accepted_foods:
                  type: array
                  items: {type: string, enum: [dry_food, wet-food]}
                owner:
                  type: object
                  properties: {name: {type: string}}
            shop:
              type: object
              properties:
                owner:
                  type: object
                  properties: {address: {type: string}}
        """);
    TypeDef.EnumType food = (TypeDef.EnumType) model.type("AcceptedFood").orElseThrow();
    assertEquals(
        List.of("DRY_FOOD", "WET_FOOD"),
        food.values().stream().map(v -> v.constantName()).toList());
    assertEquals(
        List.of("dry_food", "wet-food"), food.values().stream().map(v -> v.wireValue()).toList());
    assertInstanceOf(TypeDef.ObjectType.class, model.type("Owner").orElseThrow());
    // A second, different inline "owner" is prefixed with its owner's name.
    TypeDef.ObjectType shopOwner = (TypeDef.ObjectType) model.type("ShopOwner").orElseThrow();
    assertTrue(shopOwner.property("address").isPresent());
  }

  @Test
  void oneOfScalarsIsAnyOfAndMapsComeFromAdditionalProperties() throws Exception {
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post("/pets/get", null, "{$ref: '#/components/schemas/pet'}")
                + """
        components:
          schemas:
            pet:
              type: object
              properties:
                tags:
                  type: object
                  maxProperties: 50
                  x-seamgen-max-key-length: 40
                  additionalProperties:
                    oneOf: [{type: string, maxLength: 500}, {type: boolean}]
        """);
    Property tags = ((TypeDef.ObjectType) model.type("Pet").get()).property("tags").get();
    assertEquals(
        TypeRef.mapOf(new TypeRef.AnyOf(List.of(TypeRef.Kind.STRING, TypeRef.Kind.BOOLEAN))),
        tags.type());
    assertEquals(Optional.of(50), tags.constraints().maxProperties());
    assertEquals(Optional.of(40), tags.constraints().maxKeyLength());
    assertEquals(Optional.of(500), tags.elementConstraints().maxLength());
  }

  @Test
  void discriminatedUnionsHaveOneVariantPerCode() throws Exception {
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post("/pets/get", null, "{$ref: '#/components/schemas/pet_error'}")
                + """
        components:
          schemas:
            pet_error:
              oneOf:
                - $ref: '#/components/schemas/pet_error_lost'
                - type: object
                  required: [error_code]
                  properties:
                    error_code: {type: string, enum: [hungry]}
                    since: {type: string}
              discriminator:
                propertyName: error_code
                mapping:
                  lost: '#/components/schemas/pet_error_lost'
            pet_error_lost:
              type: object
              properties:
                error_code: {type: string}
                last_seen: {type: string}
        """);
    TypeDef.UnionType union = (TypeDef.UnionType) model.type("PetError").orElseThrow();
    assertEquals("error_code", union.discriminator());
    assertEquals("errorCode", union.discriminatorJavaName());
    assertEquals(List.of("lost", "hungry"), union.variants().stream().map(v -> v.code()).toList());
    assertEquals(
        List.of("Lost", "Hungry"), union.variants().stream().map(v -> v.type().name()).toList());
    assertEquals("Unknown", union.unknownVariantName());
    Property code = union.variants().get(1).type().property("error_code").orElseThrow();
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), code.type());
  }

  @Test
  void responseKeyChoosesWhatTheOperationReturns() throws Exception {
    String envelope =
        "{type: object, properties: {pet: {$ref: '#/components/schemas/pet'}, "
            + "ok: {type: boolean}}}";
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post("/pets/get", null, envelope)
                    .replace("    post:\n", "    post:\n      x-response-key: pet\n")
                + post("/pets/delete", null, envelope)
                    .replace("    post:\n", "    post:\n      x-response-key: null\n")
                + """
        components:
          schemas:
            pet: {type: object, properties: {name: {type: string}}}
        """);
    List<Operation> operations = model.resources().get(0).operations();
    Result result = operations.get(0).result().orElseThrow();
    assertEquals("pet", result.key());
    assertEquals(TypeRef.named("Pet"), result.type());
    assertTrue(operations.get(1).result().isEmpty());
  }

  @Test
  void errorStatusesWithJsonBodiesAreReadInTheSpecsOrderAndTextOnesAreLeftAsText()
      throws Exception {
    ApiModel model =
        read(
            HEAD
                + """
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/pet'}
                '404':
                  description: Missing
                  content:
                    application/json:
                      schema: {type: object, properties: {petId: {type: string}}}
                '4XX':
                  $ref: '#/components/responses/problem'
                '503':
                  description: Down
                  content:
                    text/html:
                      schema: {type: string}
                default:
                  $ref: '#/components/responses/problem'
        components:
          responses:
            problem:
              description: A problem
              content:
                application/problem+json:
                  schema: {$ref: '#/components/schemas/problem'}
          schemas:
            pet: {type: object, properties: {name: {type: string}}}
            problem: {type: object, properties: {title: {type: string}}}
        """);
    Operation get = model.resources().get(0).operations().get(0);

    assertEquals(
        List.of(
            new ErrorBody("404", TypeRef.named("PetsGetPet404Error")),
            new ErrorBody("4XX", TypeRef.named("Problem")),
            new ErrorBody("default", TypeRef.named("Problem"))),
        get.errors());
    assertTrue(
        model.types().stream().anyMatch(t -> t.name().equals("PetsGetPet404Error")),
        "the inline error body becomes a model class");
  }

  @Test
  void listsTakingACursorAndAnsweringPaginationArePaginated() throws Exception {
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post(
                        "/pets/list",
                        "{type: object, properties: {page_cursor: {type: string, nullable: true}, "
                            + "limit: {type: integer}}}",
                        "{type: object, properties: {pets: {type: array, items: {$ref: "
                            + "'#/components/schemas/pet'}}, pagination: {type: object}}}")
                    .replace(
                        "    post:\n",
                        "    post:\n      x-response-key: pets\n      " + "x-seamgen-read: true\n")
                + post("/pets/feed", null, null)
                + """
        components:
          schemas:
            pet: {type: object, properties: {name: {type: string}}}
        """);
    Operation list = model.resources().get(0).operations().get(0);
    Pagination pagination = list.pagination().orElseThrow();
    assertEquals("page_cursor", pagination.cursorProperty());
    assertEquals(TypeRef.named("Pet"), pagination.itemType());
    assertTrue(list.retrySafe());
    assertFalse(model.resources().get(0).operations().get(1).retrySafe());
  }

  @Test
  void everyVerbOfAPathIsItsOwnMethodAndOnlyTheSafeOnesAreRetried() throws Exception {
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post("/pets/get", null, null)
                + "    get:\n      responses:\n        '200': {description: OK}\n");
    List<Operation> operations = model.resources().get(0).operations();
    assertEquals(
        List.of("GET", "POST"), operations.stream().map(Operation::httpMethod).sorted().toList());
    for (Operation operation : operations) {
      assertEquals(
          operation.httpMethod().equals("GET"),
          operation.retrySafe(),
          "a POST is not retried because its path also answers GET");
    }
    assertEquals(2, model.operationsInSpec());
    assertEquals(2, model.operationsGenerated());
  }

  @Test
  void verbsSharingAFernMethodNameAreOneMethodAndAGetTwinMakesItARead() throws Exception {
    String names = "      x-fern-sdk-method-name: get\n";
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post("/pets/get", null, null).replace("    post:\n", "    post:\n" + names)
                + "    get:\n"
                + names
                + "      responses:\n        '200': {description: OK}\n");
    List<Operation> operations = model.resources().get(0).operations();
    assertEquals(1, operations.size());
    assertEquals("POST", operations.get(0).httpMethod());
    assertEquals(List.of("GET"), operations.get(0).otherMethods());
    assertTrue(operations.get(0).retrySafe());
    assertEquals(2, model.operationsGenerated());
  }

  @Test
  void oneOfBodyMergesAlternativesAndRecordsTheChoice() throws Exception {
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post(
                    "/pets/get",
                    "{oneOf: [{type: object, required: [pet_id], properties: {pet_id: {type: string}}}, "
                        + "{type: object, required: [name], properties: {name: {type: string}}}]}",
                    null));
    Request body = model.resources().get(0).operations().get(0).request();
    assertEquals(List.of("petId", "name"), body.exactlyOneOf());
    assertEquals(
        List.of("pet_id", "name"), body.properties().stream().map(Property::wireName).toList());
    assertTrue(body.properties().stream().noneMatch(Property::required));
  }

  @Test
  void securitySchemesBecomeCredentialAlternatives() throws Exception {
    ApiModel model =
        read(
            HEAD
                + "paths:\n"
                + post("/pets/get", null, null)
                + """
        security:
          - api_key: []
          - token: []
            workspace: []
        components:
          securitySchemes:
            api_key:
              type: http
              scheme: bearer
              x-seamgen-credential: {name: apiKey, env: PETS_API_KEY, prefix: pk_}
            token: {type: http, scheme: bearer}
            workspace: {type: apiKey, in: header, name: pets-workspace}
        """);
    assertEquals(
        List.of("apiKey", "token", "workspace"),
        model.auth().credentials().stream().map(c -> c.name()).toList());
    assertEquals(
        Optional.of("PETS_API_KEY"), model.auth().credentials().get(0).environmentVariable());
    assertEquals(Optional.of("pk_"), model.auth().credentials().get(0).prefix());
    assertEquals(Optional.of("pets-workspace"), model.auth().credentials().get(2).parameterName());
    assertEquals(Auth.Kind.HEADER, model.auth().credentials().get(2).kind());
    assertEquals(
        List.of(List.of("apiKey"), List.of("token", "workspace")), model.auth().alternatives());
  }

  @Test
  void everySimpleSchemeBecomesACredentialAndOthersAreLeftOutWithAWarning() throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        HEAD
            + "paths:\n"
            + post("/pets/get", null, null)
            + """
        components:
          securitySchemes:
            query_key: {type: apiKey, in: query, name: api_key}
            cookie_key: {type: apiKey, in: cookie, name: sid}
            basic_auth: {type: http, scheme: basic}
            oauth:
              type: oauth2
              flows: {implicit: {authorizationUrl: 'https://example.com/auth', scopes: {}}}
            oidc: {type: openIdConnect, openIdConnectUrl: 'https://example.com/.well-known'}
            digest: {type: http, scheme: digest}
        """);
    List<Problem> warnings = new ArrayList<>();
    ApiModel model = SpecReader.read(spec, warnings::add);

    assertEquals(
        List.of(
            "queryKey QUERY api_key",
            "cookieKey COOKIE sid",
            "basicAuth BASIC ",
            "oauth BEARER ",
            "oidc BEARER "),
        model.auth().credentials().stream()
            .map(c -> c.name() + " " + c.kind() + " " + c.parameterName().orElse(""))
            .toList());
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "security scheme 'digest' (http digest) is not supported and is left out of the client",
        warnings.get(0).message());
  }

  @Test
  void groupsNestAsFernExtensionsOrPathsSay() throws Exception {
    ApiModel model = SpecReader.read(PETS, w -> {});
    Resource pets = model.resources().get(0);
    assertEquals(List.of("pets"), pets.group());
    Resource health = pets.children().get(0);
    assertEquals(List.of("pets", "health"), health.group());
    assertEquals("PetsHealth", health.javaName());
    assertEquals("health", health.accessor());
    assertEquals("pets.health", health.javaPackage());
    // /vet/visits/book names its group and method with x-fern-sdk-*; the path says nothing.
    Operation book = health.operations().get(0);
    assertEquals("/vet/visits/book", book.path());
    assertEquals("bookVisit", book.javaName());
    assertEquals("PetsHealthBookVisitRequest", book.request().className());
    assertEquals(
        Optional.of(
            "Use /pets/health/history to see visits; booking moved to the vet's " + "own API."),
        book.deprecation());
    Operation history = health.operations().get(1);
    assertEquals("POST", history.httpMethod());
    assertEquals(List.of("GET"), history.otherMethods());
    assertTrue(history.retrySafe(), "a GET twin makes the operation a read");
  }

  @Test
  void undocumentedPartsAreLeftOutUnlessAsked() throws Exception {
    ApiModel model = SpecReader.read(PETS, w -> {});
    List<String> paths =
        model.allResources().stream()
            .flatMap(r -> r.operations().stream())
            .map(Operation::path)
            .toList();
    assertFalse(paths.contains("/pets/internal/reset"), paths.toString());
    Operation book = model.allResources().get(1).operations().get(0);
    assertEquals(
        List.of("pet_id"), book.request().properties().stream().map(Property::wireName).toList());

    ApiModel everything = SpecReader.read(PETS, new ReadOptions(true), w -> {});
    assertTrue(
        everything.allResources().stream()
            .flatMap(r -> r.operations().stream())
            .anyMatch(o -> o.path().equals("/pets/internal/reset")));
    Operation bookAll = everything.allResources().get(1).operations().get(0);
    assertEquals(
        List.of("pet_id", "staff_note"),
        bookAll.request().properties().stream().map(Property::wireName).toList());
  }

  @Test
  void malformedYamlNamesTheLine() throws Exception {
    SpecException e = failure("openapi: 3.0.3\ninfo:\n  title: [unclosed\n");
    Problem problem = e.problems().get(0);
    assertTrue(problem.isError());
    assertTrue(problem.line().isPresent(), problem.format());
    assertTrue(problem.format().startsWith("broken.yaml:"), problem.format());
  }

  @Test
  void everyProblemIsReportedWithFileLineAndPointer() throws Exception {
    SpecException e =
        failure(
            HEAD
                + "paths:\n"
                + post("/pets/get", "{$ref: '#/components/schemas/missing'}", null)
                + post(
                    "/pets/feed",
                    "{type: object, required: [pet_id], properties: {name: {type: string}}}",
                    null));
    List<Problem> errors = e.problems().stream().filter(Problem::isError).toList();
    Problem missing =
        errors.stream()
            .filter(p -> p.message().contains("does not resolve"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        1,
        errors.stream().filter(p -> p.message().contains("does not resolve")).count(),
        "one problem per place: " + e.getMessage());
    assertEquals(
        "#/paths/~1pets~1get/post/requestBody/content/application~1json/schema",
        missing.location().fragment());
    assertTrue(missing.format().matches("broken\\.yaml:\\d+:\\d+: error: .*"), missing.format());
    // Reported in the same run, though only a warning: the requirement is ignored.
    Problem undefined =
        e.problems().stream()
            .filter(p -> p.message().startsWith("required property 'pet_id' is not defined"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(e.getMessage()));
    assertTrue(
        undefined
            .format()
            .matches(
                "broken\\.yaml:\\d+:\\d+: warning: .*\\(at #/paths/"
                    + "~1pets~1feed/post/requestBody/content/application~1json/schema/required\\)\\. Define "
                    + "'pet_id' under properties, or remove it from required"),
        undefined.format());
  }

  @Test
  void aFileThatIsNotOpenApiIsRefused() throws Exception {
    SpecException e = failure("hello: world\n");
    assertFalse(e.problems().isEmpty());
  }
}
