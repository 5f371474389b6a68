package dev.seamgen.runtime.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Objects;

/**
 * How a 2xx answer becomes the value an operation returns.
 *
 * @param <T> the value's type
 */
public final class ResponseReader<T> {
  private static final ResponseReader<Void> NONE = new ResponseReader<>(null, null);

  private final String key;
  private final TypeReference<T> type;
  private final Class<T> rawType;

  private ResponseReader(String key, TypeReference<T> type) {
    this(key, type, null);
  }

  private ResponseReader(String key, TypeReference<T> type, Class<T> rawType) {
    this.key = key;
    this.type = type;
    this.rawType = rawType;
  }

  /** Ignores the body: for operations that return nothing. */
  public static ResponseReader<Void> none() {
    return NONE;
  }

  /** Reads one property of the answer's envelope, such as {@code connected_account}. */
  public static <T> ResponseReader<T> field(String key, Class<T> type) {
    return new ResponseReader<>(Objects.requireNonNull(key, "key == null"), null,
        Objects.requireNonNull(type, "type == null"));
  }

  /** Reads one property of the envelope, of a generic type such as {@code List<Device>}. */
  public static <T> ResponseReader<T> field(String key, TypeReference<T> type) {
    return new ResponseReader<>(Objects.requireNonNull(key, "key == null"),
        Objects.requireNonNull(type, "type == null"));
  }

  /** Reads the whole answer. */
  public static <T> ResponseReader<T> body(Class<T> type) {
    return new ResponseReader<>(null, null, Objects.requireNonNull(type, "type == null"));
  }

  boolean ignoresBody() {
    return type == null && rawType == null;
  }

  /**
   * The value in {@code body}.
   *
   * @throws IOException when the body does not have the expected shape
   */
  T read(ObjectMapper mapper, JsonNode body) throws IOException {
    if (ignoresBody()) {
      return null;
    }
    JsonNode node = body;
    if (key != null) {
      node = body.get(key);
      if (node == null) {
        throw new IOException("the answer has no '" + key + "' property");
      }
    }
    JavaType javaType = rawType != null ? mapper.constructType(rawType)
        : mapper.getTypeFactory().constructType(type);
    return mapper.readerFor(javaType).readValue(mapper.treeAsTokens(node));
  }
}
