package dev.seamgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one Jackson configuration every generated SDK uses:
 *
 * <ul>
 *   <li>unknown properties never fail, since the API adds fields over time;
 *   <li>{@code java.time} types are read and written as ISO-8601 strings, keeping the offset the
 *       server sent;
 *   <li>{@code Optional} is understood, so a request can send an explicit JSON null;
 *   <li>a timestamp that does not parse reads as null instead of failing the whole answer.
 * </ul>
 *
 * <p>Null handling is left to the generated classes, which annotate themselves.
 */
public final class ObjectMappers {
  private static final ObjectMapper MAPPER = create();

  private ObjectMappers() {}

  /** The shared mapper; thread-safe, configured once. Do not reconfigure it. */
  public static ObjectMapper shared() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    SimpleModule lenient = new SimpleModule("seamgen-lenient");
    lenient.addDeserializer(OffsetDateTime.class, new LenientOffsetDateTime());
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        // Registered after JavaTimeModule so that its OffsetDateTime reader wins.
        .addModule(lenient)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * Reads an ISO-8601 timestamp with its offset, or null for anything else. Seam's fake server, and
   * occasionally old records, carry odd values in {@code date-time} fields; one bad timestamp must
   * not make the rest of a connected account unreadable.
   */
  static final class LenientOffsetDateTime extends JsonDeserializer<OffsetDateTime> {
    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        // Consume the whole value so that parsing resumes after it.
        parser.skipChildren();
        return null;
      }
      if (token != JsonToken.VALUE_STRING) {
        return null;
      }
      String text = parser.getText().strip();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return IsoTimestamp.parse(text);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }
}
