package dev.seamgen.runtime.core.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A path such as {@code /pet/{petId}}, parsed once into literal text (percent-encoded where a URI
 * needs it) and parameter names.
 */
public final class PathTemplate {
  private final String template;

  /** One more than {@link #parameters}: the text before, between and after them. */
  private final List<String> literals;

  private final List<String> parameters;

  private PathTemplate(String template, List<String> literals, List<String> parameters) {
    this.template = template;
    this.literals = literals;
    this.parameters = parameters;
  }

  /**
   * Parses {@code template}.
   *
   * @throws IllegalArgumentException when a brace is unclosed, unopened or nested, or a parameter
   *     has no name
   */
  public static PathTemplate parse(String template) {
    List<String> literals = new ArrayList<>();
    List<String> parameters = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '}') {
        throw malformed(template, "has a '}' without a '{' before it");
      }
      if (c != '{') {
        continue;
      }
      int close = template.indexOf('}', i + 1);
      int nested = template.indexOf('{', i + 1);
      if (close < 0) {
        throw malformed(template, "has an unclosed '{'");
      }
      if (nested >= 0 && nested < close) {
        throw malformed(template, "has a '{' inside a parameter");
      }
      if (close == i + 1) {
        throw malformed(template, "has a parameter without a name");
      }
      literals.add(PercentEncoder.PATH_LITERAL.encode(template.substring(start, i)));
      parameters.add(template.substring(i + 1, close));
      start = close + 1;
      i = close;
    }
    literals.add(PercentEncoder.PATH_LITERAL.encode(template.substring(start)));
    return new PathTemplate(
        template, Collections.unmodifiableList(literals), Collections.unmodifiableList(parameters));
  }

  private static IllegalArgumentException malformed(String template, String problem) {
    return new IllegalArgumentException("path '" + template + "' " + problem);
  }

  /** The names of the template's parameters, in order, each once. */
  public Set<String> parameterNames() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(parameters));
  }

  /**
   * The path with each parameter replaced by its value in {@code values}, which must already be
   * percent-encoded.
   *
   * @throws IllegalArgumentException when a parameter has no value, a value names no parameter, or
   *     a value would make a path segment empty, {@code .} or {@code ..}: the request would reach
   *     another path
   */
  public String expand(Map<String, String> values) {
    for (String name : values.keySet()) {
      if (!parameters.contains(name)) {
        throw new IllegalArgumentException("path parameter '" + name + "' is not in " + template);
      }
    }
    Expansion out = new Expansion();
    for (int i = 0; i < parameters.size(); i++) {
      out.literal(literals.get(i));
      String name = parameters.get(i);
      String value = values.get(name);
      if (value == null) {
        throw new IllegalArgumentException(
            "no value for path parameter '" + name + "' of " + template);
      }
      out.parameter(name, value);
    }
    out.literal(literals.get(parameters.size()));
    return out.finish();
  }

  @Override
  public String toString() {
    return template;
  }

  /** Builds a path segment by segment, checking the segments parameters filled. */
  private static final class Expansion {
    private final StringBuilder path = new StringBuilder();
    private final StringBuilder segment = new StringBuilder();
    private String parameter;

    void literal(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '/') {
          endSegment();
          path.append('/');
        } else {
          segment.append(c);
        }
      }
    }

    /** Values are percent-encoded, so they hold no {@code /}. */
    void parameter(String name, String value) {
      segment.append(value);
      parameter = name;
    }

    String finish() {
      endSegment();
      return path.toString();
    }

    private void endSegment() {
      String text = segment.toString();
      if (parameter != null && (text.isEmpty() || text.equals(".") || text.equals(".."))) {
        throw new IllegalArgumentException(
            "path parameter '"
                + parameter
                + "' "
                + (text.isEmpty() ? "is empty" : "makes the path segment '" + text + "'")
                + ", which would send the request to another path; give it a value");
      }
      path.append(text);
      segment.setLength(0);
      parameter = null;
    }
  }
}
