package dev.seamgen.generator.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.seamgen.generator.ir.Location;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void aProblemWithTheWholeFileNamesNoPlaceInIt() {
    Problem missing =
        Problem.error(
            Location.root("api.yaml"),
            "spec file not found: specs/api.yaml",
            "Check the path given as the spec");

    assertEquals(
        "api.yaml: error: spec file not found: specs/api.yaml. Check the path given as the spec",
        missing.format());
  }

  @Test
  void aProblemInsideTheFileNamesItsLineColumnAndPointer() {
    Problem problem =
        Problem.warning(
                Location.root("api.yaml").child("components").child("schemas"), "something odd", "")
            .at(12, 7);

    assertEquals(
        "api.yaml:12:7: warning: something odd (at #/components/schemas)", problem.format());
  }
}
