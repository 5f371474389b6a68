package dev.seamgen.generator.read.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SchemaPositions;
import java.util.List;
import java.util.Map;

/** Schema references that name something other than a schema: a response, a parameter... */
final class NonSchemaRefs {
  private final String file;
  private final List<Problem> warnings;
  private final Map<String, Problem> leftOut;

  /**
   * @param leftOut where the operations to leave out are put, by the pointer of the operation (or
   *     of the path, for a path's parameters), each with the warning that says why
   */
  NonSchemaRefs(String file, List<Problem> warnings, Map<String, Problem> leftOut) {
    this.file = file;
    this.warnings = warnings;
    this.leftOut = leftOut;
  }

  /**
   * A reference to something that is not a schema: an answer's is dropped, with a warning; the
   * operation that holds any other is left out; one elsewhere stays for the passes to report.
   * Returns whether the tree was changed.
   */
  boolean drop(String holder, String ref, ObjectNode node) {
    List<String> at = SchemaPositions.split(holder);
    if (isAnswerSchema(at)) {
      // An answer is read by its media type; without a schema it is still text, bytes or JSON.
      warnings.add(
          Problem.warning(
              new Location(file, holder),
              notASchema(ref) + "; the answer is read without a schema, as its media type says",
              "Point $ref at a schema, such as one under components/schemas"));
      node.remove("$ref");
      return true;
    }
    if (at.size() < 3 || !at.get(0).equals("paths")) {
      return false;
    }
    boolean operation = SchemaPositions.VERBS.contains(at.get(2));
    if (!operation && !at.get(2).equals("parameters")) {
      return false;
    }
    List<String> owner = at.subList(0, operation ? 3 : 2);
    String ownerPointer = SchemaPositions.pointer(owner);
    leftOut.putIfAbsent(
        ownerPointer,
        Problem.warning(
            new Location(file, holder),
            ProblemCollector.LEFT_OUT + "its " + notASchema(ref),
            "Point $ref at a schema, such as one under components/schemas"));
    // The operation is not generated; what Swagger Parser reads there no longer matters.
    node.remove("$ref");
    return true;
  }

  /** Whether {@code at} is the schema of an answer's media type, in an operation or a component. */
  private static boolean isAnswerSchema(List<String> at) {
    int n = at.size();
    int responses = n - 5;
    return n >= 6
        && at.get(n - 1).equals("schema")
        && at.get(n - 3).equals("content")
        && at.get(responses).equals("responses")
        && ((responses == 1 && at.get(0).equals("components"))
            || (responses == 3 && at.get(0).equals("paths")));
  }

  /** What a reference names instead of a schema, for the warnings about it. */
  private static String notASchema(String ref) {
    return "schema reference '"
        + ref
        + "' names "
        + kind(SchemaPositions.tokens(ref))
        + ", not a schema";
  }

  private static String kind(List<String> target) {
    for (int i = target.size() - 1; i >= 0; i--) {
      switch (target.get(i)) {
        case "responses" -> {
          return "a response";
        }
        case "parameters" -> {
          return "a parameter";
        }
        case "requestBodies", "requestBody" -> {
          return "a request body";
        }
        case "headers" -> {
          return "a header";
        }
        case "examples" -> {
          return "an example";
        }
        default -> {}
      }
    }
    return "something else";
  }
}
