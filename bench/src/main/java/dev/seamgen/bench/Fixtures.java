package dev.seamgen.bench;

import java.nio.charset.StandardCharsets;

/** Canned {@code /connected_accounts/list} answers shaped like the API's, with every field set. */
public final class Fixtures {
  private Fixtures() {}

  /** A list answer of {@code count} accounts and a next-page cursor, as UTF-8 JSON. */
  public static byte[] listResponse(int count) {
    StringBuilder json = new StringBuilder(count * 1024 + 200).append("{\"connected_accounts\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(account(i));
    }
    json.append("],\"pagination\":{\"has_next_page\":true,\"next_page_cursor\":\"cursor-")
        .append(count)
        .append(
            "\",\"next_page_url\":\"https://connect.getseam.com/connected_"
                + "accounts/list?next_page_cursor=cursor\"},\"ok\":true}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String account(int i) {
    String id = String.format("%08d-4c5e-4a6f-9d3b-1b2c3d4e5f60", i);
    return "{\"connected_account_id\":\""
        + id
        + "\","
        + "\"created_at\":\"2025-06-15T16:54:17.946Z\","
        + "\"account_type\":\"salto_ks\",\"account_type_display_name\":\"Salto KS\","
        + "\"display_name\":\"jane"
        + i
        + "@example.com\","
        + "\"user_identifier\":{\"email\":\"jane"
        + i
        + "@example.com\",\"exclusive\":true},"
        + "\"errors\":[{\"error_code\":\"account_disconnected\",\"message\":\"The account was "
        + "disconnected.\",\"is_connected_account_error\":true,\"is_bridge_error\":false,"
        + "\"created_at\":\"2025-06-16T08:00:00.000Z\"}],"
        + "\"warnings\":[{\"warning_code\":\"scheduled_maintenance_window\",\"message\":"
        + "\"Maintenance is planned.\",\"created_at\":\"2025-06-16T08:00:00.000Z\","
        + "\"start_time\":\"2025-06-20T01:00:00.000Z\",\"end_time\":\"2025-06-20T03:00:00.000Z\"}],"
        + "\"custom_metadata\":{\"id\":\"internalId"
        + i
        + "\",\"vip\":true},"
        + "\"automatically_manage_new_devices\":true,"
        + "\"accepted_capabilities\":[\"lock\",\"thermostat\"],"
        + "\"customer_key\":\"customer-"
        + (i % 10)
        + "\","
        + "\"image_url\":\"https://connect.getseam.com/assets/images/logos/salto_ks_logo.png\"}";
  }
}
