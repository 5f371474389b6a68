package dev.seamgen.generator.read;

import dev.seamgen.generator.ir.FixedQuery;
import dev.seamgen.generator.ir.PathTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A path key of the spec (a key of its Paths Object) split at its {@code ?}: some specs write part
 * of the query into the key, such as {@code /history?date_from={date_from}&order=desc}. The path is
 * sent as the path template; each {@code name={param}} pair becomes a query parameter sent as
 * {@code name} and each {@code name=text} pair is sent, fixed, on every call.
 *
 * @param path the part before {@code ?} (and before {@code #}, which is never sent): the path
 *     template
 * @param bound the {@code name={param}} pairs, in the key's order
 * @param fixed the {@code name=text} pairs, in the key's order
 */
record PathKey(String path, List<Bound> bound, List<FixedQuery> fixed) {

  /** A pair {@code name={parameter}}: the parameter's value is sent as the query's {@code name}. */
  record Bound(String name, String parameter) {
    Bound {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(parameter, "parameter == null");
    }
  }

  PathKey {
    Objects.requireNonNull(path, "path == null");
    bound = List.copyOf(bound);
    fixed = List.copyOf(fixed);
  }

  /** The part of {@code key} before its {@code ?} and its {@code #}: what is sent as the path. */
  static String pathOf(String key) {
    String sent = withoutFragment(key);
    int question = sent.indexOf('?');
    return question < 0 ? sent : sent.substring(0, question);
  }

  /** The fragment of {@code key}, after its {@code #}; empty when it has none. */
  static String fragmentOf(String key) {
    int hash = key.indexOf('#');
    return hash < 0 ? "" : key.substring(hash + 1);
  }

  /**
   * Whether the placeholder {@code {name}} is written after the {@code ?} of {@code key} ({@code
   * /uploads?convert={convert}}), and not before it.
   */
  static boolean inQuery(String key, String name) {
    String placeholder = "{" + name + "}";
    String sent = withoutFragment(key);
    int question = sent.indexOf('?');
    return question >= 0
        && !sent.substring(0, question).contains(placeholder)
        && sent.substring(question).contains(placeholder);
  }

  /**
   * {@code key} without its fragment: no client sends one, and specs use it to tell apart keys of
   * one path ({@code /files/{id}#add_shared_link}, {@code /users/{id}#operation=logout}) whose
   * query the operation declares.
   */
  private static String withoutFragment(String key) {
    int hash = key.indexOf('#');
    return hash < 0 ? key : key.substring(0, hash);
  }

  /**
   * Splits {@code written}, less its fragment; a key without {@code ?} is all path.
   *
   * @throws IllegalArgumentException naming a pair that cannot be sent as a query parameter: a
   *     templated name ({@code {name}=1}), a value that mixes text and a placeholder, a pair
   *     without {@code =}, or a placeholder the key uses twice
   */
  static PathKey parse(String written) {
    String key = withoutFragment(written);
    int question = key.indexOf('?');
    if (question < 0) {
      return new PathKey(key, List.of(), List.of());
    }
    List<Bound> bound = new ArrayList<>();
    List<FixedQuery> fixed = new ArrayList<>();
    Set<String> placeholders = new HashSet<>(pathPlaceholders(key.substring(0, question)));
    for (String pair : key.substring(question + 1).split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException(
            "the query '" + pair + "' has no '='; seamgen sends name=value pairs");
      }
      String name = pair.substring(0, equals);
      String value = pair.substring(equals + 1);
      if (name.isEmpty()) {
        throw new IllegalArgumentException("the query pair '" + pair + "' has no name");
      }
      if (name.indexOf('{') >= 0 || name.indexOf('}') >= 0) {
        throw new IllegalArgumentException(
            "the query name '" + name + "' is a placeholder; seamgen sends fixed query names");
      }
      String parameter = placeholder(value);
      if (parameter != null) {
        if (!placeholders.add(parameter)) {
          throw new IllegalArgumentException(
              "'{" + parameter + "}' appears twice; one parameter fills one place");
        }
        bound.add(new Bound(name, parameter));
      } else if (value.indexOf('{') >= 0 || value.indexOf('}') >= 0) {
        throw new IllegalArgumentException(
            "the value of query '"
                + name
                + "' mixes text and a placeholder; seamgen sends a placeholder alone as a value");
      } else {
        fixed.add(new FixedQuery(name, value));
      }
    }
    return new PathKey(key.substring(0, question), bound, fixed);
  }

  /** {@code param} of {@code {param}}, or null when {@code value} is not one placeholder. */
  private static String placeholder(String value) {
    if (value.length() < 3 || value.charAt(0) != '{' || value.charAt(value.length() - 1) != '}') {
      return null;
    }
    String name = value.substring(1, value.length() - 1);
    return name.indexOf('{') < 0 && name.indexOf('}') < 0 ? name : null;
  }

  /** The path's placeholders; a malformed path is reported where the path is checked. */
  private static List<String> pathPlaceholders(String path) {
    try {
      return PathTemplate.parse(path).parameterNames();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }
}
