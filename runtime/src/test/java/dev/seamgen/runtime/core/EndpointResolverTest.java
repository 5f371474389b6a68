package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.core.auth.Environment;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointResolverTest {
  private static final Environment NONE = Environment.of(Map.of());
  private static final ServerUrl REGIONAL =
      ServerUrl.template("https://{region}.api.example.com/v1")
          .variable("region", "us", List.of("us", "eu"));

  private static EndpointResolver resolver() {
    return new EndpointResolver()
        .environmentVariable("TEST_ENDPOINT")
        .server(REGIONAL)
        .defaultEndpoint("https://default.example.com");
  }

  @Test
  void theFirstFoundWinsEndpointThenEnvironmentThenServerThenDefault() {
    Environment environment = Environment.of(Map.of("TEST_ENDPOINT", " http://127.0.0.1:8080/ "));

    assertEquals(
        "http://localhost:1",
        resolver().endpoint("http://localhost:1").resolve(environment).uri().toString());
    assertEquals(
        "http://127.0.0.1:8080",
        resolver().resolve(environment).uri().toString(),
        "the variable, stripped, without its trailing slash");
    assertEquals("https://us.api.example.com/v1", resolver().resolve(NONE).uri().toString());
    assertEquals(
        "https://default.example.com",
        new EndpointResolver()
            .defaultEndpoint("https://default.example.com/")
            .resolve(NONE)
            .uri()
            .toString());
  }

  @Test
  void aServerVariableIsSetByNameAndCheckedAgainstTheSpecEvenWhenTheEndpointIsSet() {
    assertEquals(
        "https://eu.api.example.com/v1",
        resolver().serverVariable("region", "eu").resolve(NONE).uri().toString());
    assertEquals(
        "unknown server variable zone; this client has [region]",
        assertThrows(IllegalArgumentException.class, () -> resolver().serverVariable("zone", "x"))
            .getMessage());
    assertEquals(
        "server variable region is 'ap'; it must be one of us, eu",
        assertThrows(
                IllegalStateException.class,
                () ->
                    resolver()
                        .serverVariable("region", "ap")
                        .endpoint("http://localhost:1")
                        .resolve(NONE))
            .getMessage());
  }

  @Test
  void onlyAUrlTheApplicationChoseOverridesAnOperationsOwnServer() {
    Endpoint ownServer = READ.withBaseUrl("https://uploads.example.com");

    BaseUrl chosen = resolver().endpoint("http://localhost:1").resolve(NONE);
    BaseUrl spec = resolver().resolve(NONE);

    assertTrue(chosen.chosen());
    assertEquals(URI.create("http://localhost:1"), chosen.forOperation(ownServer));
    assertFalse(spec.chosen());
    assertEquals(URI.create("https://uploads.example.com"), spec.forOperation(ownServer));
    assertEquals(URI.create("https://us.api.example.com/v1"), spec.forOperation(READ));
  }

  @Test
  void aUrlThatCannotBeABaseUrlIsRefusedNamingWhereItCameFromButNotEchoingIt() {
    Environment secretInUrl =
        Environment.of(Map.of("TEST_ENDPOINT", "https://user:hunter2@api.example.com"));

    String message =
        assertThrows(IllegalStateException.class, () -> resolver().resolve(secretInUrl))
            .getMessage();

    assertEquals(
        "TEST_ENDPOINT must not contain user info; pass credentials to their own setters", message);
    assertEquals(
        "endpoint must be a base URL, without query or fragment",
        assertThrows(
                IllegalStateException.class,
                () -> resolver().endpoint("https://api.example.com/?a=1").resolve(NONE))
            .getMessage());
    assertEquals(
        "no endpoint: set endpoint(...) or TEST_ENDPOINT",
        assertThrows(
                IllegalStateException.class,
                () -> new EndpointResolver().environmentVariable("TEST_ENDPOINT").resolve(NONE))
            .getMessage());
  }
}
