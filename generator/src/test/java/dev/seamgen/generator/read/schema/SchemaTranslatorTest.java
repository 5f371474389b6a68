package dev.seamgen.generator.read.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef;
import dev.seamgen.generator.ir.TypeDef.EnumType;
import dev.seamgen.generator.ir.TypeDef.EnumValue;
import dev.seamgen.generator.ir.TypeDef.ObjectType;
import dev.seamgen.generator.ir.TypeDef.UnionType;
import dev.seamgen.generator.ir.TypeDef.Variant;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.ir.TypeRef.Kind;
import dev.seamgen.generator.read.InlineSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Component schemas translated into the types an SDK user sees, one schema shape per test. */
class SchemaTranslatorTest {
  @TempDir Path folder;

  @Test
  void anObjectsPropertiesKeepSpecOrderWithJavaNamesTypesAndRequirement() throws IOException {
    InlineSpec spec =
        translate(
            """
            Pet:
              type: object
              required: [pet_id]
              properties:
                pet_id: {type: integer, format: int64}
                created_at: {type: string, format: date-time}
                nickname: {type: string, nullable: true, description: "  What the owner says.  "}
            """);
    List<Property> properties = object(spec, "Pet").properties();
    assertEquals(
        List.of("pet_id", "created_at", "nickname"),
        properties.stream().map(Property::wireName).toList());
    assertEquals(
        List.of("petId", "createdAt", "nickname"),
        properties.stream().map(Property::javaName).toList());
    assertEquals(
        List.of(
            TypeRef.primitive(Kind.INT64),
            TypeRef.primitive(Kind.DATE_TIME),
            TypeRef.primitive(Kind.STRING)),
        properties.stream().map(Property::type).toList());
    assertEquals(List.of(true, false, false), properties.stream().map(Property::required).toList());
    assertTrue(properties.get(2).nullable());
    assertFalse(properties.get(0).nullable());
    assertEquals("What the owner says.", properties.get(2).description());
    assertEquals(
        "/components/schemas/Pet/properties/created_at", properties.get(1).location().pointer());
    assertEquals(List.of(), spec.reported());
  }

  @Test
  void aReferenceMadeNullableWhereItIsUsedIsNullableThere() throws IOException {
    InlineSpec spec =
        translate(
            """
            Pet:
              type: object
              properties:
                best_friend:
                  nullable: true
                  allOf: [{$ref: '#/components/schemas/Pet'}]
                rival: {$ref: '#/components/schemas/Pet'}
            """);
    List<Property> pet = object(spec, "Pet").properties();
    assertEquals(TypeRef.named("Pet"), pet.get(0).type());
    assertTrue(pet.get(0).nullable());
    assertEquals(TypeRef.named("Pet"), pet.get(1).type());
    assertFalse(pet.get(1).nullable());
  }

  @Test
  void anInlineEnumIsATypeNamedAfterItsProperty() throws IOException {
    InlineSpec spec =
        translate(
            """
            Order:
              type: object
              properties:
                status:
                  type: string
                  enum: [placed, in-transit]
            """);
    Property status = object(spec, "Order").properties().get(0);
    assertEquals(TypeRef.named("Status"), status.type());
    EnumType type = (EnumType) type(spec, "Status");
    assertEquals(
        List.of(new EnumValue("placed", "PLACED"), new EnumValue("in-transit", "IN_TRANSIT")),
        type.values());
    assertEquals("/components/schemas/Order/properties/status", type.location().pointer());
  }

  @Test
  void aComponentThatOnlyAliasesAScalarIsInlinedAndGetsNoClass() throws IOException {
    InlineSpec spec =
        translate(
            """
            Id: {type: string, format: uuid}
            Thing:
              type: object
              properties:
                id: {$ref: '#/components/schemas/Id'}
            """);
    assertEquals(TypeRef.primitive(Kind.STRING), object(spec, "Thing").properties().get(0).type());
    assertEquals(List.of("Thing"), spec.registry().all().stream().map(TypeDef::name).toList());
  }

  @Test
  void allOfPartsAreMergedIntoOneClassWithEveryPartsRequirements() throws IOException {
    InlineSpec spec =
        translate(
            """
            Base:
              type: object
              required: [id]
              properties:
                id: {type: string}
            Dog:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  properties:
                    barks: {type: boolean}
            """);
    List<Property> dog = object(spec, "Dog").properties();
    assertEquals(List.of("id", "barks"), dog.stream().map(Property::wireName).toList());
    assertEquals(List.of(true, false), dog.stream().map(Property::required).toList());
    assertEquals(TypeRef.primitive(Kind.BOOLEAN), dog.get(1).type());
  }

