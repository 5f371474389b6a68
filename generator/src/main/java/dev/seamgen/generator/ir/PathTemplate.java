package dev.seamgen.generator.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An operation's path as the spec writes it, such as {@code /pet/{petId}}: literal text and the
 * names of the path parameters that fill it.
 */
public record PathTemplate(String text, List<Segment> segments) {

  /** A part of the path: literal text or a parameter's place. */
  public sealed interface Segment permits Literal, Param {}

  /** Text sent as it is. */
  public record Literal(String text) implements Segment {}

  /** The place of the path parameter {@code name}. */
  public record Param(String name) implements Segment {}

  public PathTemplate {
    Objects.requireNonNull(text, "text == null");
    segments = List.copyOf(segments);
  }

  /**
   * Splits {@code text} at its {@code {name}} placeholders.
   *
   * @throws IllegalArgumentException when a brace is not closed or a name is empty
   */
  public static PathTemplate parse(String text) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        segments.add(new Literal(text.substring(i)));
        break;
      }
      if (open > i) {
        segments.add(new Literal(text.substring(i, open)));
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("'{' at " + open + " is not closed");
      }
      String name = text.substring(open + 1, close);
      if (name.isEmpty() || name.contains("{")) {
        throw new IllegalArgumentException("'{' at " + open + " does not enclose a name");
      }
      segments.add(new Param(name));
      i = close + 1;
    }
    if (text.indexOf('}', 0) >= 0 && segments.stream().noneMatch(Param.class::isInstance)) {
      throw new IllegalArgumentException("'}' without '{'");
    }
    return new PathTemplate(text, segments);
  }

  /** The names of the parameters the path takes, in order. */
  public List<String> parameterNames() {
    return segments.stream().filter(Param.class::isInstance).map(s -> ((Param) s).name()).toList();
  }

  @Override
  public String toString() {
    return text;
  }
}
