package dev.seamgen.generator.read.message;

import static dev.seamgen.generator.read.message.ParserMessageText.firstLine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import java.io.CharConversionException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Jackson's and SnakeYAML's complaints about a spec file that is not well-formed YAML or JSON. */
public final class SyntaxErrors {
  private SyntaxErrors() {}

  /**
   * The problem of a spec file that is not well-formed YAML or JSON, on one line, at the place the
   * parser had reached.
   */
  public static Problem problem(JsonProcessingException e, Location root) {
    Location at = root;
    if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      String pointer = parser.getParsingContext().pathAsPointer().toString();
      at = new Location(root.file(), pointer);
    }
    String text = "not valid YAML or JSON: " + firstLine(e.getOriginalMessage());
    String hint = "Fix the syntax at this line";
    String duplicate = "Duplicate field ";
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(duplicate)) {
      text = firstLine(e.getOriginalMessage().substring(duplicate.length())) + " is defined twice";
      hint = "Remove one of them, or merge them";
    }
    int line = 0;
    int column = 0;
    JsonLocation location = e.getLocation();
    if (location != null) {
      line = location.getLineNr();
      column = location.getColumnNr();
    }
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
      text = "not valid YAML or JSON: " + yaml.getProblem();
      Mark context = yaml.getContextMark();
      if (yaml.getContext() != null && context != null) {
        text +=
            " ("
                + yaml.getContext()
                + " at line "
                + (context.getLine() + 1)
                + ", column "
                + (context.getColumn() + 1)
                + ")";
      }
      if (yaml.getProblemMark() != null) {
        line = yaml.getProblemMark().getLine() + 1;
        column = yaml.getProblemMark().getColumn() + 1;
      }
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException) {
        return Problem.error(
                root,
                "the file is not UTF-8 text: "
                    + firstLine(t.getMessage()).replaceAll(" \\(at char .*\\)$", ""),
                "Save the spec as UTF-8")
            .at(Math.max(line, 1), Math.max(column, 1));
      }
    }
    Problem problem = Problem.error(at, text, hint);
    return line > 0 ? problem.at(line, Math.max(column, 1)) : problem;
  }
}