  @Test
  void anAllOfOfAScalarAndAnnotationsIsThatScalarWithTheAnnotations() throws IOException {
    InlineSpec spec =
        translate(
            """
            Id:
              type: string
              format: uuid
            Status:
              type: string
              enum: [on, off]
            Account:
              type: object
              properties:
                name:
                  allOf: [{type: string, maxLength: 40}, {nullable: false}]
                id:
                  allOf: [{$ref: '#/components/schemas/Id'}, {description: The account's id.}]
                status:
                  allOf: [{$ref: '#/components/schemas/Status'}, {nullable: true}]
                tags:
                  allOf: [{type: array, items: {type: string}}, {description: Its tags.}]
            Alias:
              allOf: [{type: integer}, {description: Counted.}]
            """);
    List<Property> account = object(spec, "Account").properties();
    assertEquals(
        List.of(
            TypeRef.primitive(Kind.STRING),
            TypeRef.primitive(Kind.STRING),
            TypeRef.named("Status"),
            TypeRef.listOf(TypeRef.primitive(Kind.STRING))),
        account.stream().map(Property::type).toList());
    assertEquals(40, account.get(0).constraints().maxLength().orElseThrow());
    assertFalse(account.get(0).nullable());
    assertEquals("The account's id.", account.get(1).description());
    assertTrue(account.get(2).nullable());
    assertEquals("Its tags.", account.get(3).description());
    assertEquals(
        List.of("Status", "Account"), spec.registry().all().stream().map(TypeDef::name).toList());
    assertEquals(List.of(), spec.reported());
  }

  @Test
  void anAllOfThatReachesItselfIsStillAnObject() throws IOException {
    InlineSpec spec =
        translate(
            """
            Loop:
              allOf: [{$ref: '#/components/schemas/Loop'}, {description: Itself.}]
            """);
    assertEquals(List.of(), object(spec, "Loop").properties());
  }

  @Test
  void aDiscriminatedOneOfIsAUnionWithAVariantPerCode() throws IOException {
    InlineSpec spec =
        translate(
            """
            Event:
              oneOf:
                - $ref: '#/components/schemas/Created'
                - $ref: '#/components/schemas/Deleted'
              discriminator:
                propertyName: event_type
                mapping:
                  created: '#/components/schemas/Created'
                  deleted: '#/components/schemas/Deleted'
            Created:
              type: object
              required: [event_type]
              properties:
                event_type: {type: string}
                created_at: {type: string, format: date-time}
            Deleted:
              type: object
              required: [event_type]
              properties:
                event_type: {type: string}
            """);
    UnionType event = (UnionType) type(spec, "Event");
    assertEquals("event_type", event.discriminator());
    assertEquals("eventType", event.discriminatorJavaName());
    assertEquals(
        List.of("created", "deleted"), event.variants().stream().map(Variant::code).toList());
    // The variants are nested in the union's class, not types of their own.
    assertEquals(List.of("Event"), spec.registry().all().stream().map(TypeDef::name).toList());
  }

  @Test
  void anArrayWithoutItemsIsAListOfAnyJsonValueWithAWarningAtTheProperty() throws IOException {
    InlineSpec spec =
        translate(
            """
            Bag:
              type: object
              properties:
                things: {type: array}
            """);
    assertEquals(
        TypeRef.listOf(new TypeRef.AnyOf(List.of())),
        object(spec, "Bag").properties().get(0).type());
    assertEquals(
        List.of(
            "/components/schemas/Bag/properties/things: array schema has no items; its items are"
                + " read as any JSON value (Object)"),
        spec.reported());
  }

  @Test
  void aRequiredPropertyThatIsNotDefinedIsWarnedAboutAndIgnored() throws IOException {
    InlineSpec spec =
        translate(
            """
            Cat:
              type: object
              required: [name]
              properties:
                age: {type: integer}
            """);
    List<Property> cat = object(spec, "Cat").properties();
    assertEquals(List.of("age"), cat.stream().map(Property::wireName).toList());
    assertEquals(TypeRef.primitive(Kind.INT32), cat.get(0).type());
    assertEquals(
        List.of(
            "/components/schemas/Cat/required: required property 'name' is not defined; the"
                + " requirement is ignored"),
        spec.reported());
  }

  @Test
  void aReferenceToAMissingSchemaIsAnErrorAtTheProperty() throws IOException {
    InlineSpec spec =
        translate(
            """
            Owner:
              type: object
              properties:
                pet: {$ref: '#/components/schemas/Missing'}
            """);
    assertEquals(new TypeRef.AnyOf(List.of()), object(spec, "Owner").properties().get(0).type());
    assertEquals(
        List.of(
            "error /components/schemas/Owner/properties/pet: reference"
                + " '#/components/schemas/Missing' does not resolve"),
        spec.reported());
  }

  /** Translates the component schemas {@code schemas} (YAML, unindented). */
  private InlineSpec translate(String schemas) throws IOException {
    InlineSpec spec =
        InlineSpec.parse(
            folder,
            """
            openapi: 3.0.3
            info: {title: Test, version: '1'}
            paths: {}
            components:
              schemas:
            """
                + schemas.indent(4));
    spec.schemas().translateComponents();
    return spec;
  }

  private static TypeDef type(InlineSpec spec, String name) {
    return spec.registry().all().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no type " + name + " in " + spec.registry().all()));
  }

  private static ObjectType object(InlineSpec spec, String name) {
    return (ObjectType) type(spec, name);
  }
}
