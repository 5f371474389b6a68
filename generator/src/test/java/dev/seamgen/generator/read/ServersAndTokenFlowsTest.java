package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.ServerTemplate;
import dev.seamgen.generator.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server URL variables, path- and operation-level servers, and OAuth2 client credentials flows as
 * {@link SpecReader} reads them.
 */
class ServersAndTokenFlowsTest {
  @TempDir Path dir;

  private final List<Problem> warnings = new ArrayList<>();

  private ApiModel read(String yaml) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\n" + yaml);
    return SpecReader.read(spec, warnings::add);
  }

  private static final String PATHS =
      """
      paths:
        /pets:
          get:
            responses: {'200': {description: OK}}
        /files:
          servers:
            - url: https://files.example.test/{v}
              variables: {v: {default: v9}}
          get:
            responses: {'200': {description: OK}}
          put:
            servers: [{url: 'https://upload.example.test'}]
            responses: {'200': {description: OK}}
      """;

  @Test
  void serverVariablesBecomeSettersWithTheirDefaultsAndEnums() throws Exception {
    ApiModel model =
        read(
            """
            servers:
              - url: https://{region}.example.test/{timeout}
                variables:
                  region: {default: us, enum: [us, eu], description: The region.}
                  timeout: {default: v1}
            """
                + PATHS);

    assertEquals(Optional.of("https://us.example.test/v1"), model.defaultServerUrl());
    assertEquals(
        Optional.of(
            new ServerTemplate(
                "https://{region}.example.test/{timeout}",
                List.of(
                    new ServerTemplate.Variable(
                        "region", "region", "us", List.of("us", "eu"), "The region."),
                    // A builder setter has this name already.
                    new ServerTemplate.Variable(
                        "timeout", "timeoutVariable", "v1", List.of(), "")))),
        model.serverTemplate());
    assertEquals(List.of(), warnings);
  }

  @Test
  void aVariableWhoseValuesCouldMoveTheHostIsNotSettable() throws Exception {
    ApiModel model =
        read(
            """
            servers:
              - url: https://{tenant}.example.test
                variables:
                  tenant: {default: a, enum: [a, 'evil.test/x']}
            """
                + PATHS);

    assertEquals(Optional.of("https://a.example.test"), model.defaultServerUrl());
    assertEquals(Optional.empty(), model.serverTemplate());
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(
        warnings.get(0).message().contains("could change where the URL leads"), warnings::toString);
  }

  @Test
  void pathAndOperationServersGiveThoseOperationsTheirOwnBaseUrl() throws Exception {
    ApiModel model = read("servers: [{url: 'https://api.example.test'}]\n" + PATHS);

    List<String> bases =
        model.allResources().stream()
            .flatMap(r -> r.operations().stream())
            .map(o -> o.httpMethod() + " " + o.path() + " " + o.serverUrl().orElse("-"))
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "GET /files https://files.example.test/v9",
            "GET /pets -",
            "PUT /files https://upload.example.test"),
        bases);
  }

  @Test
  void anOperationServerThatCannotBeUsedIsWarnedOfAndLeftOut() throws Exception {
    ApiModel model =
        read(
            """
            paths:
              /pets:
                get:
                  servers: [{url: 'ftp://pets.example.test'}]
                  responses: {'200': {description: OK}}
            """);

    Operation get = model.allResources().get(0).operations().get(0);
    assertEquals(Optional.empty(), get.serverUrl());
    assertEquals(
        "server URL 'ftp://pets.example.test' is not a valid http or https URL, so the operation is"
            + " sent to the client's endpoint",
        warnings.get(0).message());
  }

  @Test
  void aClientCredentialsFlowGivesItsTokenUrlAndScopes() throws Exception {
    ApiModel model =
        read(
            PATHS
                + """
                components:
                  securitySchemes:
                    oauth:
                      type: oauth2
                      flows:
                        implicit: {authorizationUrl: 'https://example.test/auth', scopes: {}}
                        clientCredentials:
                          tokenUrl: /oauth/token
                          scopes: {'pets:read': Read., 'bad scope': Refused.}
                    plain:
                      type: oauth2
                      flows: {implicit: {authorizationUrl: 'https://example.test/auth', scopes: {}}}
                    remote:
                      type: oauth2
                      flows:
                        clientCredentials: {tokenUrl: 'ftp://example.test/token', scopes: {}}
                """);

    List<Optional<Auth.TokenFlow>> flows =
        model.auth().credentials().stream().map(Auth.Credential::clientCredentials).toList();
    assertEquals(
        List.of(
            Optional.of(new Auth.TokenFlow("/oauth/token", List.of("pets:read"))),
            Optional.empty(),
            Optional.empty()),
        flows);
    assertEquals(
        List.of(
            "scope 'bad scope' is not a valid OAuth2 scope and is not asked for",
            "token URL 'ftp://example.test/token' is not an http or https URL, so the client"
                + " cannot get tokens itself"),
        warnings.stream().map(Problem::message).toList());
  }

  @Test
  void aSchemeWhoseGrantSettersAreTakenGetsANumberedName() throws Exception {
    ApiModel model =
        read(
            PATHS
                + """
                components:
                  securitySchemes:
                    oauthTokenUrl: {type: http, scheme: bearer}
                    oauth:
                      type: oauth2
                      flows: {clientCredentials: {tokenUrl: /token, scopes: {}}}
                """);

    assertEquals(
        List.of("oauthTokenUrl", "oauth2"),
        model.auth().credentials().stream().map(Auth.Credential::name).toList());
    assertEquals(
        List.of(
            "security scheme 'oauth' would have the setter oauthTokenUrl(...), which scheme"
                + " 'oauthTokenUrl' has already; its setter is called oauth2(...) instead"),
        warnings.stream().map(Problem::message).toList());
  }
}
