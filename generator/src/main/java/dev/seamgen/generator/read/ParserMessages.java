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

  private static final Pattern FILE_REF = Pattern.compile("Unable to load \\w+ ref: (\\S+)");
  private static final Pattern SCHEMA_NAME =
      Pattern.compile("components\\.schemas\\.Schema name (\\S+) doesn't adhere");

  private ParserMessages() {}

  /**
   * The problem {@code message} describes, or null for one that {@link SchemaTranslator}
   * reports more precisely (a {@code $ref} to a missing component schema).
   */
  static Problem problem(String message, Location root) {
    Matcher m = ATTRIBUTE.matcher(message.strip());
    if (!m.matches()) {
      return other(message.strip(), root);
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
      if (parent.equals(root) && name.equals("openapi")) {
        return Problem.error(root, "not an OpenAPI document: 'openapi' is missing",
            "Start the file with 'openapi: 3.0.3' (or 3.1.0)");
      }
      return Problem.error(parent, "'" + name + "' is missing", "Add it");
    }
    return Problem.error(at, "'" + name + "' must be of type " + m.group(3), "Fix its value");
  }

  /** Messages that name no attribute: files, names and documents. */
  private static Problem other(String message, Location root) {
    Matcher file = FILE_REF.matcher(message);
    if (file.find()) {
      return Problem.error(root, "referenced file '" + file.group(1) + "' cannot be read",
          "Check that it exists relative to the spec, or fix the $ref that names it");
    }
    Matcher name = SCHEMA_NAME.matcher(message);
    if (name.find()) {
      return Problem.error(root.child("components").child("schemas").child(name.group(1)),
          "schema name '" + name.group(1) + "' may only hold letters, digits, '.', '-' and '_'",
          "Rename the schema and the $refs to it");
    }
    if (message.startsWith("Null or empty definition")) {
      return Problem.error(root, "the spec is empty",
          "Write an OpenAPI 3.0 or 3.1 document, starting with 'openapi: 3.0.3'");
    }
    return Problem.error(root, message, "Check the spec against the OpenAPI specification");
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
