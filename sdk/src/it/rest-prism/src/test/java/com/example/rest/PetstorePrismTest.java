package com.example.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.petstore.Petstore;
import com.example.petstore.model.Order;
import com.example.petstore.model.Pet;
import com.example.petstore.model.PetFindPetsByStatusRequestStatus;
import com.example.petstore.model.PetStatus;
import com.example.petstore.model.Tag;
import com.example.petstore.model.User;
import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.ApiResponse;
import dev.seamgen.runtime.FilePart;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation seamgen generates from OpenAPI's petstore, called against Prism: each request
 * must satisfy the spec (Prism logs every violation, and the test fails on any), and each answer
 * must decode into its Java type. Where the petstore declares no success answer at all (adding
 * a pet declares only 405), Prism answers with the first status declared, which must arrive as
 * an {@link ApiException} with that status.
 */
class PetstorePrismTest {
  private static PrismServer prism;
  private static Petstore petstore;

  @BeforeAll
  static void startPrism() throws Exception {
    prism = PrismServer.mock(PrismServer.example("petstore.json"));
    petstore = Petstore.builder()
        .endpoint(prism.url())
        .apiKey("special-key")
        .petstoreAuth("access-token")
        .maxRetries(0)
        .build();
  }

  @AfterAll
  static void stopPrism() {
    prism.close();
  }

  @AfterEach
  void prismFoundNoViolation() {
    assertEquals(List.of(), prism.violations(), prism::log);
  }

  /** Calls an operation whose spec declares only error answers. */
  private static void answers(int status, Runnable call) {
    ApiException e = assertThrows(ApiException.class, call::run);
    assertEquals(status, e.statusCode(), e.getMessage());
  }

  private static Pet doggie() {
    return Pet.builder()
        .name("doggie")
        .photoUrls(List.of("https://example.com/photo.png"))
        .tags(List.of(Tag.builder().id(1L).name("good").build()))
        .status(PetStatus.AVAILABLE)
        .build();
  }

  @Test
  void addAndUpdateAPetWithAJsonBody() {
    answers(405, () -> petstore.pet().addPet(r -> r.body(doggie())));
    answers(400, () -> petstore.pet().updatePet(r -> r.body(doggie().toBuilder().name("rex")
        .build())));
  }

  @Test
  void updateAPetWithAFormAndUploadAnImageAsMultipart() throws Exception {
    answers(405, () -> petstore.pet().updatePetWithForm(r -> r.petId(10L).name("rex & co")
        .status("sold")));
    Path image = Files.write(Files.createTempFile("doggie", ".png"), new byte[] {(byte) 0x89, 'P'});
    try {
      com.example.petstore.model.ApiResponse fromPath = petstore.pet().uploadFile(r -> r.petId(10L)
          .additionalMetadata("front view").file(FilePart.of(image).withContentType("image/png")));
      com.example.petstore.model.ApiResponse fromStream = petstore.pet().uploadFile(r -> r
          .petId(10L).file(FilePart.of(new ByteArrayInputStream(new byte[] {1, 2}), "side.bin")));

      assertNotNull(fromPath);
      assertNotNull(fromStream);
    } finally {
      Files.delete(image);
    }
  }

  @Test
  @SuppressWarnings("deprecation") // findPetsByTags is deprecated in the spec, and still works
  void findPetsByAnArrayQueryParameter() {
    List<Pet> byStatus = petstore.pet().findPetsByStatus(r -> r.status(List.of(
        PetFindPetsByStatusRequestStatus.AVAILABLE, PetFindPetsByStatusRequestStatus.SOLD)));
    List<Pet> byTags = petstore.pet().findPetsByTags(r -> r.tags(List.of("a", "b c")));

    assertFalse(byStatus.isEmpty());
    assertNotNull(byStatus.get(0).name());
    assertNotNull(byTags);
  }

  @Test
  void getAndDeleteAPetByPathParameter() {
    Pet pet = petstore.pet().getPetById(r -> r.petId(10L));
    answers(400, () -> petstore.pet().deletePet(r -> r.petId(10L).apiKey("special-key")));

    assertNotNull(pet.name());
  }

  @Test
  void storeOperations() {
    Map<String, Integer> inventory = petstore.store().getInventory();
    Order placed = petstore.store().placeOrder(r -> r.body(Order.builder()
        .petId(10L).quantity(1).shipDate(OffsetDateTime.parse("2026-11-29T10:15:30Z"))
        .complete(false).build()));
    Order order = petstore.store().getOrderById(r -> r.orderId(5L));
    answers(400, () -> petstore.store().deleteOrder(r -> r.orderId(5L)));

    assertNotNull(inventory);
    assertNotNull(placed);
    assertNotNull(order);
  }

  @Test
  void userOperations() {
    User user = User.builder().id(1L).username("jane").firstName("Jane").lastName("Doe")
        .email("jane@example.com").password("secret").phone("555").userStatus(1).build();
    petstore.user().createUser(r -> r.body(user));
    petstore.user().createUsersWithArrayInput(r -> r.body(List.of(user)));
    petstore.user().createUsersWithListInput(r -> r.body(List.of(user, user)));
    String session = petstore.user().loginUser(r -> r.username("jane").password("p&ss w/rd"));
    User found = petstore.user().getUserByName(r -> r.username("jane doe/1"));
    answers(400, () -> petstore.user().updateUser(r -> r.username("jane").body(user)));
    answers(400, () -> petstore.user().deleteUser(r -> r.username("jane")));
    petstore.user().logoutUser();

    assertNotNull(session);
    assertNotNull(found);
  }

  @Test
  void rawResponsesAndAsyncCallsToo() throws Exception {
    ApiResponse<Pet> raw = petstore.pet().withRawResponse().getPetById(r -> r.petId(10L));
    Pet async = petstore.async().pet().getPetById(r -> r.petId(10L)).get();

    assertEquals(200, raw.statusCode());
    assertEquals(raw.value().name(), async.name());
  }

  @Test
  void aMissingPathParameterFailsBeforeAnythingIsSent() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> petstore.pet().getPetById(r -> { }));
    assertTrue(missing.getMessage().contains("petId"), missing.getMessage());
  }

  @Test
  void prismReportsARequestThatBreaksTheSpec() throws Exception {
    // Not through the SDK: a path parameter that is not an integer, to show that the check
    // after each test would catch a request of the SDK's that broke the spec.
    try {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(prism.url() + "/pet/not-a-number")).header("api_key", "k").build(),
          HttpResponse.BodyHandlers.ofString());

      assertEquals(400, answer.statusCode(), "the petstore's answer to an invalid id");
      assertFalse(prism.violations().isEmpty(), prism::log);
    } finally {
      prism.clearLog();
    }
  }

  @Test
  void anErrorStatusIsAnApiException() {
    Petstore anonymous = Petstore.builder().endpoint(prism.url()).apiKey("special-key")
        .maxRetries(0).header("Prefer", "code=404").build();

    ApiException e = assertThrows(ApiException.class,
        () -> anonymous.pet().getPetById(r -> r.petId(10L)));

    assertEquals(404, e.statusCode());
  }
}
