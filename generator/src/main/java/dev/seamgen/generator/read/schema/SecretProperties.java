package dev.seamgen.generator.read.schema;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which properties hold secrets that a model's {@code toString()} must not print: those the spec
 * marks {@code format: password} or {@code writeOnly}, and text whose name leaves no doubt. The
 * names are few on purpose: {@code token} alone is a secret, but a name that may be a cursor or a
 * count ({@code next_page_token}, {@code token_count}) is not one.
 */
final class SecretProperties {
  /** Whole names (in snake case) that are secrets. */
  private static final Set<String> NAMES =
      Set.of(
          "api_key",
          "apikey",
          "access_token",
          "refresh_token",
          "auth_token",
          "id_token",
          "session_token",
          "bearer_token",
          "private_key",
          "secret_key",
          "token");

  /** Last words (in snake case) that make a name a secret: {@code db_password}, {@code secret}. */
  private static final Set<String> LAST_WORDS = Set.of("password", "passphrase", "secret");

  private SecretProperties() {}

  /**
   * Whether the property {@code wireName}, declared as {@code declared} (which may be a {@code
   * $ref}), resolving to {@code target} and annotated by {@code annotations} (the annotation-only
   * parts of its {@code allOf}), holds a secret.
   */
  static boolean isSecret(
      String wireName, Schema<?> declared, Schema<?> target, List<Schema<?>> annotations) {
    return marked(declared)
        || marked(target)
        || annotations.stream().anyMatch(SecretProperties::marked)
        || (isSecretName(wireName) && isStringOrUntyped(target));
  }

  /** A name only makes text a secret: {@code has_password} is a boolean, not a password. */
  private static boolean isStringOrUntyped(Schema<?> target) {
    String type = Schemas.type(target);
    return type == null || "string".equals(type);
  }

  private static boolean marked(Schema<?> schema) {
    return "password".equals(schema.getFormat()) || Boolean.TRUE.equals(schema.getWriteOnly());
  }

  /** Whether {@code wireName} (snake, kebab or camel case) names a secret. */
  static boolean isSecretName(String wireName) {
    String snake =
        wireName
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .replace('-', '_')
            .toLowerCase(Locale.ROOT);
    if (NAMES.contains(snake)) {
      return true;
    }
    return LAST_WORDS.contains(snake.substring(snake.lastIndexOf('_') + 1));
  }
}
