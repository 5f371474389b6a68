package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.poet.JavaNames.FIELDS;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_AUTO_DETECT;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_DESERIALIZE;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_INCLUDE;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_POJO_BUILDER;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_PROPERTY;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.TypeMapper;
import dev.seamgen.generator.ir.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * Writes an immutable value class with a builder, value {@code equals}/{@code hashCode}, {@code
 * toString} and Jackson mapping. Models and requests share this shape; what differs between them is
 * their {@link ValueFlavor}.
 */
final class ValueClassWriter {
  private final TypeMapper types;
  private final ValueFlavor flavor;

  private ValueClassWriter(TypeMapper types, ValueFlavor flavor) {
    this.types = types;
    this.flavor = flavor;
  }

  /** A writer of response models. */
  static ValueClassWriter forModels(TypeMapper types) {
    return new ValueClassWriter(types, new ModelFlavor(types));
  }

  /** A writer of request classes. */
  static ValueClassWriter forRequests(TypeMapper types) {
    return new ValueClassWriter(types, new RequestFlavor(types));
  }

  /**
   * A builder for the class {@code className} with {@code properties}; the caller adds modifiers,
   * javadoc, interfaces and whatever else the class needs.
   *
   * @param extraChecks checks {@code build()} runs after the required properties are checked
   * @param extraThrows Javadoc {@code @throws} lines for what {@code extraChecks} throws
   */
  TypeSpec.Builder write(
      ClassName className, List<Property> properties, CodeBlock extraChecks, String extraThrows) {
    return write(className, properties, p -> true, extraChecks, extraThrows);
  }

