package dev.seamgen.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Replaces a client's credential values by {@value #REDACTED} in what reaches exceptions: error
 * bodies and headers a server echoes a key in, and messages of lower layers. Made by {@link
 * Credentials#redactor()}, so the values stay inside this package. Tokens a supplier gives are
 * {@link #learn learned} as they are fetched.
 */
final class Redactor {
  static final String REDACTED = "[REDACTED]";
  static final Redactor NONE = new Redactor(List.of());

  /**
   * Fetched tokens kept beyond the fixed values: a supplier that hands out a new token per call
   * must not grow this without bound, and an old token is rarely echoed.
   */
  static final int MAX_LEARNED = 32;

  private final List<String> fixed;
  private final Deque<String> learned = new ArrayDeque<>();

  /** Longest first, so that a value containing another is replaced whole. */
  private volatile List<String> secrets;

  Redactor(Collection<String> secrets) {
    this.fixed = List.copyOf(secrets);
    this.secrets = sorted(fixed);
  }

  /** Also redacts {@code secret} from now on, such as a token a supplier just gave. */
  void learn(String secret) {
    if (secret == null || secret.isEmpty()) {
      return;
    }
    synchronized (learned) {
      if (learned.contains(secret) || fixed.contains(secret)) {
        return;
      }
      learned.addLast(secret);
      if (learned.size() > MAX_LEARNED) {
        learned.removeFirst();
      }
      List<String> all = new ArrayList<>(fixed);
      all.addAll(learned);
      secrets = sorted(all);
    }
  }

  private static List<String> sorted(Collection<String> secrets) {
    return secrets.stream()
        .filter(secret -> !secret.isEmpty())
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.toUnmodifiableList());
  }

  /** {@code text} without any credential value; null stays null. */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : this.secrets) {
      result = result.replace(secret, REDACTED);
    }
    return result;
  }

  /** Whether {@code text} holds a credential value. */
  boolean reveals(String text) {
    return text != null && secrets.stream().anyMatch(text::contains);
  }

  /**
   * {@code failure} if no message in its chain of causes holds a credential value, else null: an
   * exception that quotes a key must not be attached where its message gets logged.
   */
  Throwable safeCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (reveals(t.getMessage())) {
        return null;
      }
    }
    return failure;
  }

  /** {@code headers} with credential values redacted. */
  HttpHeaders redactHeaders(HttpHeaders headers) {
    if (this.secrets.isEmpty()) {
      return headers;
    }
    Map<String, List<String>> redacted = new LinkedHashMap<>();
    headers
        .map()
        .forEach(
            (name, values) ->
                redacted.put(name, values.stream().map(this::redact).collect(Collectors.toList())));
    return HttpHeaders.of(redacted, (name, value) -> true);
  }

  /**
   * An answer's body with credential values redacted. A JSON body is redacted value by value and
   * stays JSON, also when the server wrote a key with escapes such as <code>&#92;u0073</code>; any
   * other body is redacted as text.
   */
  @SuppressWarnings("ReferenceEquality") // redact(node) returns node itself when nothing changed
  byte[] redactBody(ObjectMapper mapper, byte[] body) {
    if (secrets.isEmpty() || body == null || body.length == 0) {
      return body;
    }
    try {
      JsonNode json = mapper.readTree(body);
      if (json != null && (json.isContainerNode() || json.isTextual())) {
        JsonNode redacted = redact(json);
        return redacted == json ? body : mapper.writeValueAsBytes(redacted);
      }
    } catch (IOException notJson) {
      // Redacted as text below.
    }
    String text = new String(body, StandardCharsets.UTF_8);
    return reveals(text) ? redact(text).getBytes(StandardCharsets.UTF_8) : body;
  }

  /** {@code node}, or a copy of it with credential values redacted in names and text. */
  @SuppressWarnings("ReferenceEquality") // redact(node) returns node itself when nothing changed
  private JsonNode redact(JsonNode node) {
    if (node.isTextual()) {
      return reveals(node.asText()) ? TextNode.valueOf(redact(node.asText())) : node;
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      boolean changed = false;
      for (JsonNode item : node) {
        JsonNode redacted = redact(item);
        changed |= redacted != item;
        items.add(redacted);
      }
      return changed ? new ArrayNode(JsonNodeFactory.instance, items) : node;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      boolean changed = false;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode redacted = redact(field.getValue());
        String name = redact(field.getKey());
        changed |= redacted != field.getValue() || !name.equals(field.getKey());
        copy.set(name, redacted);
      }
      return changed ? copy : node;
    }
    return node;
  }

  @Override
  public String toString() {
    return "Redactor{" + secrets.size() + " values}";
  }
}
