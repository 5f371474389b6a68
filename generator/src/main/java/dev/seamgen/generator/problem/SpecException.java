package dev.seamgen.generator.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The spec cannot be turned into an SDK. Carries every problem found, not just the first, so an
 * author can fix them in one pass; nothing has been written when this is thrown.
 */
public final class SpecException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public SpecException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, errors and warnings, in the order they were found. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    return problems.stream()
        .map(Problem::format)
        .collect(
            Collectors.joining(
                "\n", "The spec has " + errors + (errors == 1 ? " error" : " errors") + ":\n", ""));
  }
}
