package dev.seamgen.sdk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.MissingFieldException;
import dev.seamgen.runtime.core.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated models read what the API sends, keep what they do not know, and write it back. */
class ModelJsonTest {
  private final ObjectMapper json = Json.mapper();

  private static final String ACCOUNT =
      "{"
          + "\"connected_account_id\":\"john_connected_account_id\","
          + "\"created_at\":\"2025-06-15T16:54:17.946329Z\","
          + "\"account_type\":\"salto_space\","
          + "\"account_type_display_name\":\"Salto Space\","
          + "\"display_name\":\"j**n@example.com\","
          + "\"automatically_manage_new_devices\":true,"
          + "\"custom_metadata\":{\"id\":\"internalId1\",\"vip\":true},"
          + "\"accepted_capabilities\":[\"lock\",\"hologram\"],"
          + "\"errors\":[{\"error_code\":\"account_disconnected\",\"message\":\"reconnect\","
          + "\"created_at\":\"2023-06-27T22:50:19.440Z\",\"is_connected_account_error\":true},"
          + "{\"error_code\":\"brand_new_error\",\"message\":\"new\",\"created_at\":"
          + "\"2023-06-27T22:50:19.440Z\",\"severity\":\"high\"}],"
          + "\"warnings\":[{\"warning_code\":\"salto_ks_subscription_limit_almost_reached\","
          + "\"message\":\"80%\",\"created_at\":\"2023-06-27T22:50:19.440Z\",\"salto_ks_metadata\":"
          + "{\"sites\":[{\"site_id\":\"s1\",\"site_name\":\"Main\",\"site_user_subscription_limit\":"
          + "100,\"subscribed_site_user_count\":81}]}}],"
          + "\"user_identifier\":{\"email\":\"jane_doe@example.com\",\"exclusive\":true},"
          + "\"provider\":\"salto\",\"bridge_id\":null}";

  @Test
  @SuppressWarnings("deprecation") // userIdentifier() is deprecated in the API, still read here
  void everyFieldIsReadWithItsJavaType() throws Exception {
    ConnectedAccount account = json.readValue(ACCOUNT, ConnectedAccount.class);

    assertEquals("john_connected_account_id", account.connectedAccountId());
    assertEquals(
        OffsetDateTime.parse("2025-06-15T16:54:17.946329Z"), account.createdAt().orElseThrow());
    assertEquals("salto_space", account.accountType().orElseThrow());
    assertTrue(account.automaticallyManageNewDevices());
    assertEquals(Boolean.TRUE, account.customMetadata().get("vip"));
    assertEquals(
        "jane_doe@example.com", account.userIdentifier().orElseThrow().email().orElseThrow());
  }

  @Test
  void unknownEnumValuesAreKeptAndSentBackUnchanged() throws Exception {
    ConnectedAccount account = json.readValue(ACCOUNT, ConnectedAccount.class);

    AcceptedCapability hologram = account.acceptedCapabilities().get(1);
    assertEquals(AcceptedCapability.LOCK, account.acceptedCapabilities().get(0));
    assertEquals("hologram", hologram.value());
    assertFalse(hologram.isKnown());
    assertTrue(AcceptedCapability.values().stream().noneMatch(hologram::equals));
    assertEquals(AcceptedCapability.of("hologram"), hologram);
    assertEquals(
        "[\"lock\",\"hologram\"]", json.writeValueAsString(account.acceptedCapabilities()));
  }

