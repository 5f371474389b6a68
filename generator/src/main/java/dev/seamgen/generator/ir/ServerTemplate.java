package dev.seamgen.generator.ir;

import java.util.List;
import java.util.Objects;

/**
 * The spec's first server URL with its variables, such as {@code https://{region}.example.com}: a
 * client builder setter per variable.
 *
 * @param template the URL as the spec writes it, checked to give a valid URL with every allowed
 *     value
 */
public record ServerTemplate(String template, List<Variable> variables) {
  public ServerTemplate {
    Objects.requireNonNull(template, "template == null");
    variables = List.copyOf(variables);
  }

  /**
   * One variable.
   *
   * @param name as in the template
   * @param javaName the builder setter's name
   * @param allowed the values the spec allows; empty: any
   */
  public record Variable(
      String name, String javaName, String defaultValue, List<String> allowed, String description) {
    public Variable {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(javaName, "javaName == null");
      Objects.requireNonNull(defaultValue, "defaultValue == null");
      allowed = List.copyOf(allowed);
      Objects.requireNonNull(description, "description == null");
    }
  }
}
