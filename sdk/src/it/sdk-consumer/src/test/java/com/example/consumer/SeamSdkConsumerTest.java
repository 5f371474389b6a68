package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.seamgen.sdk.Seam;
import dev.seamgen.sdk.connectedaccounts.ConnectedAccountsGetRequest;
import dev.seamgen.sdk.model.ConnectedAccount;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uses the SDK as an application would, from the published artifact alone. */
class SeamSdkConsumerTest {
  @Test
  void getsAConnectedAccount() throws Exception {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/connected_accounts/get", exchange -> {
      byte[] body = ("{\"connected_account\":{\"connected_account_id\":\"acc_1\","
          + "\"display_name\":\"Jane\",\"custom_metadata\":{\"vip\":true}},\"ok\":true}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      Seam seam = Seam.builder().apiKey("seam_test_key")
          .endpoint("http://127.0.0.1:" + server.getAddress().getPort()).build();

      ConnectedAccount account = seam.connectedAccounts().get(
          ConnectedAccountsGetRequest.builder().connectedAccountId("acc_1").build());

      assertEquals("Jane", account.displayName());
      assertEquals(Boolean.TRUE, account.customMetadata().get("vip"));
    } finally {
      server.stop(0);
    }
  }
}
