package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.operation;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request's properties of {@code /kennels/update}: what is sent, left out or sent as null. */
class RequestFlavorTest {
  private RequestFlavor flavor;
  private JavaContext context;

  @BeforeEach
  void setUp() throws Exception {
    context = context();
    flavor = new RequestFlavor(context.types());
  }

  private Property property(String javaName) {
    return operation(resource(context, "kennels"), "update").request().properties().stream()
        .filter(p -> p.javaName().equals(javaName))
        .findFirst()
        .orElseThrow();
  }

  private String setter(String javaName, TypeName parameter, boolean plain) {
    MethodSpec.Builder setter = MethodSpec.methodBuilder(javaName);
    flavor.completeSetter(setter, property(javaName), parameter, plain);
    return setter.build().toString();
  }

  @Test
  void aNullableValueIsHeldAsAnOptionalSoThatNullCanBeSent() {
    assertEquals(
        "java.util.Optional<java.lang.Integer>", flavor.fieldType(property("capacity")).toString());
    String setter = setter("capacity", TypeName.INT.box(), false);
    assertTrue(setter.contains("this.capacity = java.util.Optional.ofNullable(capacity);"), setter);
    assertTrue(setter.contains("sends an explicit JSON null"), setter);
  }

  @Test
  void aRequiredObjectRefusesNullWhenSetButARequiredPrimitiveCannotBeNull() {
    assertTrue(
        setter("kennelId", ClassName.get(String.class), true)
            .contains("java.util.Objects.requireNonNull(kennelId, \"kennelId == null\")"));
    assertFalse(setter("open", TypeName.BOOLEAN, true).contains("requireNonNull"));
  }

  @Test
  void aNullableListKeepsItsNullAndCopiesItsValue() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    flavor.addFromBuilder(constructor, property("dogs"));
    flavor.addFromBuilder(constructor, property("tags"));
    String code = constructor.build().code().toString();
    assertTrue(
        code.contains(
            "this.dogs = builder.dogs == null ? null : builder.dogs.map(v -> dev.seamgen.runtime.core.Fields.list(v));"),
        code);
    assertTrue(
        code.contains(
            "this.tags = builder.tags == null ? null : dev.seamgen.runtime.core.Fields.list(builder.tags);"),
        code);
  }

  @Test
  void buildChecksTheRequiredValuesThatCannotBeNull() {
    assertTrue(flavor.checkedByBuild(property("kennelId")));
    assertFalse(flavor.checkedByBuild(property("capacity")));
    assertFalse(flavor.checkedByBuild(property("name")));
  }

  @Test
  void aRequestHasNoMembersBeyondItsProperties() {
    assertEquals(ExtraMembers.NONE, flavor.extraMembers());
  }
}
