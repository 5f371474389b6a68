package dev.seamgen.sdk.connectedaccounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.core.Json;
import dev.seamgen.sdk.model.AcceptedCapability;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request builders refuse what the spec forbids, naming it, and send exactly what was set. */
class RequestValidationTest {
  private final ObjectMapper json = Json.mapper();

  private static ConnectedAccountsUpdateRequest.Builder update() {
    return ConnectedAccountsUpdateRequest.builder().connectedAccountId("acc_1");
  }

  private static String refused(ConnectedAccountsUpdateRequest.Builder builder) {
    return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
  }

  @Test
  void aMissingRequiredValueIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> ConnectedAccountsUpdateRequest.builder().build());
    assertEquals(
        "ConnectedAccountsUpdateRequest: missing required connectedAccountId", e.getMessage());
  }

  @Test
  void customMetadataLimitsAreCheckedNamingTheKey() {
    Map<String, Object> tooMany = new LinkedHashMap<>();
    for (int i = 0; i < 51; i++) {
      tooMany.put("key" + i, "v");
    }
    assertTrue(refused(update().customMetadata(tooMany)).contains("at most 50 keys"));

    String longKey = "k".repeat(41);
    String message = refused(update().customMetadata(Map.of(longKey, "v")));
    assertTrue(message.contains(longKey) && message.contains("at most 40"), message);

    message = refused(update().customMetadata(Map.of("note", "x".repeat(501))));
    assertTrue(message.contains("['note']") && message.contains("at most 500"), message);

    message = refused(update().customMetadata(Map.of("count", 3)));
    assertTrue(
        message.contains("['count'] is a Integer") && message.contains("String or Boolean"),
        message);
  }

  @Test
  void valuesAtTheLimitsAreAccepted() {
    Map<String, Object> fifty = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      fifty.put("k".repeat(38) + String.format("%02d", i), i % 2 == 0 ? "x".repeat(500) : true);
    }
    update().customMetadata(fifty).displayName("d".repeat(255)).build();
  }

  @Test
  void stringLengthsAreChecked() {
    assertTrue(refused(update().displayName("")).contains("displayName must be at least 1"));
    assertTrue(
        refused(update().displayName("d".repeat(256))).contains("displayName must be at most 255"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ConnectedAccountsListRequest.builder().search("").build());
  }

  @Test
  void onlyWhatWasSetIsSent() throws Exception {
    assertEquals("{\"connected_account_id\":\"acc_1\"}", json.writeValueAsString(update().build()));
    assertEquals(
        "{\"connected_account_id\":\"acc_1\",\"accepted_capabilities\":[\"lock\","
            + "\"camera\",\"doorbell\"],\"automatically_manage_new_devices\":false}",
        json.writeValueAsString(
            update()
                .acceptedCapabilities(
                    List.of(
                        AcceptedCapability.LOCK,
                        AcceptedCapability.CAMERA,
                        AcceptedCapability.of("doorbell")))
                .automaticallyManageNewDevices(false)
                .build()));
  }

  @Test
  void nullIsSentExplicitlyWhereTheSpecAllowsIt() throws Exception {
    Map<String, Object> metadata = new HashMap<>();
    metadata.put("old", null);
    assertEquals(
        "{\"connected_account_id\":\"acc_1\",\"custom_metadata\":{\"old\":null}}",
        json.writeValueAsString(update().customMetadata(metadata).build()),
        "a null metadata value removes that key");
    assertEquals(
        "{\"page_cursor\":null}",
        json.writeValueAsString(ConnectedAccountsListRequest.builder().pageCursor(null).build()));
    assertEquals("{}", json.writeValueAsString(ConnectedAccountsListRequest.builder().build()));
  }
}
