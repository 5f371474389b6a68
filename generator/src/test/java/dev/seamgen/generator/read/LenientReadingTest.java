package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef;
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

/**
 * Broken but usable specs, read leniently: a warning at the place that is wrong, and the rest
 * generated.
 */
class LenientReadingTest {
  @TempDir Path dir;

  private final List<Problem> warnings = new ArrayList<>();

  private ApiModel read(String yaml) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\n" + yaml);
    return SpecReader.read(spec, warnings::add);
  }

  private static final String TWO_OPERATIONS =
      """
      paths:
        /pets:
          get:
            security: [{keyless: []}, {token: []}]
            responses: {'200': {description: OK}}
        /owners:
          get:
            security: [{keyless: []}]
            responses: {'200': {description: OK}}
      """;

  @Test
  void anApiKeyWithoutANameIsLeftOutWithAWarningAtTheScheme() throws Exception {
    ApiModel model =
        read(
            TWO_OPERATIONS
                + """
                components:
                  securitySchemes:
                    token: {type: http, scheme: bearer}
                    keyless:
                      type: apiKey
                      in: header
                """);

    assertEquals(
        List.of("token"), model.auth().credentials().stream().map(Auth.Credential::name).toList());
    List<Operation> operations =
        model.allResources().stream().flatMap(r -> r.operations().stream()).toList();
    assertEquals(
        List.of(Optional.of(List.of(List.of("token"))), Optional.of(List.of())),
        operations.stream().map(Operation::security).toList());
    Problem warning = warnings.get(0);
    assertEquals(
        "API key 'keyless' has no name, so the client cannot send it; the scheme is left out of"
            + " the client and of the operations' security",
        warning.message());
    assertEquals("/components/securitySchemes/keyless", warning.location().pointer());
    assertEquals(Optional.of(15), warning.line());
    assertEquals(1, warnings.size(), warnings::toString);
  }

  @Test
  void twoSchemesWithTheSameSetterNameGetDistinctOnesFromTheirKeys() throws Exception {
    ApiModel model =
        read(
            TWO_OPERATIONS.replace("keyless", "partner")
                + """
                components:
                  securitySchemes:
                    token:
                      type: oauth2
                      flows: {clientCredentials: {tokenUrl: /token, scopes: {}}}
                    partner:
                      type: oauth2
                      x-seamgen-credential: {name: token}
                      flows: {clientCredentials: {tokenUrl: /partner/token, scopes: {}}}
                """);

    assertEquals(
        List.of("token", "partner"),
        model.auth().credentials().stream().map(Auth.Credential::name).toList());
    assertEquals(
        List.of(
            "security scheme 'partner' would have the setter token(...), which scheme 'token' has"
                + " already; its setter is called partner(...) instead"),
        warnings.stream().map(Problem::message).toList());
    assertEquals("/components/securitySchemes/partner", warnings.get(0).location().pointer());
    assertEquals(Optional.of(17), warnings.get(0).line());
  }

  private static final String MISSING_FILE =
      """
      paths:
        /pets:
          get:
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema:
                      $ref: './missing.yaml#/Pet'
      components:
        schemas:
          Owner:
            type: object
            properties:
              pet:
                $ref: 'missing.yaml#/components/schemas/Pet'
              name: {type: string}
      """;

  @Test
  void aSchemaInAMissingFileIsReadAsUntypedJsonWithAWarningAtEachRef() throws Exception {
    ApiModel model = read(MISSING_FILE);

    TypeDef.ObjectType owner =
        (TypeDef.ObjectType)
            model.types().stream().filter(t -> t.name().equals("Owner")).findFirst().orElseThrow();
    assertEquals(
        List.of(new TypeRef.AnyOf(List.of()), new TypeRef.Primitive(TypeRef.Kind.STRING)),
        owner.properties().stream().map(Property::type).toList());
    assertEquals(1, model.allResources().size());
    assertEquals(
        List.of(
            "spec.yaml:12:17: warning: reference './missing.yaml#/Pet' names a file that does not"
                + " exist; its schema is read as untyped JSON (at"
                + " #/paths/~1pets/get/responses/200/content/application~1json/schema/$ref). Create"
                + " the file, or fix the $ref; its path is relative to the spec's folder",
            "spec.yaml:19:11: warning: reference 'missing.yaml#/components/schemas/Pet' names a"
                + " file that does not exist; its schema is read as untyped JSON (at"
                + " #/components/schemas/Owner/properties/pet/$ref). Create the file, or fix the"
                + " $ref; its path is relative to the spec's folder"),
        warnings.stream().map(Problem::format).toList());
  }

  @Test
  void anOpenApi31SpecReadsAMissingFileTheSameWay() throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, "openapi: 3.1.0\ninfo: {title: Pets, version: '1'}\n" + MISSING_FILE);

    ApiModel model = SpecReader.read(spec, warnings::add);

    assertEquals(1, model.allResources().size());
    assertEquals(
        List.of(
            "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref",
            "/components/schemas/Owner/properties/pet/$ref"),
        warnings.stream().map(w -> w.location().pointer()).toList());
  }

  @Test
  void aMissingFileOutsideTheSpecsFolderIsStillRefused() throws Exception {
    SpecException refused =
        assertThrows(
            SpecException.class,
            () -> read(MISSING_FILE.replace("missing.yaml", "../missing.yaml")));

    assertTrue(refused.getMessage().contains("outside the spec's folder"), refused::getMessage);
  }
}
