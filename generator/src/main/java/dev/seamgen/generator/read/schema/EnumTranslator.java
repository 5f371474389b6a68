package dev.seamgen.generator.read.schema;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.TypeDef.EnumType;
import dev.seamgen.generator.ir.TypeDef.EnumValue;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns a string enum schema into an {@link EnumType} with a Java constant per value. */
final class EnumTranslator {
  private final ProblemCollector problems;

  EnumTranslator(ProblemCollector problems) {
    this.problems = problems;
  }

  /**
   * The enum {@code name} of {@code schema}'s values, warning when they are too many for constants.
   */
  EnumType enumType(String name, Schema<?> schema, Location location) {
    Set<String> constants = new HashSet<>();
    List<EnumValue> values = new ArrayList<>();
    for (Object value : schema.getEnum()) {
      if (value == null) {
        continue;
      }
      String wire = String.valueOf(value);
      String constant = Naming.unique(Naming.constantName(wire), constants::contains);
      constants.add(constant);
      values.add(new EnumValue(wire, constant));
    }
    EnumType type =
        new EnumType(name, SpecStrings.description(schema.getDescription()), values, location);
    if (!type.hasConstants()) {
      problems.warning(
          location,
          "enum "
              + name
              + " has "
              + values.size()
              + " values, more "
              + "than the "
              + EnumType.MAX_CONSTANTS
              + " that get a Java constant each",
          "The class has no constants: code reaches values with "
              + name
              + ".of(\"...\") "
              + "and "
              + name
              + ".values()");
    }
    return type;
  }
}
