package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.problem.Problem;
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
}
