package dev.seamgen.generator.read.message;

import dev.seamgen.generator.ir.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the places and text of Swagger Parser's and Jackson's messages. */
final class ParserMessageText {
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");

  private ParserMessageText() {}

  /** The first line of a message, without the location Jackson appends to some. */
  static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    text = (newline < 0 ? text : text.substring(0, newline)).strip();
    text = SOURCE.matcher(text).replaceAll("line $1, column $2");
    return text.isEmpty() ? "unreadable spec" : text;
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

  /** The place of {@code tokens} under {@code root}. */
  static Location at(Location root, List<String> tokens) {
    Location at = root;
    for (String token : tokens) {
      at = at.child(token);
    }
    return at;
  }

  /** The place Swagger Parser names as {@code paths.'/a'(get).parameters}. */
  static Location at(Location root, String place) {
    return at(root, tokens(place));
  }
}
