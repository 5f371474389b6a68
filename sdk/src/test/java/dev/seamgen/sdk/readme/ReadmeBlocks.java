package dev.seamgen.sdk.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ```java} blocks of a Markdown file, each with the way to run it, given by an HTML
 * comment on the line before the fence (invisible on the rendered page):
 *
 * <ul>
 *   <li>{@code <!-- readme-test: program -->}: a whole source file with a {@code main} method,
 *       run as its own process.
 *   <li>{@code <!-- readme-test: imports -->}: the imports every later snippet is compiled with.
 *   <li>{@code <!-- readme-test: throws -->}: a snippet that must throw what its {@code //
 *       Exception: message} comment says.
 *   <li>no comment: a snippet, run with {@code seam} and {@code accounts} in scope.
 * </ul>
 */
record ReadmeBlocks(List<Block> blocks) {
  private static final Pattern MARKER = Pattern.compile("<!--\\s*readme-test:\\s*(\\w+)\\s*-->");

  enum Kind { PROGRAM, IMPORTS, THROWS, SNIPPET }

  /** One block; {@code line} is the README line of its first line of code. */
  record Block(int line, Kind kind, String code) {
    /** The {@code // Name: message} comment of a THROWS block, continuation lines joined. */
    String expectedThrow() {
      StringBuilder text = new StringBuilder();
      for (String line : code.split("\n")) {
        String trimmed = line.strip();
        if (text.length() == 0) {
          if (trimmed.matches("// \\w+: .*")) {
            text.append(trimmed.substring(3));
          }
        } else if (trimmed.startsWith("// ")) {
          text.append(' ').append(trimmed.substring(3));
        } else {
          break;
        }
      }
      if (text.length() == 0) {
        throw new IllegalStateException("README line " + line + ": a 'throws' block needs a "
            + "comment '// ExceptionName: message' saying what it throws");
      }
      return text.toString();
    }
  }

  static ReadmeBlocks parse(String markdown) {
    String[] lines = markdown.split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].strip().equals("```java")) {
        continue;
      }
      Kind kind = Kind.SNIPPET;
      Matcher marker = i > 0 ? MARKER.matcher(lines[i - 1].strip()) : null;
      if (marker != null && marker.matches()) {
        try {
          kind = Kind.valueOf(marker.group(1).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("README line " + i + ": unknown readme-test kind '"
              + marker.group(1) + "'; use program, imports or throws", e);
        }
      }
      int start = i + 1;
      StringBuilder code = new StringBuilder();
      for (i = start; i < lines.length && !lines[i].strip().equals("```"); i++) {
        code.append(lines[i]).append('\n');
      }
      if (i == lines.length) {
        throw new IllegalStateException("README line " + start + ": the java block never ends");
      }
      blocks.add(new Block(start + 1, kind, code.toString()));
    }
    return new ReadmeBlocks(List.copyOf(blocks));
  }
}
