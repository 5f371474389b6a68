package dev.seamgen.sdk.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ```java} blocks of a Markdown file, each with the way to run it, given by an HTML
 * comment on the line before the fence (invisible on the rendered page):
 *
 * <ul>
 *   <li>{@code <!-- readme-test: program -->}: a whole source file with a {@code main} method, run
 *       as its own process. A {@code ```text} block after it marked {@code <!-- readme-test: output
 *       -->} is what it must print.
 *   <li>{@code <!-- readme-test: imports -->}: the imports every later snippet is compiled with.
 *   <li>{@code <!-- readme-test: throws -->}: a snippet that must throw what its {@code //
 *       Exception: message} comment says.
 *   <li>{@code <!-- readme-test: petstore -->}: a snippet using a client generated from OpenAPI's
 *       petstore; {@code PublishedArtifactsIT} runs it against Prism in its REST project, with the
 *       endpoint in the snippet pointed at Prism.
 *   <li>{@code <!-- readme-test: auth -->}: the same with the client generated from the REST
 *       project's {@code auth.yaml}, which has every security scheme.
 *   <li>{@code <!-- readme-test: files -->}: likewise, with a client generated from the REST
 *       project's {@code files.yaml} (binary and text bodies).
 *   <li>no comment: a snippet, run with {@code seam} and {@code accounts} in scope.
 * </ul>
 */
public record ReadmeBlocks(List<Block> blocks) {
  private static final Pattern MARKER = Pattern.compile("<!--\\s*readme-test:\\s*(\\w+)\\s*-->");

  /** How a block runs. */
  public enum Kind {
    PROGRAM,
    IMPORTS,
    THROWS,
    SNIPPET,
    PETSTORE,
    AUTH,
    FILES
  }

  /**
   * One block; {@code line} is the README line of its first line of code; {@code output} what a
   * program must print, or null when the README does not say.
   */
  public record Block(int line, Kind kind, String code, String output) {
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
        throw new IllegalStateException(
            "README line "
                + line
                + ": a 'throws' block needs a "
                + "comment '// ExceptionName: message' saying what it throws");
      }
      return text.toString();
    }
  }

  public static ReadmeBlocks parse(String markdown) {
    String[] lines = markdown.split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals("```text")
          && i > 0
          && lines[i - 1].strip().equals("<!-- readme-test: output -->")) {
        int at = i + 1;
        Block program = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (program == null || program.kind() != Kind.PROGRAM || program.output() != null) {
          throw new IllegalStateException(
              "README line " + at + ": an output block must follow " + "a program");
        }
        StringBuilder output = new StringBuilder();
        i = fenced(lines, at, output);
        blocks.set(
            blocks.size() - 1,
            new Block(program.line(), program.kind(), program.code(), output.toString()));
        continue;
      }
      if (!lines[i].strip().equals("```java")) {
        continue;
      }
      Kind kind = Kind.SNIPPET;
      Matcher marker = i > 0 ? MARKER.matcher(lines[i - 1].strip()) : null;
      if (marker != null && marker.matches()) {
        try {
          kind = Kind.valueOf(marker.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              "README line "
                  + i
                  + ": unknown readme-test kind '"
                  + marker.group(1)
                  + "'; use program, imports, throws, petstore, auth or files",
              e);
        }
      }
      int start = i + 1;
      StringBuilder code = new StringBuilder();
      i = fenced(lines, start, code);
      blocks.add(new Block(start + 1, kind, code.toString(), null));
    }
    return new ReadmeBlocks(List.copyOf(blocks));
  }

  /** Appends the lines from {@code start} to the closing fence; returns the fence's index. */
  private static int fenced(String[] lines, int start, StringBuilder into) {
    int i = start;
    for (; i < lines.length && !lines[i].strip().equals("```"); i++) {
      into.append(lines[i]).append('\n');
    }
    if (i == lines.length) {
      throw new IllegalStateException("README line " + start + ": the block never ends");
    }
    return i;
  }
}