  @Test
  void unionsHaveATypedVariantPerCodeAndKeepUnknownCodes() throws Exception {
    ConnectedAccount account = json.readValue(ACCOUNT, ConnectedAccount.class);

    ConnectedAccountError known = account.errors().get(0);
    ConnectedAccountError.AccountDisconnected disconnected =
        assertInstanceOf(ConnectedAccountError.AccountDisconnected.class, known);
    assertEquals(true, disconnected.isConnectedAccountError().orElseThrow());
    assertEquals("reconnect", known.message());

    ConnectedAccountError unknown = account.errors().get(1);
    ConnectedAccountError.Unknown kept =
        assertInstanceOf(ConnectedAccountError.Unknown.class, unknown);
    assertEquals("brand_new_error", unknown.errorCode());
    assertEquals("new", unknown.message());
    assertEquals("high", kept.additionalProperties().get("severity"));

    String described =
        unknown.accept(
            new ConnectedAccountError.Visitor<String>() {
              @Override
              public String visitAccountDisconnected(
                  ConnectedAccountError.AccountDisconnected value) {
                return "disconnected";
              }

              @Override
              public String visitBridgeDisconnected(
                  ConnectedAccountError.BridgeDisconnected value) {
                return "bridge";
              }

              @Override
              public String visitSaltoKsSubscriptionLimitExceeded(
                  ConnectedAccountError.SaltoKsSubscriptionLimitExceeded value) {
                return "salto";
              }

              @Override
              public String visitDormakabaSitesDisconnected(
                  ConnectedAccountError.DormakabaSitesDisconnected value) {
                return "dormakaba";
              }

              @Override
              public String visitUnknown(ConnectedAccountError.Unknown value) {
                return "unknown " + value.errorCode();
              }
            });
    assertEquals("unknown brand_new_error", described);

    ConnectedAccountWarning.SaltoKsSubscriptionLimitAlmostReached warning =
        assertInstanceOf(
            ConnectedAccountWarning.SaltoKsSubscriptionLimitAlmostReached.class,
            account.warnings().get(0));
    assertEquals(
        81, warning.saltoKsMetadata().sites().get(0).subscribedSiteUserCount().orElseThrow());
  }

  @Test
  void aRoundTripKeepsEveryFieldIncludingUnknownOnes() throws Exception {
    ConnectedAccount account = json.readValue(ACCOUNT, ConnectedAccount.class);

    JsonNode written = json.readTree(json.writeValueAsString(account));
    JsonNode original = json.readTree(ACCOUNT);
    assertEquals(original.get("provider"), written.get("provider"));
    JsonNode unknownError = written.get("errors").get(1);
    for (String field : List.of("error_code", "message", "severity")) {
      assertEquals(original.get("errors").get(1).get(field), unknownError.get(field), field);
    }
    assertEquals(
        OffsetDateTime.parse("2023-06-27T22:50:19.440Z"),
        OffsetDateTime.parse(unknownError.get("created_at").asText()),
        "timestamps keep their instant (Java may write fewer trailing zeros)");
    assertEquals(account, json.readValue(json.writeValueAsString(account), ConnectedAccount.class));
  }

  @Test
  void missingListsReadAsEmptyAndMissingScalarsFailOnlyWhenRead() throws Exception {
    ConnectedAccount sparse = json.readValue("{\"display_name\":\"x\"}", ConnectedAccount.class);

    assertEquals(List.of(), sparse.errors());
    assertEquals(Map.of(), sparse.customMetadata());
    assertEquals("x", sparse.displayName());
    MissingFieldException e = assertThrows(MissingFieldException.class, sparse::connectedAccountId);
    assertEquals("ConnectedAccount.connected_account_id was not in the response", e.getMessage());
    assertThrows(MissingFieldException.class, sparse::automaticallyManageNewDevices);
  }

  @Test
  void oddServerValuesDoNotBreakParsing() throws Exception {
    ConnectedAccount odd =
        json.readValue(
            "{\"connected_account_id\":\"not-a-uuid\","
                + "\"created_at\":\"yesterday\",\"image_url\":\"not a uri\"}",
            ConnectedAccount.class);

    assertEquals("not-a-uuid", odd.connectedAccountId());
    assertTrue(odd.createdAt().isEmpty(), "an unparseable timestamp reads as absent");
    assertEquals("not a uri", odd.imageUrl().orElseThrow());
  }

  @Test
  void explicitNullsReadAsAbsent() throws Exception {
    ConnectedAccount nulls =
        json.readValue(
            "{\"customer_key\":null,\"errors\":null," + "\"custom_metadata\":null}",
            ConnectedAccount.class);

    assertTrue(nulls.customerKey().isEmpty());
    assertEquals(List.of(), nulls.errors());
    assertEquals(Map.of(), nulls.customMetadata());
  }

  @Test
  void buildersCopyAndCompareByValue() {
    ConnectedAccount a =
        ConnectedAccount.builder()
            .connectedAccountId("a")
            .accountTypeDisplayName("August")
            .displayName("Jane")
            .automaticallyManageNewDevices(true)
            .build();
    ConnectedAccount b = a.toBuilder().displayName("John").build();

    assertEquals(a, a.toBuilder().build());
    assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
    assertNotEquals(a, b);
    assertEquals("John", b.displayName());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ConnectedAccount.builder().build());
    assertTrue(e.getMessage().contains("connectedAccountId"), e.getMessage());
  }
}
