package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef.ObjectType;
import dev.seamgen.generator.ir.TypeRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline object schemas of the same name share one class when they differ only in prose, and never
 * when their properties differ, even in a property named like a prose keyword.
 */
class InlineTypeSharingTest {
  private static ApiModel model;

  @BeforeAll
  static void read(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        """
        openapi: 3.0.3
        info: {title: Edits, version: '1'}
        paths: {}
        components:
          schemas:
            IssueEdited:
              type: object
              properties:
                changes:
                  type: object
                  properties:
                    body: {type: string}
            ReviewEdited:
              type: object
              properties:
                changes:
                  type: object
                  description: What the edit changed.
                  properties:
                    body: {type: string, description: The new body., example: Fixed.}
            DiscussionEdited:
              type: object
              properties:
                changes:
                  type: object
                  properties:
                    body: {type: string}
                    title: {type: string}
            LabelEdited:
              type: object
              properties:
                changes:
                  type: object
                  required: [body]
                  properties:
                    body: {type: string}
                    description: {type: string}
        """);
    model = SpecReader.read(spec, w -> {});
  }

  private static ObjectType changesOf(String owner) {
    ObjectType object = (ObjectType) model.type(owner).orElseThrow();
    TypeRef changes =
        object.properties().stream()
            .filter(p -> p.wireName().equals("changes"))
            .findFirst()
            .orElseThrow()
            .type();
    return (ObjectType) model.type(((TypeRef.Named) changes).name()).orElseThrow();
  }

  private static List<String> properties(ObjectType type) {
    return type.properties().stream().map(Property::wireName).toList();
  }

  @Test
  void schemasThatDifferOnlyInProseShareOneClass() {
    assertEquals(changesOf("IssueEdited").name(), changesOf("ReviewEdited").name());
  }

  @Test
  void aPropertyNamedLikeAProseKeywordIsPartOfTheShape() {
    assertNotEquals(changesOf("IssueEdited").name(), changesOf("DiscussionEdited").name());
    assertEquals(List.of("body", "title"), properties(changesOf("DiscussionEdited")));
    assertNotEquals(changesOf("IssueEdited").name(), changesOf("LabelEdited").name());
    assertEquals(List.of("body", "description"), properties(changesOf("LabelEdited")));
  }
}
