package dev.seamgen.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.generator.ir.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Warns of an {@code example} that breaks its schema's {@code type}, {@code enum} or date format.
 * Swagger Parser drops such an example without a word, or turns it into another value ({@code
 * example: 3} of a boolean is {@code false}), so the check reads the spec file as written.
 */
final class ExampleCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Problems problems;
  private final Location root;

  /**
   * The tokens of the pointer to the node being checked; a node's location is only built for a
   * warning, as a large spec has millions of nodes and few broken examples.
   */
  private final List<String> path = new ArrayList<>();

  private ExampleCheck(Problems problems, Location root) {
    this.problems = problems;
    this.root = root;
  }

  /** Checks every schema in {@code spec} that has both a {@code type} and an {@code example}. */
  static void check(Path spec, Problems problems) {
    JsonNode tree;
    try (var parser = SpecFiles.parser(spec)) {
      tree = MAPPER.readTree(parser);
    } catch (IOException | RuntimeException e) {
      return; // SourceMap has read the file already and reported what is wrong with it.
    }
    if (tree != null) {
      new ExampleCheck(problems, Location.root(spec.getFileName().toString())).walk(tree);
    }
  }

  private void walk(JsonNode node) {
    if (node.isObject()) {
      JsonNode type = node.get("type");
      JsonNode example = node.get("example");
      if (type != null && type.isTextual() && example != null) {
        String broken = broken(node, type.asText(), example);
        if (broken != null) {
          problems.warningAsWritten(
              here().child("example"),
              "the example "
                  + WireValues.shown(example.isTextual() ? example.asText() : example.toString())
                  + " is not "
                  + broken
                  + "; it is left out of the docs",
              "Give an example that the schema allows");
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        walkChild(field.getKey(), field.getValue());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          walkChild(Integer.toString(i), node.get(i));
        }
      }
    }
  }

  private void walkChild(String token, JsonNode child) {
    if (child.isContainerNode()) {
      path.add(token);
      walk(child);
      path.remove(path.size() - 1);
    }
  }

  private Location here() {
    Location at = root;
    for (String token : path) {
      at = at.child(token);
    }
    return at;
  }

  /** What {@code example} fails to be, such as {@code "an integer"}; null when it fits. */
  private static String broken(JsonNode schema, String type, JsonNode example) {
    if (example.isNull()) {
      return null;
    }
    switch (type) {
      case "integer":
        return example.isIntegralNumber() ? null : "an integer";
      case "number":
        return example.isNumber() ? null : "a number";
      case "boolean":
        return example.isBoolean() ? null : "a boolean";
      case "string":
        if (!example.isTextual()) {
          return "a string";
        }
        return brokenString(schema, example.asText());
      default:
        return null;
    }
  }

  private static String brokenString(JsonNode schema, String value) {
    JsonNode values = schema.get("enum");
    if (values != null && values.isArray()) {
      boolean listed = false;
      for (JsonNode allowed : values) {
        listed |= allowed.isTextual() && allowed.asText().equals(value);
      }
      if (!listed) {
        return "one of the enum's values";
      }
    }
    String format = schema.path("format").asText("");
    try {
      if (format.equals("date-time")) {
        OffsetDateTime.parse(value);
      } else if (format.equals("date")) {
        LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      return "a valid " + format;
    }
    return null;
  }
}
