package dev.seamgen.generator.read.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretPropertiesTest {
  @Test
  void markedPropertiesAreSecretWhateverTheirName() {
    Schema<Object> password = new Schema<>();
    password.setFormat("password");
    Schema<Object> writeOnly = new Schema<>();
    writeOnly.setWriteOnly(true);
    Schema<Object> plain = new Schema<>();
    assertTrue(SecretProperties.isSecret("pin", password, plain, List.of()));
    assertTrue(SecretProperties.isSecret("pin", plain, writeOnly, List.of()));
    assertTrue(SecretProperties.isSecret("pin", plain, plain, List.of(password)));
    assertFalse(SecretProperties.isSecret("pin", plain, plain, List.of()));
  }

  @Test
  void onlyNamesThatLeaveNoDoubtAreSecret() {
    for (String name :
        List.of(
            "auth_token",
            "authToken",
            "token",
            "password",
            "db_password",
            "client_secret",
            "webhook-secret",
            "api_key",
            "apiKey",
            "access_token")) {
      assertTrue(SecretProperties.isSecretName(name), name);
    }
    for (String name :
        List.of(
            "next_page_token",
            "token_count",
            "token_type",
            "secret_scanning_enabled",
            "password_changed_at",
            "name")) {
      assertFalse(SecretProperties.isSecretName(name), name);
    }
    Schema<Object> flag = new Schema<>();
    flag.setType("boolean");
    assertFalse(SecretProperties.isSecret("has_password", flag, flag, List.of()));
    Schema<Object> text = new Schema<>();
    text.setType("string");
    assertTrue(SecretProperties.isSecret("db_password", text, text, List.of()));
  }
}
