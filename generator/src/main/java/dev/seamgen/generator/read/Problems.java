package dev.seamgen.generator.read;

import dev.seamgen.generator.Problem;
import dev.seamgen.generator.ir.Location;
import java.util.ArrayList;
import java.util.List;

/** Collects problems while the spec is read, so that all of them are reported at once. */
final class Problems {
  private final List<Problem> problems = new ArrayList<>();
  private final SourceMap sourceMap;

  Problems(SourceMap sourceMap) {
    this.sourceMap = sourceMap;
  }

  void error(Location location, String message, String hint) {
    add(Problem.error(location, message, hint));
  }

  void warning(Location location, String message, String hint) {
    add(Problem.warning(location, message, hint));
  }

  /** Adds {@code problem} unless an error was already reported at the same place. */
  void add(Problem problem) {
    boolean known = problems.stream().anyMatch(p -> p.isError()
        && p.location().equals(problem.location()));
    if (!known) {
      problems.add(sourceMap.locate(problem));
    }
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * Every problem, in the order found, but for an error that the same error at a place inside
   * it makes redundant: Swagger Parser names the enclosing schema where {@link SchemaTranslator}
   * names the property.
   */
  List<Problem> all() {
    return problems.stream().filter(p -> !supersededByDeeper(p)).toList();
  }

  private boolean supersededByDeeper(Problem problem) {
    String pointer = problem.location().pointer();
    return problem.isError() && problems.stream().anyMatch(other -> other.isError()
        && other.message().equals(problem.message())
        && other.location().file().equals(problem.location().file())
        && other.location().pointer().startsWith(pointer + "/"));
  }
}
