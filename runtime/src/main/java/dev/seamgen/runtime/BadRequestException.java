package dev.seamgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 400 Bad Request: the request did not pass the API's validation; {@link #validationErrors()} says
 * per field why.
 */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Map<String, List<String>> validationErrors;

  public BadRequestException(Details details) {
    super(details);
    this.validationErrors =
        details.body == null
            ? Map.of()
            : flatten(details.body.path("error").path("validation_errors"));
  }

  /**
   * The messages per field, such as {@code limit -> [Number must be greater than 0]}; nested fields
   * are joined with dots, and messages about the whole body are under {@code ""}.
   */
  public Map<String, List<String>> validationErrors() {
    return validationErrors;
  }

  /** Flattens the API's nested {@code {"field": {"_errors": [...]}}} form. */
  private static Map<String, List<String>> flatten(JsonNode errors) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    collect(errors, "", result);
    return Collections.unmodifiableMap(result);
  }

  private static void collect(JsonNode node, String path, Map<String, List<String>> result) {
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (field.getKey().equals("_errors")) {
        List<String> messages = new ArrayList<>();
        field.getValue().forEach(m -> messages.add(m.asText()));
        if (!messages.isEmpty()) {
          result.put(path, Collections.unmodifiableList(messages));
        }
      } else {
        collect(
            field.getValue(),
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
            result);
      }
    }
  }
}
