package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.config.GeneratorConfig;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef;
import dev.seamgen.generator.ir.TypeDef.EnumType;
import dev.seamgen.generator.ir.TypeDef.EnumValue;
import dev.seamgen.generator.ir.TypeDef.ObjectType;
import dev.seamgen.generator.ir.TypeDef.UnionType;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.ir.TypeRef.Kind;
import dev.seamgen.generator.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each schema construct gets the Java shape the README's type-mapping table promises. */
class SchemaShapesTest {
  private static final Path SHAPES = Path.of("src/test/resources/specs/shapes.yaml");
  private static ApiModel model;
  private static final List<Problem> warnings = new ArrayList<>();

  @BeforeAll
  static void read() throws Exception {
    model = SpecReader.read(SHAPES, warnings::add);
  }

  private static Property property(String type, String wireName) {
    ObjectType object = (ObjectType) model.type(type).orElseThrow();
    return object.properties().stream()
        .filter(p -> p.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type + " has no " + wireName));
  }

  private static TypeDef typeOf(String owner, String wireName) {
    TypeRef ref = property(owner, wireName).type();
    return model.type(((TypeRef.Named) ref).name()).orElseThrow();
  }

  @Test
  void discriminatedOneOfIsAUnion() {
    UnionType kind = assertInstanceOf(UnionType.class, typeOf("Shape", "kind"));
    assertEquals("kind_code", kind.discriminator());
    assertEquals(
        List.of("circle", "square"), kind.variants().stream().map(TypeDef.Variant::code).toList());
  }

  @Test
  void objectsWithoutDiscriminatorMergeIntoOneClass() {
    ObjectType event = assertInstanceOf(ObjectType.class, typeOf("Shape", "event"));
    assertEquals(
        List.of("event_id", "status", "result", "finished_at"),
        event.properties().stream().map(Property::wireName).toList());
    assertTrue(property(event.name(), "event_id").required(), "required by every alternative");
    assertFalse(property(event.name(), "finished_at").required(), "only one alternative has it");
    EnumType status = assertInstanceOf(EnumType.class, typeOf(event.name(), "status"));
    assertEquals(
        List.of("pending", "failed", "done"), wireValues(status), "the enums of status merge");
    assertEquals(
        new TypeRef.AnyOf(List.of()),
        property(event.name(), "result").type(),
        "string in one alternative, integer in the other: untyped");
  }

  @Test
  void stringEnumsUnderOneOfMergeIntoOneEnum() {
    EnumType colour = assertInstanceOf(EnumType.class, typeOf("Shape", "colour"));
    assertEquals(List.of("red", "green", "blue"), wireValues(colour));
  }

  @Test
  void scalarsAndMixesAreObjects() {
    assertEquals(
        new TypeRef.AnyOf(List.of(Kind.STRING, Kind.BOOLEAN)), property("Shape", "label").type());
    assertEquals(new TypeRef.AnyOf(List.of()), property("Shape", "anything").type());
    assertEquals(
        new TypeRef.AnyOf(List.of()),
        property("Shape", "blob").type(),
        "an empty schema is any JSON");
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.location()
                        .fragment()
                        .equals("#/components/schemas/shape/properties/anything")),
        warnings.toString());
  }

  @Test
  void allOfMergesProperties() {
    ObjectType stamped = assertInstanceOf(ObjectType.class, typeOf("Shape", "stamped"));
    assertEquals(
        List.of("stamped_at", "by"),
        stamped.properties().stream().map(Property::wireName).toList());
  }

  @Test
  void mapsListsNullablesAndNumericEnums() {
    assertTrue(property("Shape", "nickname").nullable());
    assertEquals(TypeRef.mapOf(TypeRef.primitive(Kind.INT32)), property("Shape", "sizes").type());
    assertEquals(TypeRef.mapOf(new TypeRef.AnyOf(List.of())), property("Shape", "extras").type());
    assertEquals(
        TypeRef.primitive(Kind.INT32),
        property("Shape", "level").type(),
        "an enum of integers is the integer type");
    TypeRef history = property("Shape", "history").type();
    TypeRef element = assertInstanceOf(TypeRef.ListOf.class, history).element();
    assertInstanceOf(
        UnionType.class,
        model.type(((TypeRef.Named) element).name()).orElseThrow(),
        "an array of a discriminated oneOf is a list of a union");
  }

  @Test
  void recursiveSchemasReferToThemselves() {
    assertEquals(TypeRef.listOf(TypeRef.named("Folder")), property("Folder", "children").type());
    assertEquals(TypeRef.named("Folder"), property("Folder", "parent").type());
    assertTrue(property("Folder", "parent").nullable());
  }

  @Test
  void everyShapeCompiles(@TempDir Path output, @TempDir Path classes) throws Exception {
    Generator.run(
        GeneratorConfig.builder()
            .spec(SHAPES)
            .outputDirectory(output)
            .packageName("com.example.shapes")
            .build());
    assertEquals("", dev.seamgen.generator.GeneratedCodeCompilesTest.compile(output, classes));
  }

  private static List<String> wireValues(EnumType type) {
    return type.values().stream().map(EnumValue::wireValue).toList();
  }
}
