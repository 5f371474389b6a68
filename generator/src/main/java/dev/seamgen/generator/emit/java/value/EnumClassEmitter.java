package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_CREATOR;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_VALUE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.TypeDef.EnumType;
import dev.seamgen.generator.ir.TypeDef.EnumValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits an open enum: a final class with one constant per known value that also holds values the
 * spec does not know yet, so a new server value never breaks parsing and is sent back as it came. A
 * Java {@code enum} cannot do that.
 */
public final class EnumClassEmitter {
  /** Values per nested class when there are too many for constants. */
  private static final int CHUNK = 1000;

  private final JavaContext context;

  public EnumClassEmitter(JavaContext context) {
    this.context = context;
  }

  public JavaFile emit(EnumType type) {
    ClassName name = context.types().named(type.name());
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), name);
    String description =
        type.description().isEmpty()
            ? "The values of {@code " + type.name() + "}."
            : SpecText.javadoc(type.description());
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(context.generated(type.location()))
            .addJavadoc(
                "$L\n\n<p>Open to values this SDK does not know: {@link #of(String)} keeps "
                    + "them, {@link #isKnown()} tells them apart, and they are sent back unchanged.\n",
                description);
    if (type.hasConstants()) {
      addConstants(spec, type, name, list);
    } else {
      addValueChunks(spec, type, name, list);
    }
    spec.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    spec.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "value")
            .addStatement("this.value = value")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("of")
            .addJavadoc(
                "The constant for {@code value}, or a new instance holding a value this SDK "
                    + "does not know.\n")
            .addAnnotation(JSON_CREATOR)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(String.class, "value")
            .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value == null")
            .beginControlFlow("for ($T constant : known)", name)
            .beginControlFlow("if (constant.value.equals(value))")
            .addStatement("return constant")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return new $T(value)", name)
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("values")
            .addJavadoc("The values this SDK knows, in the spec's order.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(list)
            .addStatement("return known")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("value")
            .addJavadoc("The value as sent on the wire.\n")
            .addAnnotation(JSON_VALUE)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return value")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addJavadoc(
                type.hasConstants()
                    ? "Whether this is one of the constants above.\n"
                    : "Whether this is one of the values the spec lists.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return known.contains(this)")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "other")
            .addStatement(
                "return other instanceof $T && (($T) other).value.equals(value)", name, name)
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return value.hashCode()")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return value")
            .build());
    return context.file(name.packageName(), spec.build(), type.location());
  }

  /** One constant per value, and the list of them. */
  private static void addConstants(
      TypeSpec.Builder spec, EnumType type, ClassName name, TypeName list) {
    CodeBlock.Builder known = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < type.values().size(); i++) {
      EnumValue value = type.values().get(i);
      spec.addField(
          FieldSpec.builder(
                  name, value.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("$L\n", SpecText.code(value.wireValue()))
              .initializer("new $T($S)", name, value.wireValue())
              .build());
      known.add(i == 0 ? "$N" : ", $N", value.constantName());
    }
    // Lower case, so that no constant (always upper case) can take its name.
    spec.addField(
        FieldSpec.builder(list, "known", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(known.add(")").build())
            .build());
  }

  /**
   * For more values than one class can initialise: no constants, and the values in nested classes
   * of {@value #CHUNK} each, so that no class or method passes javac's limits.
   */
  private static void addValueChunks(
      TypeSpec.Builder spec, EnumType type, ClassName name, TypeName list) {
    CodeBlock.Builder chunks = CodeBlock.builder();
    for (int start = 0; start < type.values().size(); start += CHUNK) {
      ClassName chunk = name.nestedClass("Values" + start / CHUNK);
      CodeBlock.Builder values = CodeBlock.builder();
      List<EnumValue> part =
          type.values().subList(start, Math.min(start + CHUNK, type.values().size()));
      for (int i = 0; i < part.size(); i++) {
        values.add(i == 0 ? "$S" : ",\n$S", part.get(i).wireValue());
      }
      spec.addType(
          TypeSpec.classBuilder(chunk)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addMethod(
                  MethodSpec.methodBuilder("values")
                      .addModifiers(Modifier.STATIC)
                      .returns(String[].class)
                      .addStatement("return new $T[] {\n$>$L$<}", String.class, values.build())
                      .build())
              .build());
      chunks.add(start == 0 ? "$T.values()" : ", $T.values()", chunk);
    }
    spec.addField(
        FieldSpec.builder(list, "known", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("load($L)", chunks.build())
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("load")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(list)
            .addParameter(String[][].class, "chunks")
            .varargs()
            .addStatement("$T<$T> values = new $T<>()", List.class, name, ArrayList.class)
            .beginControlFlow("for (String[] chunk : chunks)")
            .beginControlFlow("for (String value : chunk)")
            .addStatement("values.add(new $T(value))", name)
            .endControlFlow()
            .endControlFlow()
            .addStatement("return $T.unmodifiableList(values)", Collections.class)
            .build());
  }
}
