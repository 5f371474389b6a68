package dev.seamgen.generator.read;

import dev.seamgen.generator.Problem;
import dev.seamgen.generator.ir.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Swagger Parser's messages, which name places as {@code paths.'/a/b'(post).responses},
 * into problems with a JSON pointer (and so a line) and advice.
 */
final class ParserMessages {
  private static final Pattern ATTRIBUTE =
      Pattern.compile("attribute (.+?) is (unexpected|missing|not of type `?(\\w+)`?)");

  private ParserMessages() {}

  /**
   * The problem {@code message} describes, or null for one that {@link SchemaTranslator}
   * reports more precisely (a {@code $ref} to a missing component schema).
   */
  static Problem problem(String message, Location root) {
    Matcher m = ATTRIBUTE.matcher(message.strip());
    if (!m.matches()) {
      return Problem.error(root, message.strip(), "");
    }
    List<String> tokens = tokens(m.group(1));
    Location at = root;
    String ref = null;
    for (String token : tokens) {
      if (token.startsWith("#/")) {
        ref = token;
        break;
      }
      at = at.child(token);
    }
    if (ref != null && ref.startsWith("#/components/schemas/")) {
      return null;
    }
    if (ref != null) {
      return Problem.error(at, "reference '" + ref + "' does not resolve",
          "Define it under components or fix the $ref");
    }
    String name = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    if (m.group(2).equals("unexpected")) {
      return Problem.error(at, "'" + name + "' is not allowed here",
          "Remove it or fix its spelling; extensions must start with x-");
    }
    if (m.group(2).equals("missing")) {
      Location parent = parent(root, tokens);
      return Problem.error(parent, "'" + name + "' is missing", "Add it");
    }
    return Problem.error(at, "'" + name + "' must be of type " + m.group(3), "Fix its value");
  }

  private static Location parent(Location root, List<String> tokens) {
    Location at = root;
    for (String token : tokens.subList(0, Math.max(0, tokens.size() - 1))) {
      at = at.child(token);
    }
    return at;
  }

  /** {@code paths.'/a/b'(post).x} to {@code [paths, /a/b, post, x]}. */
  static List<String> tokens(String attribute) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < attribute.length(); i++) {
      char c = attribute.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '#' && token.length() == 0) {
        tokens.add(attribute.substring(i));
        return tokens;
      } else if (!quoted && (c == '.' || c == '(' || c == ')')) {
        if (token.length() > 0) {
          tokens.add(token.toString());
          token.setLength(0);
        }
      } else {
        token.append(c);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens;
  }
}
