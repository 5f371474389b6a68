package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EndpointTest {
  @Test
  void readsAndWritesKeepTheirParts() {
    Endpoint get = Endpoint.read("connected_accounts.get", "post", "/connected_accounts/get");
    Endpoint update = Endpoint.write("connected_accounts.update", "POST",
        "/connected_accounts/update");

    assertTrue(get.isRead());
    assertFalse(update.isRead());
    assertEquals("connected_accounts.get", get.name());
    assertEquals("POST", get.method(), "methods are upper case");
    assertEquals("/connected_accounts/get", get.path());
    assertEquals("connected_accounts.update (POST /connected_accounts/update, write)",
        update.toString());
  }

  @Test
  void malformedPartsAreRefused() {
    assertEquals("path 'things' does not start with /", assertThrows(
        IllegalArgumentException.class, () -> Endpoint.read("a", "GET", "things")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Endpoint.read("a", "GE T", "/x"));
    assertThrows(IllegalArgumentException.class, () -> Endpoint.read(" ", "GET", "/x"));
    assertEquals("name == null", assertThrows(NullPointerException.class,
        () -> Endpoint.write(null, "GET", "/x")).getMessage());
  }
}
