package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.RequestOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Server URLs with variables, the client's base URL made from them, and operations with servers of
 * their own.
 */
class ServerUrlTest {
  private static final ServerUrl SERVER =
      ServerUrl.template("https://{region}.api.example.com/{version}")
          .variable("region", "us", List.of("us", "eu"))
          .variable("version", "v2", List.of());

  private static ClientOptions.Builder options() {
    return ClientOptions.builder(AuthConfig.none())
        .server(SERVER)
        .endpointEnvironmentVariable("TEST_ENDPOINT")
        .environment(Map.of());
  }

  @Test
  void variablesTakeTheirDefaultsUnlessSet() {
    assertEquals("https://us.api.example.com/v2", SERVER.expand(Map.of()));
    assertEquals(
        "https://eu.api.example.com/v3-beta",
        SERVER.expand(Map.of("region", "eu", "version", "v3-beta")));
    assertEquals(List.of("region", "version"), SERVER.variableNames());
  }

  @Test
  void aValueOutsideTheEnumNamesTheVariableAndTheAllowedValues() {
    assertEquals(
        "server variable region is 'mars'; it must be one of us, eu",
        assertThrows(IllegalArgumentException.class, () -> SERVER.expand(Map.of("region", "mars")))
            .getMessage());
  }

  @Test
  void aValueThatCouldLeadToAnotherHostIsRefused() {
    ServerUrl open =
        ServerUrl.template("https://{tenant}.example.com").variable("tenant", "a", List.of());

    for (String value : List.of("evil.com/x", "me@evil.com", "a?b", "a b", "")) {
      assertEquals(
          "server variable tenant may hold only letters, digits and . _ ~ -, which cannot change"
              + " where the URL leads",
          assertThrows(IllegalArgumentException.class, () -> open.expand(Map.of("tenant", value)))
              .getMessage(),
          value);
    }
  }

  @Test
  void anUndeclaredVariableIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ServerUrl.template("https://x.example.com").variable("region", "us", List.of()));
    assertEquals(
        "server URL variable {region} is not declared",
        assertThrows(
                IllegalStateException.class,
                () -> ServerUrl.template("https://{region}.example.com").expand(Map.of()))
            .getMessage());
  }

  @Test
  void theClientsBaseUrlComesFromTheVariables() {
    assertEquals("https://us.api.example.com/v2", options().build().endpoint().toString());
    assertEquals(
        "https://eu.api.example.com/v2",
        options().serverVariable("region", "eu").build().endpoint().toString());
  }

  @Test
  void buildChecksTheVariablesEvenWhenTheEndpointIsSet() {
    assertEquals(
        "server variable region is 'mars'; it must be one of us, eu",
        assertThrows(
                IllegalStateException.class,
                () ->
                    options()
                        .serverVariable("region", "mars")
                        .endpoint("http://127.0.0.1:9")
                        .build())
            .getMessage());
    assertEquals(
        "unknown server variable zone; this client has [region, version]",
        assertThrows(IllegalArgumentException.class, () -> options().serverVariable("zone", "a"))
            .getMessage());
  }

  @Test
  void anOperationsOwnServerIsUsedUnlessTheEndpointIsSet() {
    Endpoint upload =
        Endpoint.write("files.upload", "POST", "/files").withBaseUrl("https://files.example.com/");
    Endpoint list = Endpoint.read("files.list", "GET", "/files");

    assertEquals("https://files.example.com/files", uri(options(), upload));
    assertEquals("https://us.api.example.com/v2/files", uri(options(), list));
    assertEquals("http://127.0.0.1:9/files", uri(options().endpoint("http://127.0.0.1:9"), upload));
    assertEquals(
        "http://127.0.0.1:8/files",
        uri(options().environment(Map.of("TEST_ENDPOINT", "http://127.0.0.1:8")), upload));
  }

  @Test
  void anOperationsServerMustBeAnHttpBaseUrl() {
    Endpoint endpoint = Endpoint.read("files.list", "GET", "/files");

    assertEquals(
        "files.list's server URL must be an http or https URL with a host",
        assertThrows(IllegalStateException.class, () -> endpoint.withBaseUrl("ftp://x.example"))
            .getMessage());
  }

  @Test
  void aFailureNamesTheHostTheOperationWentTo() throws Exception {
    Endpoint upload =
        Endpoint.write("files.upload", "POST", "/files").withBaseUrl(TestServer.refusingUrl());
    ApiCore core = ApiCore.create(options().maxRetries(0).build());

    ConnectionException e =
        assertThrows(
            ConnectionException.class,
            () ->
                core.call(
                    upload, WireRequest.empty(), RequestOptions.none(), ResponseReader.none()));

    assertTrue(e.getMessage().startsWith("files.upload to 127.0.0.1 failed"), e.getMessage());
  }

  private static String uri(ClientOptions.Builder options, Endpoint endpoint) {
    return new RequestWriter(options.build(), Json.mapper())
        .write(endpoint, WireRequest.empty(), RequestOptions.none(), false)
        .uri()
        .toString();
  }
}
