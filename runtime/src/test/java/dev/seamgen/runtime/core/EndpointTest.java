package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointTest {
  @Test
  void readsAndWritesKeepTheirParts() {
    Endpoint get = Endpoint.read("connected_accounts.get", "post", "/connected_accounts/get");
    Endpoint update =
        Endpoint.write("connected_accounts.update", "POST", "/connected_accounts/update");

    assertTrue(get.isRetrySafe());
    assertFalse(update.isRetrySafe());
    assertEquals("connected_accounts.get", get.name());
    assertEquals("POST", get.method(), "methods are upper case");
    assertEquals("/connected_accounts/get", get.path());
    assertEquals(
        "connected_accounts.update (POST /connected_accounts/update, not retry-safe)",
        update.toString());
  }

  @Test
  void ofTakesRetrySafetyFromTheCaller() {
    Endpoint delete = Endpoint.of("pet.deletePet", "DELETE", "/pet/{petId}", true);
    Endpoint create = Endpoint.of("pet.addPet", "POST", "/pet", false);

    assertTrue(delete.isRetrySafe());
    assertFalse(create.isRetrySafe());
    assertEquals("/pet/{petId}", delete.path());
    assertEquals("pet.deletePet (DELETE /pet/{petId}, retry-safe)", delete.toString());
  }

  @Test
  void theTemplateIsFilledOnlyFromItsParameters() {
    Endpoint endpoint = Endpoint.of("a", "GET", "/stores/{storeId}/pets/{petId}.json", true);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("storeId", "s%201");
    values.put("petId", "10");

    assertEquals("/stores/s%201/pets/10.json", endpoint.expandPath(values));
    assertEquals("/things/list", Endpoint.read("b", "GET", "/things/list").expandPath(Map.of()));
  }

  @Test
  void aParameterWithoutAValueIsNamed() {
    Endpoint endpoint = Endpoint.of("pet.getPetById", "GET", "/pet/{petId}", true);

    assertEquals(
        "pet.getPetById: no value for path parameter 'petId' of /pet/{petId}",
        assertThrows(IllegalArgumentException.class, () -> endpoint.expandPath(Map.of()))
            .getMessage());
    assertEquals(
        "pet.getPetById: path parameter 'id' is not in /pet/{petId}",
        assertThrows(
                IllegalArgumentException.class,
                () -> endpoint.expandPath(Map.of("petId", "1", "id", "2")))
            .getMessage());
  }

  @Test
  void aValueCannotSendTheRequestToAnotherPath() {
    Endpoint endpoint = Endpoint.of("pet.deletePet", "DELETE", "/pet/{petId}/tags", true);

    assertEquals(
        "pet.deletePet: path parameter 'petId' is empty, which would send the request "
            + "to another path; give it a value",
        assertThrows(IllegalArgumentException.class, () -> endpoint.expandPath(Map.of("petId", "")))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> endpoint.expandPath(Map.of("petId", "..")))
            .getMessage()
            .contains("makes the path segment '..'"));
    assertEquals("/pet/a.b/tags", endpoint.expandPath(Map.of("petId", "a.b")));
    assertEquals("/x/.y", Endpoint.of("l", "GET", "/x/.{p}", true).expandPath(Map.of("p", "y")));
  }

  @Test
  void literalTextIsEncodedWhereTheUriNeedsIt() {
    Endpoint endpoint = Endpoint.of("a", "GET", "/files/my docs|v2/{name}/caf\u00e9;x=1@h:9", true);

    assertEquals(
        "/files/my%20docs%7Cv2/n/caf%C3%A9;x=1@h:9", endpoint.expandPath(Map.of("name", "n")));
    assertEquals(
        "/a%20b",
        Endpoint.read("b", "GET", "/a%20b").expandPath(Map.of()), "an encoded triplet is kept");
  }

  @Test
  void malformedPartsAreRefused() {
    assertEquals(
        "path 'things' does not start with /",
        assertThrows(IllegalArgumentException.class, () -> Endpoint.read("a", "GET", "things"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Endpoint.read("a", "GE T", "/x"));
    assertThrows(IllegalArgumentException.class, () -> Endpoint.read(" ", "GET", "/x"));
    assertEquals(
        "name == null",
        assertThrows(NullPointerException.class, () -> Endpoint.write(null, "GET", "/x"))
            .getMessage());
  }

  @Test
  void malformedTemplatesAreRefusedWithTheProblem() {
    assertEquals("path '/pet/{petId' has an unclosed '{'", refused("/pet/{petId"));
    assertEquals("path '/pet/petId}' has a '}' without a '{' before it", refused("/pet/petId}"));
    assertEquals("path '/pet/{}' has a parameter without a name", refused("/pet/{}"));
    assertEquals("path '/pet/{a{b}}' has a '{' inside a parameter", refused("/pet/{a{b}}"));
  }

  private static String refused(String template) {
    return assertThrows(
            IllegalArgumentException.class, () -> Endpoint.of("a", "GET", template, true))
        .getMessage();
  }
}
