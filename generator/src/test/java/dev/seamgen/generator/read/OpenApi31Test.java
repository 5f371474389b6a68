package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OpenAPI 3.1's constructs: each read as the README's table says, or warned of. */
class OpenApi31Test {
  private static final Path SPEC = Path.of("src/test/resources/specs/v31.yaml");

  private final List<Problem> warnings = new ArrayList<>();
  private ApiModel model;

  @BeforeEach
  void read() throws Exception {
    model = SpecReader.read(SPEC, warnings::add);
  }

  @Test
  void aTypeArrayWithNullIsAnOptionalNullableValue() {
    Property title = property("Picture", "title");
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), title.type());
    assertTrue(title.nullable());
    Property width = property("Picture", "width");
    assertEquals(TypeRef.primitive(TypeRef.Kind.INT32), width.type());
    assertTrue(width.nullable());
  }

  @Test
  void aConstIsItsValuesType() {
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), property("Picture", "kind").type());
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), body().get("kind").type());
  }

  @Test
  void prefixItemsOfOneTypeAreAListOfIt() {
    assertEquals(TypeRef.listOf(TypeRef.primitive(TypeRef.Kind.INT32)), body().get("size").type());
  }

  @Test
  void prefixItemsOfDifferentTypesAreAListOfAnyValueWithAWarning() {
    assertEquals(TypeRef.listOf(new TypeRef.AnyOf(List.of())), body().get("label").type());
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.message().startsWith("the items of this tuple (prefixItems) differ")
                        && w.location().pointer().endsWith("/properties/label/prefixItems")),
        warnings.toString());
  }

  @Test
  void contentMediaTypeOutsideMultipartIsAString() {
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), body().get("thumbnail").type());
  }

  @Test
  void aRefWithSiblingKeywordsIsTheReferencedType() {
    Operation get = operation("GET");
    assertEquals(TypeRef.named("Picture"), get.result().orElseThrow().type());
  }

  @Test
  void aSchemaUnderDefsIsAClassOfItsName() {
    assertEquals(TypeRef.named("Frame"), body().get("frame").type());
    assertEquals(TypeRef.named("Frame"), property("Picture", "frame").type());
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), property("Frame", "color").type());
  }

  @Test
  void webhooksAreLeftOutWithOneNote() {
    List<Problem> notes =
        warnings.stream().filter(w -> w.location().pointer().equals("/webhooks")).toList();
    assertEquals(1, notes.size(), warnings.toString());
    assertTrue(notes.get(0).message().contains("1 webhook is left out"), notes.toString());
    assertEquals(2, model.operationsGenerated());
  }

  private Map<String, Property> body() {
    return operation("POST").request().bodyProperties().stream()
        .collect(Collectors.toMap(Property::wireName, Function.identity()));
  }

  private Operation operation(String verb) {
    return model.allResources().stream()
        .flatMap(r -> r.operations().stream())
        .filter(o -> o.httpMethod().equals(verb))
        .findFirst()
        .orElseThrow();
  }

  private Property property(String type, String name) {
    TypeDef def = model.type(type).orElseThrow();
    return ((TypeDef.ObjectType) def)
        .properties().stream().filter(p -> p.wireName().equals(name)).findFirst().orElseThrow();
  }
}
