package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code $ref}s into a component schema (a property, items, an alternative), as OpenAI's spec. */
class SchemaPointersTest {
  private static final String SPEC =
      """
      openapi: 3.0.3
      info: {title: T, version: '1'}
      paths:
        /answers:
          post:
            requestBody:
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Answer'}
            responses: {'200': {description: OK}}
      components:
        schemas:
          Completion:
            type: object
            properties:
              user: {type: string, description: The end user.}
              logit_bias:
                type: object
                additionalProperties: {type: integer}
              stop:
                type: array
                items: {type: string, enum: [end, stop]}
              choice:
                oneOf:
                  - {type: integer}
                  - {type: string}
          Answer:
            type: object
            properties:
              user: {$ref: '#/components/schemas/Completion/properties/user'}
              logit_bias: {$ref: '#/components/schemas/Completion/properties/logit_bias'}
              stop_word: {$ref: '#/components/schemas/Completion/properties/stop/items'}
              number: {$ref: '#/components/schemas/Completion/properties/choice/oneOf/0'}
              again: {$ref: '#/components/schemas/Answer/properties/user'}
      """;

  @TempDir Path dir;

  @Test
  void aReferenceToAPropertyOfAComponentIsThatPropertysType() throws Exception {
    List<Problem> warnings = new ArrayList<>();
    ApiModel model =
        SpecReader.read(Files.writeString(dir.resolve("spec.yaml"), SPEC), warnings::add);
    TypeDef.ObjectType answer = (TypeDef.ObjectType) model.type("Answer").orElseThrow();
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), type(answer, "user"));
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), type(answer, "again"));
    assertEquals(TypeRef.mapOf(TypeRef.primitive(TypeRef.Kind.INT32)), type(answer, "logit_bias"));
    assertTrue(type(answer, "stop_word") instanceof TypeRef.Named, answer.toString());
    assertEquals(TypeRef.primitive(TypeRef.Kind.INT32), type(answer, "number"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void aReferenceToAPropertyThatDoesNotExistIsAnErrorAtItsLine() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("spec.yaml"),
            SPEC.replace("Completion/properties/user'}", "Completion/properties/gone'}"));
    SpecException e = assertThrows(SpecException.class, () -> SpecReader.read(spec, w -> {}));
    Problem problem = e.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
    assertEquals("#/components/schemas/Answer/properties/user", problem.location().fragment());
    assertTrue(problem.message().contains("does not resolve"), problem.format());
    assertTrue(problem.line().isPresent(), problem.format());
  }

  private static TypeRef type(TypeDef.ObjectType type, String property) {
    return type.properties().stream()
        .filter(p -> p.wireName().equals(property))
        .map(Property::type)
        .findFirst()
        .orElseThrow();
  }
}
