package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.seamgen.generator.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example that breaks its schema is warned of once, where it is written, in file order. */
class ExampleCheckTest {
  @TempDir Path dir;

  private static final String SPEC =
      """
      openapi: 3.0.3
      info: {title: Examples, version: '1'}
      paths: {}
      components:
        schemas:
          Lock:
            type: object
            properties:
              id: {type: integer, example: 7}
              mode: {type: string, enum: [locked, unlocked], example: open}
              battery: {example: 0.5, type: number}
              online: {type: boolean, example: 'yes'}
              seen_at: {type: string, format: date-time, example: yesterday}
              installed_on: {type: string, format: date, example: '2024-02-30'}
              name: {type: string, example: {first: Front}}
              note: {type: string, example: null}
              tags:
                allOf:
                  - {type: integer, example: 1.5}
          Plain:
            type: object
            example: {type: integer, example: not-checked}
            properties:
              type: {type: string, example: 3}
      """;

  private List<Problem> warnings(String name) throws Exception {
    Path spec = dir.resolve(name);
    Files.writeString(
        spec,
        name.endsWith(".json")
            ? new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(SPEC))
            : SPEC);
    List<Problem> warnings = new ArrayList<>();
    SpecReader.read(spec, warnings::add);
    return warnings.stream().filter(w -> w.message().startsWith("the example ")).toList();
  }

  @Test
  void everyBrokenExampleIsWarnedOfInFileOrderAtItsPlace() throws Exception {
    for (String name : List.of("spec.yaml", "spec.json")) {
      List<Problem> warnings = warnings(name);
      assertEquals(
          List.of(
              "mode/example: the example 'open' is not one of the enum's values",
              "online/example: the example 'yes' is not a boolean",
              "seen_at/example: the example 'yesterday' is not a valid date-time",
              "installed_on/example: the example '2024-02-30' is not a valid date",
              "name/example: the example '{\"first\":\"Front\"}' is not a string",
              "tags/allOf/0/example: the example '1.5' is not an integer",
              "type/example: the example '3' is not a string"),
          warnings.stream()
              .map(
                  w ->
                      w.location().pointer().replaceFirst(".*/properties/", "")
                          + ": "
                          + w.message().replace("; it is left out of the docs", ""))
              .toList(),
          name);
    }
  }

  @Test
  void aWarningNamesTheLineOfItsExample() throws Exception {
    Problem mode = warnings("spec.yaml").get(0);
    List<String> lines = SPEC.lines().toList();
    int line = lines.indexOf(lines.stream().filter(l -> l.contains("mode:")).findFirst().get());
    assertEquals(line + 1, mode.line().orElseThrow());
  }
}