  /**
   * Like {@link #write(ClassName, List, CodeBlock, String)}, with only the properties {@code json}
   * accepts mapped to JSON: a request's parameters are members but not part of its body.
   */
  TypeSpec.Builder write(
      ClassName className,
      List<Property> properties,
      Predicate<Property> json,
      CodeBlock extraChecks,
      String extraThrows) {
    ExtraMembers extra = flavor.extraMembers();
    ClassName builderName = className.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(
                AnnotationSpec.builder(JSON_DESERIALIZE)
                    .addMember("builder", "$T.class", builderName)
                    .build())
            .addAnnotation(
                AnnotationSpec.builder(JSON_INCLUDE)
                    .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
                    .build())
            .addAnnotation(noAutoDetect());
    for (Property p : properties) {
      FieldSpec.Builder field =
          FieldSpec.builder(flavor.fieldType(p), p.javaName(), Modifier.PRIVATE, Modifier.FINAL);
      if (json.test(p)) {
        field.addAnnotation(jsonProperty(p));
      }
      type.addField(field.build());
    }
    extra.addFields(type);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builderName, "builder");
    properties.forEach(p -> flavor.addFromBuilder(constructor, p));
    extra.addToConstructor(constructor);
    type.addMethod(constructor.build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("A new, empty builder.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builderName)
            .addStatement("return new $T()", builderName)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("A builder holding this object's values.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builderName)
            .addStatement("return new $T(this)", builderName)
            .build());
    for (Property p : properties) {
      MethodSpec.Builder accessor =
          MethodSpec.methodBuilder(p.javaName()).addModifiers(Modifier.PUBLIC);
      javadoc(accessor, p);
      flavor.completeAccessor(accessor, className, p);
      type.addMethod(accessor.build());
    }
    extra.addAccessors(type);
    List<String> members = new ArrayList<>();
    properties.forEach(p -> members.add(p.javaName()));
    members.addAll(extra.memberNames());
    type.addMethod(ModelMethodOverrides.equalsMethod(className, members));
    type.addMethod(ModelMethodOverrides.hashCodeMethod(members));
    Set<String> secrets = new HashSet<>();
    properties.stream().filter(Property::secret).forEach(p -> secrets.add(p.javaName()));
    type.addMethod(ModelMethodOverrides.toStringMethod(className, members, secrets));
    type.addType(builder(className, builderName, properties, json, extraChecks, extraThrows));
    return type;
  }

  static AnnotationSpec noAutoDetect() {
    // Only annotated members are JSON: an accessor such as isBridgeError() must not become a
    // second "bridgeError" property.
    ClassName visibility = JSON_AUTO_DETECT.nestedClass("Visibility");
    return AnnotationSpec.builder(JSON_AUTO_DETECT)
        .addMember("fieldVisibility", "$T.NONE", visibility)
        .addMember("getterVisibility", "$T.NONE", visibility)
        .addMember("isGetterVisibility", "$T.NONE", visibility)
        .addMember("setterVisibility", "$T.NONE", visibility)
        .addMember("creatorVisibility", "$T.NONE", visibility)
        .build();
  }

  private static void javadoc(MethodSpec.Builder method, Property p) {
    String text =
        p.description().isEmpty()
            ? "The " + SpecText.code(p.wireName()) + " value."
            : SpecText.javadoc(p.description());
    method.addJavadoc("$L\n", text);
    p.deprecation()
        .ifPresent(
            note -> {
              method.addAnnotation(Deprecated.class);
              method.addJavadoc(
                  "\n@deprecated $L\n",
                  note.isEmpty() ? "The API marks this deprecated." : SpecText.javadoc(note));
            });
  }

  private TypeSpec builder(
      ClassName className,
      ClassName builderName,
      List<Property> properties,
      Predicate<Property> json,
      CodeBlock extraChecks,
      String extraThrows) {
    ExtraMembers extra = flavor.extraMembers();
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(builderName)
            .addJavadoc("Builds {@link $T} values.\n", className)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addAnnotation(
                AnnotationSpec.builder(JSON_POJO_BUILDER)
                    .addMember("withPrefix", "$S", "")
                    .addMember("buildMethodName", "$S", "buildFromJson")
                    .build())
            .addAnnotation(noAutoDetect());
    for (Property p : properties) {
      builder.addField(flavor.fieldType(p), p.javaName(), Modifier.PRIVATE);
    }
    extra.addBuilderFields(builder);
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder copy =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(className, "source");
    for (Property p : properties) {
      copy.addStatement("this.$N = source.$N", p.javaName(), p.javaName());
    }
    extra.addToCopy(copy);
    builder.addMethod(copy.build());
    for (Property p : properties) {
      builder.addMethod(setter(builderName, p, json.test(p)));
    }
    extra.addSetters(builder, builderName);
    builder.addMethod(build(className, properties, extraChecks, extraThrows));
    // Responses are read leniently: a missing required value fails when it is read, not here.
    builder.addMethod(
        MethodSpec.methodBuilder("buildFromJson")
            .addModifiers(Modifier.PRIVATE)
            .returns(className)
            .addStatement("return new $T(this)", className)
            .build());
    return builder.build();
  }

  private MethodSpec build(
      ClassName className, List<Property> properties, CodeBlock extraChecks, String extraThrows) {
    List<Property> checked = properties.stream().filter(flavor::checkedByBuild).toList();
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(className);
    build.addJavadoc("The object built from the values set so far.\n");
    if (!checked.isEmpty() || !extraThrows.isEmpty()) {
      build.addJavadoc("\n");
    }
    if (!checked.isEmpty()) {
      build.addJavadoc(
          "@throws IllegalStateException naming every required value that was not " + "set\n");
    }
    build.addJavadoc(extraThrows);
    if (!checked.isEmpty()) {
      CodeBlock.Builder args = CodeBlock.builder();
      for (Property p : checked) {
        args.add(", $S, $N", p.javaName(), p.javaName());
      }
      build.addStatement("$T.checkRequired($S$L)", FIELDS, className.simpleName(), args.build());
    }
    build.addCode(extraChecks);
    build.addStatement("return new $T(this)", className);
    return build.build();
  }

  private MethodSpec setter(ClassName builderName, Property p, boolean json) {
    boolean plain = p.required() && !p.nullable() && !TypeMapper.isCollection(p.type());
    TypeName parameter = plain ? types.unboxed(p.type()) : types.boxed(p.type());
    MethodSpec.Builder setter =
        MethodSpec.methodBuilder(p.javaName())
            .addModifiers(Modifier.PUBLIC)
            .returns(builderName)
            .addParameter(parameter, p.javaName());
    if (json) {
      setter.addAnnotation(jsonProperty(p));
    }
    javadoc(setter, p);
    flavor.completeSetter(setter, p, parameter, plain);
    return setter.addStatement("return this").build();
  }

  private static AnnotationSpec jsonProperty(Property p) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", p.wireName()).build();
  }
}
