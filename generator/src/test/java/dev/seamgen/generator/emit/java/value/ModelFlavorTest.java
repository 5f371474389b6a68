package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model {@code kennel}: read leniently from responses. */
class ModelFlavorTest {
  private static final ClassName KENNEL = ClassName.get("p", "Kennel");

  private ModelFlavor flavor;
  private List<Property> properties;

  @BeforeEach
  void setUp() throws Exception {
    JavaContext context = context();
    flavor = new ModelFlavor(context.types());
    properties =
        context.model().types().stream()
            .filter(t -> t.name().equals("Kennel"))
            .map(t -> ((TypeDef.ObjectType) t).properties())
            .findFirst()
            .orElseThrow();
  }

  private Property property(String javaName) {
    return properties.stream().filter(p -> p.javaName().equals(javaName)).findFirst().orElseThrow();
  }

  private String accessor(String javaName) {
    MethodSpec.Builder accessor = MethodSpec.methodBuilder(javaName);
    flavor.completeAccessor(accessor, KENNEL, property(javaName));
    return accessor.build().toString();
  }

  @Test
  void aMissingRequiredValueFailsWhenReadNamingItsWireName() {
    assertTrue(
        accessor("kennelId")
            .contains(
                "return dev.seamgen.runtime.core.Fields.required(kennelId, \"Kennel\", \"kennel_id\");"));
  }

  @Test
  void listsAndMapsAreNeverNullSoBuildDoesNotCheckThem() {
    assertTrue(accessor("dogs").contains("return dogs;"));
    assertFalse(flavor.checkedByBuild(property("dogs")));
    assertFalse(flavor.checkedByBuild(property("labels")));
    assertTrue(flavor.checkedByBuild(property("name")));
  }

  @Test
  void anOptionalValueIsReadAsOptional() {
    assertTrue(accessor("openedAt").contains("return java.util.Optional.ofNullable(openedAt);"));
  }

  @Test
  void unknownFieldsAreKeptAndCompared() {
    assertEquals(List.of("additionalProperties"), flavor.extraMembers().memberNames());
  }
}
