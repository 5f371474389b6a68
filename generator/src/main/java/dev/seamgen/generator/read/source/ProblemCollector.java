package dev.seamgen.generator.read.source;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Collects problems while the spec is read, so that all of them are reported at once. */
public final class ProblemCollector {
  /** How a warning that leaves an operation out starts, before the operation is named. */
  public static final String LEFT_OUT = "operation left out: ";

  private final List<Problem> problems = new ArrayList<>();
  private final SourceMap sourceMap;

  /** Turns pointers into the converted document into ones into a 2.0 user's file; else null. */
  private final Swagger2PointerMap pointers;

  /** Turns pointers into schemas moved to components back into where they were written. */
  private final UnaryOperator<String> moved;

  /** Collects the problems of a Swagger 2.0 spec, read through its conversion to OpenAPI 3. */
  public static ProblemCollector ofSwagger2(SourceMap sourceMap, Swagger2PointerMap pointers) {
    return new ProblemCollector(sourceMap, pointers, UnaryOperator.identity());
  }

  /**
   * Collects the problems of an OpenAPI 3 spec.
   *
   * @param moved turns a pointer into a schema moved into components back into where it was written
   */
  public static ProblemCollector of(SourceMap sourceMap, UnaryOperator<String> moved) {
    return new ProblemCollector(sourceMap, null, moved);
  }

  private ProblemCollector(
      SourceMap sourceMap, Swagger2PointerMap pointers, UnaryOperator<String> moved) {
    this.sourceMap = sourceMap;
    this.pointers = pointers;
    this.moved = moved;
  }

  public void error(Location location, String message, String hint) {
    add(Problem.error(location, message, hint));
  }

  public void warning(Location location, String message, String hint) {
    add(Problem.warning(location, message, hint));
  }

  /**
   * Warns at {@code location}, a place in the spec file as written: for a Swagger 2.0 spec, its
   * pointer is not one into the converted document.
   */
  public void warningAsWritten(Location location, String message, String hint) {
    warningAsWritten(Problem.warning(location, message, hint));
  }

  /** Adds {@code warning}, whose location is a place in the spec file as written. */
  public void warningAsWritten(Problem warning) {
    addLocated(warning);
  }

  /** Adds {@code problem} unless an error was already reported at the same place. */
  public void add(Problem reported) {
    addLocated(inUserDocument(reported));
  }

  private void addLocated(Problem problem) {
    boolean known =
        problems.stream().anyMatch(p -> p.isError() && p.location().equals(problem.location()));
    if (!known) {
      problems.add(sourceMap.locate(problem));
    }
  }

  /** {@code problem} with its pointer, message and hint in the terms of the user's document. */
  private Problem inUserDocument(Problem problem) {
    if (pointers == null) {
      String pointer = moved.apply(problem.location().pointer());
      return pointer.equals(problem.location().pointer())
          ? problem
          : new Problem(
              problem.severity(),
              new Location(problem.location().file(), pointer),
              problem.line(),
              problem.column(),
              problem.message(),
              problem.hint());
    }
    return new Problem(
        problem.severity(),
        new Location(problem.location().file(), pointers.apply(problem.location().pointer())),
        problem.line(),
        problem.column(),
        Swagger2PointerMap.text(problem.message()),
        Swagger2PointerMap.text(problem.hint()));
  }

  /** How many problems were reported so far. */
  public int count() {
    return problems.size();
  }

  /**
   * Makes the "operation left out" warnings reported since {@code since} name the operation ({@code
   * GET /pet/{petId}}): passes that find the reason do not know it.
   */
  public void nameLeftOutOperation(int since, String operation) {
    for (int i = since; i < problems.size(); i++) {
      Problem p = problems.get(i);
      if (!p.isError() && p.message().startsWith(LEFT_OUT)) {
        problems.set(
            i,
            new Problem(
                p.severity(),
                p.location(),
                p.line(),
                p.column(),
                operation + " left out: " + p.message().substring(LEFT_OUT.length()),
                p.hint()));
      }
    }
  }

  /**
   * Why {@code operation} was left out, from the first warning since {@code since} that says so
   * (after {@link #nameLeftOutOperation}).
   */
  public String leftOutReason(int since, String operation) {
    String prefix = operation + " left out: ";
    for (int i = since; i < problems.size(); i++) {
      Problem p = problems.get(i);
      if (!p.isError() && p.message().startsWith(prefix)) {
        return p.message().substring(prefix.length());
      }
    }
    return "see the warnings";
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * Every problem, in the order found, but for an error that the same error at a place inside it
   * makes redundant: Swagger Parser names the enclosing schema where {@code SchemaTranslator} names
   * the property.
   */
  public List<Problem> all() {
    return problems.stream().filter(p -> !supersededByDeeper(p)).toList();
  }

  private boolean supersededByDeeper(Problem problem) {
    String pointer = problem.location().pointer();
    return problem.isError()
        && problems.stream()
            .anyMatch(
                other ->
                    other.isError()
                        && other.message().equals(problem.message())
                        && other.location().file().equals(problem.location().file())
                        && other.location().pointer().startsWith(pointer + "/"));
  }
}
