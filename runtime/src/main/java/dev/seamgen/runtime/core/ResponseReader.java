package dev.seamgen.runtime.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.core.response.Envelope;
import dev.seamgen.runtime.core.response.ReaderCache;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * How a 2xx answer becomes the value an operation returns. Seam wraps results in an envelope such
 * as {@code {"connected_account": {...}, "ok": true}}; {@link #field} unwraps one property.
 *
 * @param <T> the value's type
 */
public final class ResponseReader<T> {
  private static final ResponseReader<Void> NONE = new ResponseReader<>(null, null, false);
  private static final ResponseReader<String> TEXT = new ResponseReader<>(null, String.class, true);

  private final String key;
  private final Type type;
  private final boolean text;
  private final ReaderCache reader;

  private ResponseReader(String key, Type type) {
    this(key, type, false);
  }

  private ResponseReader(String key, Type type, boolean text) {
    this.key = key;
    this.type = type;
    this.text = text;
    this.reader =
        new ReaderCache(mapper -> mapper.readerFor(mapper.getTypeFactory().constructType(type)));
  }

  /** Ignores the body: for operations that return nothing. The value is null. */
  public static ResponseReader<Void> none() {
    return NONE;
  }

  /**
   * Reads a {@code text/*} answer whole as a string, in the charset its {@code Content-Type} names
   * (UTF-8 when it names none).
   */
  public static ResponseReader<String> text() {
    return TEXT;
  }

  /** Reads one property of the answer's envelope, such as {@code connected_account}. */
  public static <T> ResponseReader<T> field(String key, Class<T> type) {
    return new ResponseReader<>(
        Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(type, "type == null"));
  }

  /** Reads one property of the envelope, of a generic type such as {@code List<Device>}. */
  public static <T> ResponseReader<T> field(String key, TypeReference<T> type) {
    return new ResponseReader<>(
        Objects.requireNonNull(key, "key == null"),
        Objects.requireNonNull(type, "type == null").getType());
  }

  /** Reads the whole answer. */
  public static <T> ResponseReader<T> body(Class<T> type) {
    return new ResponseReader<>(null, Objects.requireNonNull(type, "type == null"));
  }

  /** Reads the whole answer, of a generic type. */
  public static <T> ResponseReader<T> body(TypeReference<T> type) {
    return new ResponseReader<>(null, Objects.requireNonNull(type, "type == null").getType());
  }

  boolean ignoresBody() {
    return type == null;
  }

  /** Whether the answer is text rather than JSON. */
  boolean readsText() {
    return text;
  }

  /** The text of a {@link #text()} answer as this reader's value: {@code T} is String then. */
  @SuppressWarnings("unchecked")
  T cast(String answer) {
    if (!text) {
      throw new IllegalStateException(this + " does not read text");
    }
    return (T) answer;
  }

  /** Whether the request asks for JSON: it does unless the answer is ignored or text. */
  boolean readsJson() {
    return !ignoresBody() && !text;
  }

  /**
   * The value in the answer {@code body} is positioned on the first token of. The answer is read in
   * one streaming pass: the properties around {@code key} are skipped, not built.
   *
   * @throws IOException when the body does not have the expected shape; the message names the
   *     missing key
   */
  T read(ObjectMapper mapper, JsonParser body) throws IOException {
    if (ignoresBody()) {
      return null;
    }
    if (key == null) {
      return reader.get(mapper).readValue(body);
    }
    if (Envelope.find(body, key)) {
      if (body.currentToken() == JsonToken.VALUE_NULL) {
        throw new IOException("the answer's '" + key + "' is null");
      }
      return reader.get(mapper).readValue(body);
    }
    throw new IOException("the answer has no '" + key + "' property");
  }

  @Override
  public String toString() {
    if (text) {
      return "ResponseReader.text()";
    }
    return ignoresBody()
        ? "ResponseReader.none()"
        : "ResponseReader{"
            + (key == null ? "body" : "field=" + key)
            + ", type="
            + type.getTypeName()
            + "}";
  }
}
