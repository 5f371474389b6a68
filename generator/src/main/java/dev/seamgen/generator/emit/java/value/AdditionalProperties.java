package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.poet.JavaNames.FIELDS;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_ANY_GETTER;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_ANY_SETTER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A model's {@code additionalProperties}: every field of the JSON object that the spec does not
 * name, kept as read, compared like the others and sent back.
 */
final class AdditionalProperties implements ExtraMembers {
  private static final String NAME = "additionalProperties";
  private static final TypeName TYPE =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));

  @Override
  public void addFields(TypeSpec.Builder type) {
    type.addField(TYPE, NAME, Modifier.PRIVATE, Modifier.FINAL);
  }

  @Override
  public void addToConstructor(MethodSpec.Builder constructor) {
    constructor.addStatement(
        "this.additionalProperties = $T.map(builder.additionalProperties)", FIELDS);
  }

  @Override
  public void addAccessors(TypeSpec.Builder type) {
    type.addMethod(
        MethodSpec.methodBuilder(NAME)
            .addJavadoc(
                "Every field of the JSON object that the spec does not name, kept as read.\n")
            .addAnnotation(JSON_ANY_GETTER)
            .addModifiers(Modifier.PUBLIC)
            .returns(TYPE)
            .addStatement("return additionalProperties")
            .build());
  }

  @Override
  public List<String> memberNames() {
    return List.of(NAME);
  }

  @Override
  public void addBuilderFields(TypeSpec.Builder builder) {
    builder.addField(
        FieldSpec.builder(TYPE, NAME, Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashMap.class)
            .build());
  }

  @Override
  public void addToCopy(MethodSpec.Builder copy) {
    copy.addStatement("this.additionalProperties.putAll(source.additionalProperties)");
  }

  @Override
  public void addSetters(TypeSpec.Builder builder, ClassName builderName) {
    builder.addMethod(
        MethodSpec.methodBuilder("additionalProperty")
            .addJavadoc("Sets a field the spec does not name; sent and compared like any other.\n")
            .addAnnotation(JSON_ANY_SETTER)
            .addModifiers(Modifier.PUBLIC)
            .returns(builderName)
            .addParameter(String.class, "name")
            .addParameter(Object.class, "value")
            .addStatement("$T.requireNonNull(name, $S)", Objects.class, "name == null")
            .addStatement("additionalProperties.put(name, value)")
            .addStatement("return this")
            .build());
    builder.addMethod(
        MethodSpec.methodBuilder(NAME)
            .addJavadoc("Replaces every field the spec does not name.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builderName)
            .addParameter(TYPE, NAME)
            .addStatement("this.additionalProperties.clear()")
            .addStatement("this.additionalProperties.putAll(additionalProperties)")
            .addStatement("return this")
            .build());
  }
}
