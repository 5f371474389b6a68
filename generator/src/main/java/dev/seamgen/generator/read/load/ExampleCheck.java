package dev.seamgen.generator.read.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecFiles;
import dev.seamgen.generator.read.source.SpecStrings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Warns of an {@code example} that breaks its schema's {@code type}, {@code enum} or date format.
 * Swagger Parser drops such an example without a word, or turns it into another value ({@code
 * example: 3} of a boolean is {@code false}), so the check reads the spec file as written. It reads
 * it as a stream of tokens, keeping only the open objects: a tree of a large spec is hundreds of
 * megabytes that reading would have to hold and then drop.
 */
public final class ExampleCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Location root;

  /** The open objects and arrays, the innermost last. */
  private final List<Frame> open = new ArrayList<>();

  /** Broken examples, each with the number of the object that has it, for document order. */
  private final List<Finding> findings = new ArrayList<>();

  private int objects;

  private ExampleCheck(Location root) {
    this.root = root;
  }

  /** Checks every object in {@code spec} that has both a {@code type} and an {@code example}. */
  public static void check(Path spec, ProblemCollector problems) {
    ExampleCheck check = new ExampleCheck(Location.root(spec.getFileName().toString()));
    try (JsonParser parser = SpecFiles.parser(spec)) {
      check.scan(parser);
    } catch (IOException | RuntimeException e) {
      return; // SourceMap has read the file already and reported what is wrong with it.
    }
    check.findings.stream()
        .sorted(Comparator.comparingInt(Finding::object))
        .forEach(finding -> problems.warningAsWritten(finding.problem()));
  }

  private void scan(JsonParser parser) throws IOException {
    String field = null;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.FIELD_NAME) {
        field = parser.currentName();
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        Frame closed = open.remove(open.size() - 1);
        if (token == JsonToken.END_OBJECT) {
          closed.check();
        }
        continue;
      }
      Frame parent = open.isEmpty() ? null : open.get(open.size() - 1);
      String name = parent == null || parent.isArray ? null : field;
      int index = parent != null && parent.isArray ? parent.elements++ : 0;
      if (parent != null && !parent.isArray) {
        if (parent.record(name, token, parser)) {
          continue; // an example that is an object or a list: read whole, as data
        }
      } else if (parent != null && parent.enumOf != null && token == JsonToken.VALUE_STRING) {
        parent.enumOf.enumValues.add(parser.getText());
      }
      if (token.isStructStart()) {
        Frame frame = new Frame(parent, name, index, token == JsonToken.START_ARRAY);
        if (frame.isArray && "enum".equals(name) && parent != null && !parent.isArray) {
          parent.enumValues = new ArrayList<>();
          frame.enumOf = parent;
        }
        open.add(frame);
      }
    }
  }

  /** An open object or array of the document. */
  private final class Frame {
    final Frame parent;

    /** Its name in the object that holds it; null in a list or at the root. */
    final String name;

    /** Its index in the list that holds it. */
    final int index;

    final boolean isArray;
    final int number = objects++;
    int elements;

    /** For the list of an object's {@code enum}: that object. */
    Frame enumOf;

    String type;
    String format;
    List<String> enumValues;
    JsonToken example;
    String exampleText;

    Frame(Frame parent, String name, int index, boolean isArray) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.isArray = isArray;
    }

    /**
     * Notes the value of field {@code field} where it is one the check needs; true when it was an
     * example object or list, which the parser has then read past.
     */
    boolean record(String field, JsonToken token, JsonParser parser) throws IOException {
      switch (field) {
        case "type" -> type = token == JsonToken.VALUE_STRING ? parser.getText() : null;
        case "format" -> format = token == JsonToken.VALUE_STRING ? parser.getText() : null;
        case "enum" -> enumValues = null;
        case "example" -> {
          example = token;
          if (token.isStructStart()) {
            exampleText = MAPPER.readTree(parser).toString();
            return true;
          }
          exampleText = parser.getText();
        }
        default -> {}
      }
      return false;
    }

    void check() {
      if (type == null || example == null) {
        return;
      }
      String broken = broken();
      if (broken != null) {
        findings.add(
            new Finding(
                number,
                Problem.warning(
                    location().child("example"),
                    "the example "
                        + SpecStrings.quoted(exampleText)
                        + " is not "
                        + broken
                        + "; it is left out of the docs",
                    "Give an example that the schema allows")));
      }
    }

    /** What the example fails to be, such as {@code "an integer"}; null when it fits. */
    private String broken() {
      if (example == JsonToken.VALUE_NULL) {
        return null;
      }
      return switch (type) {
        case "integer" -> example == JsonToken.VALUE_NUMBER_INT ? null : "an integer";
        case "number" -> example.isNumeric() ? null : "a number";
        case "boolean" -> example.isBoolean() ? null : "a boolean";
        case "string" -> example == JsonToken.VALUE_STRING ? brokenString() : "a string";
        default -> null;
      };
    }

    private String brokenString() {
      if (enumValues != null && !enumValues.contains(exampleText)) {
        return "one of the enum's values";
      }
      try {
        if ("date-time".equals(format)) {
          OffsetDateTime.parse(exampleText);
        } else if ("date".equals(format)) {
          LocalDate.parse(exampleText);
        }
      } catch (DateTimeParseException e) {
        return "a valid " + format;
      }
      return null;
    }

    /** Where this object is; built only for a warning. */
    private Location location() {
      List<Frame> path = new ArrayList<>();
      for (Frame at = this; at.parent != null; at = at.parent) {
        path.add(at);
      }
      Location at = root;
      for (int i = path.size() - 1; i >= 0; i--) {
        Frame frame = path.get(i);
        at = at.child(frame.name != null ? frame.name : Integer.toString(frame.index));
      }
      return at;
    }
  }

  private record Finding(int object, Problem problem) {}
}
