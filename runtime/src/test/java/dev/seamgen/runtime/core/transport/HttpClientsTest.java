package dev.seamgen.runtime.core.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpClientsTest {
  @Test
  void aNewClientWaitsForAConnectionNoLongerThanTheTimeoutOrTenSeconds() {
    assertEquals(
        Optional.of(Duration.ofSeconds(3)),
        HttpClients.choose(null, true, Duration.ofSeconds(3)).connectTimeout());
    assertEquals(
        Optional.of(Duration.ofSeconds(10)),
        HttpClients.choose(null, true, Duration.ofMinutes(1)).connectTimeout());
  }

  @Test
  void aClientThatFollowsRedirectsIsRefusedOnlyWhenRequestsCarryCredentials() {
    HttpClient following =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> HttpClients.choose(following, true, Duration.ofSeconds(1)));

    assertTrue(e.getMessage().contains("followRedirects(HttpClient.Redirect.NEVER)"));
    assertSame(following, HttpClients.choose(following, false, Duration.ofSeconds(1)));
  }
}
