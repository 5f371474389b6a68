package dev.seamgen.runtime.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server URL with variables, as a spec's {@code servers} entry writes it: {@code
 * https://{region}.api.example.com/{basePath}}, each variable with a default and, where the spec
 * lists them, its allowed values. Immutable; {@link #variable} returns a copy.
 *
 * <pre>{@code
 * ServerUrl.template("https://{region}.api.example.com/v1").variable("region", "us", List.of("us", "eu"))
 * }</pre>
 */
public final class ServerUrl {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

  /**
   * What a value may hold: RFC 3986's unreserved characters. A {@code /} or {@code @} could move a
   * variable in the host to another host, where the credentials would follow.
   */
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._~-]+");

  private final String template;
  private final Map<String, Variable> variables;

  private ServerUrl(String template, Map<String, Variable> variables) {
    this.template = template;
    this.variables = variables;
  }

  /** A server URL whose every {@code {name}} is declared with {@link #variable} next. */
  public static ServerUrl template(String template) {
    Objects.requireNonNull(template, "template == null");
    return new ServerUrl(template, Map.of());
  }

  /**
   * A copy with variable {@code name}: {@code defaultValue} unless the application sets another,
   * one of {@code allowed} when that is not empty.
   */
  public ServerUrl variable(String name, String defaultValue, List<String> allowed) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(defaultValue, "defaultValue == null");
    Objects.requireNonNull(allowed, "allowed == null");
    if (!template.contains("{" + name + "}")) {
      throw new IllegalArgumentException("the template has no {" + name + "}");
    }
    Map<String, Variable> copy = new LinkedHashMap<>(variables);
    copy.put(name, new Variable(defaultValue, List.copyOf(allowed)));
    return new ServerUrl(template, Collections.unmodifiableMap(copy));
  }

  /** The template as the spec writes it. */
  public String template() {
    return template;
  }

  /** The names of the variables, in the order they were declared. */
  public List<String> variableNames() {
    return List.copyOf(variables.keySet());
  }

  /**
   * The URL with each variable {@code values} gives, the others at their defaults.
   *
   * @throws IllegalArgumentException naming the variable, when a value names no variable, is not
   *     one the spec allows, or holds a character that could change the URL's structure
   * @throws IllegalStateException when the template uses a variable that was not declared
   */
  public String expand(Map<String, String> values) {
    for (Map.Entry<String, String> value : values.entrySet()) {
      Variable variable = variables.get(value.getKey());
      if (variable == null) {
        throw new IllegalArgumentException(
            "the server URL has no variable "
                + value.getKey()
                + "; it has "
                + String.join(", ", variables.keySet()));
      }
      check(value.getKey(), value.getValue(), variable);
    }
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder url = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      Variable variable = variables.get(name);
      if (variable == null) {
        throw new IllegalStateException("server URL variable {" + name + "} is not declared");
      }
      placeholder.appendReplacement(
          url, Matcher.quoteReplacement(values.getOrDefault(name, variable.defaultValue)));
    }
    placeholder.appendTail(url);
    return url.toString();
  }

  private static void check(String name, String value, Variable variable) {
    if (!variable.allowed.isEmpty() && !variable.allowed.contains(value)) {
      throw new IllegalArgumentException(
          "server variable "
              + name
              + " is '"
              + value
              + "'; it must be one of "
              + String.join(", ", variable.allowed));
    }
    if (!VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "server variable "
              + name
              + " may hold only letters, digits and . _ ~ -, which "
              + "cannot change where the URL leads");
    }
  }

  @Override
  public String toString() {
    List<String> shown = new ArrayList<>();
    variables.forEach((name, v) -> shown.add(name + "=" + v.defaultValue + v.allowed));
    return "ServerUrl{" + template + ", " + shown + "}";
  }

  private static final class Variable {
    final String defaultValue;
    final List<String> allowed;

    Variable(String defaultValue, List<String> allowed) {
      this.defaultValue = defaultValue;
      this.allowed = allowed;
    }
  }
}
