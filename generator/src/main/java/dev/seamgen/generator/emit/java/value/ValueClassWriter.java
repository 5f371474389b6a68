package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.poet.JavaNames.FIELDS;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_ANY_GETTER;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_ANY_SETTER;
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
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.TypeMapper;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes an immutable value class with a builder, value {@code equals}/{@code hashCode}, {@code
 * toString} and Jackson mapping. Models and requests differ only in the {@link Flavor}.
 */
final class ValueClassWriter {

  /** What differs between a response model and a request. */
  enum Flavor {
    /**
     * Read from responses: lists and maps are never null, a missing required value fails only when
     * read, unknown fields are kept.
     */
    MODEL,
    /** Sent in requests: unset values stay unset, and {@code build()} checks required ones. */
    REQUEST
  }

  private static final ClassName OPTIONAL = ClassName.get(Optional.class);
  private static final TypeName EXTRA =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));

  private final TypeMapper types;
  private final Flavor flavor;

  ValueClassWriter(TypeMapper types, Flavor flavor) {
    this.types = types;
    this.flavor = flavor;
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
          FieldSpec.builder(fieldType(p), p.javaName(), Modifier.PRIVATE, Modifier.FINAL);
      if (json.test(p)) {
        field.addAnnotation(jsonProperty(p));
      }
      type.addField(field.build());
    }
    if (flavor == Flavor.MODEL) {
      type.addField(EXTRA, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL);
    }
    type.addMethod(constructor(properties, builderName));
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
      type.addMethod(accessor(className, p));
    }
    if (flavor == Flavor.MODEL) {
      type.addMethod(
          MethodSpec.methodBuilder("additionalProperties")
              .addJavadoc(
                  "Every field of the JSON object that the spec does not name, kept as read.\n")
              .addAnnotation(JSON_ANY_GETTER)
              .addModifiers(Modifier.PUBLIC)
              .returns(EXTRA)
              .addStatement("return additionalProperties")
              .build());
    }
    type.addMethod(equalsMethod(className, properties));
    type.addMethod(hashCodeMethod(properties));
    type.addMethod(toStringMethod(className, properties));
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

  private MethodSpec constructor(List<Property> properties, ClassName builderName) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builderName, "builder");
    for (Property p : properties) {
      if (flavor == Flavor.MODEL && p.type() instanceof TypeRef.ListOf) {
        constructor.addStatement(
            "this.$N = $T.list(builder.$N)", p.javaName(), FIELDS, p.javaName());
      } else if (flavor == Flavor.MODEL && p.type() instanceof TypeRef.MapOf) {
        constructor.addStatement(
            "this.$N = $T.map(builder.$N)", p.javaName(), FIELDS, p.javaName());
      } else if (TypeMapper.isCollection(p.type()) && sendsNull(p)) {
        constructor.addStatement(
            "this.$N = builder.$N == null ? null : builder.$N.map(v -> $T.$N(v))",
            p.javaName(),
            p.javaName(),
            p.javaName(),
            FIELDS,
            p.type() instanceof TypeRef.ListOf ? "list" : "map");
      } else if (p.type() instanceof TypeRef.ListOf) {
        constructor.addStatement(
            "this.$N = builder.$N == null ? null : $T.list(builder.$N)",
            p.javaName(),
            p.javaName(),
            FIELDS,
            p.javaName());
      } else if (p.type() instanceof TypeRef.MapOf) {
        constructor.addStatement(
            "this.$N = builder.$N == null ? null : $T.map(builder.$N)",
            p.javaName(),
            p.javaName(),
            FIELDS,
            p.javaName());
      } else {
        constructor.addStatement("this.$N = builder.$N", p.javaName(), p.javaName());
      }
    }
    if (flavor == Flavor.MODEL) {
      constructor.addStatement(
          "this.additionalProperties = $T.map(builder.additionalProperties)", FIELDS);
    }
    return constructor.build();
  }

  /** Whether a property is read as its plain type, failing if absent, rather than Optional. */
  private boolean readsPlain(Property p) {
    return flavor == Flavor.MODEL ? TypeMapper.modelReadsPlain(p) : p.required() && !p.nullable();
  }

  private MethodSpec accessor(ClassName className, Property p) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(p.javaName()).addModifiers(Modifier.PUBLIC);
    javadoc(method, p);
    if (flavor == Flavor.MODEL && TypeMapper.isCollection(p.type())) {
      method.returns(types.boxed(p.type())).addStatement("return $N", p.javaName());
    } else if (readsPlain(p) && flavor == Flavor.MODEL) {
      method
          .returns(types.unboxed(p.type()))
          .addStatement(
              "return $T.required($N, $S, $S)",
              FIELDS,
              p.javaName(),
              className.simpleName(),
              p.wireName());
    } else if (sendsNull(p)) {
      method
          .returns(ParameterizedTypeName.get(OPTIONAL, types.boxed(p.type())))
          .addStatement(
              "return $N == null ? $T.empty() : $N", p.javaName(), OPTIONAL, p.javaName());
    } else if (readsPlain(p)) {
      method.returns(types.unboxed(p.type())).addStatement("return $N", p.javaName());
    } else {
      method
          .returns(ParameterizedTypeName.get(OPTIONAL, types.boxed(p.type())))
          .addStatement("return $T.ofNullable($N)", OPTIONAL, p.javaName());
    }
    return method.build();
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
      builder.addField(fieldType(p), p.javaName(), Modifier.PRIVATE);
    }
    if (flavor == Flavor.MODEL) {
      builder.addField(
          FieldSpec.builder(EXTRA, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL)
              .initializer("new $T<>()", LinkedHashMap.class)
              .build());
    }
    builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder copy =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(className, "source");
    for (Property p : properties) {
      copy.addStatement("this.$N = source.$N", p.javaName(), p.javaName());
    }
    if (flavor == Flavor.MODEL) {
      copy.addStatement("this.additionalProperties.putAll(source.additionalProperties)");
    }
    builder.addMethod(copy.build());
    for (Property p : properties) {
      builder.addMethod(setter(builderName, p, json.test(p)));
    }
    if (flavor == Flavor.MODEL) {
      builder.addMethod(
          MethodSpec.methodBuilder("additionalProperty")
              .addJavadoc(
                  "Sets a field the spec does not name; sent and compared like any other.\n")
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
          MethodSpec.methodBuilder("additionalProperties")
              .addJavadoc("Replaces every field the spec does not name.\n")
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addParameter(EXTRA, "additionalProperties")
              .addStatement("this.additionalProperties.clear()")
              .addStatement("this.additionalProperties.putAll(additionalProperties)")
              .addStatement("return this")
              .build());
    }
    List<Property> checked =
        properties.stream()
            .filter(
                p ->
                    p.required()
                        && !p.nullable()
                        && !(flavor == Flavor.MODEL && TypeMapper.isCollection(p.type())))
            .toList();
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
    builder.addMethod(build.build());
    // Responses are read leniently: a missing required value fails when it is read, not here.
    builder.addMethod(
        MethodSpec.methodBuilder("buildFromJson")
            .addModifiers(Modifier.PRIVATE)
            .returns(className)
            .addStatement("return new $T(this)", className)
            .build());
    return builder.build();
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
    if (sendsNull(p)) {
      setter.addJavadoc(
          "\n<p>{@code null} sends an explicit JSON null; to leave the value out, "
              + "do not call this.\n");
      setter.addStatement("this.$N = $T.ofNullable($N)", p.javaName(), OPTIONAL, p.javaName());
    } else if (!parameter.isPrimitive() && plain && flavor == Flavor.REQUEST) {
      setter.addStatement(
          "this.$N = $T.requireNonNull($N, $S)",
          p.javaName(),
          Objects.class,
          p.javaName(),
          p.javaName() + " == null");
    } else {
      setter.addStatement("this.$N = $N", p.javaName(), p.javaName());
    }
    return setter.addStatement("return this").build();
  }

  /**
   * Whether a request property can be sent as an explicit JSON null. Such fields hold an {@code
   * Optional}: Java null means "leave out", {@code Optional.empty()} means "send null".
   */
  private boolean sendsNull(Property p) {
    return flavor == Flavor.REQUEST && p.nullable();
  }

  private TypeName fieldType(Property p) {
    return sendsNull(p)
        ? ParameterizedTypeName.get(OPTIONAL, types.boxed(p.type()))
        : types.boxed(p.type());
  }

  private static AnnotationSpec jsonProperty(Property p) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", p.wireName()).build();
  }

  private MethodSpec equalsMethod(ClassName className, List<Property> properties) {
    List<String> names = memberNames(properties);
    MethodSpec.Builder equals =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "other")
            .beginControlFlow("if (this == other)")
            .addStatement("return true")
            .endControlFlow()
            .beginControlFlow("if (!(other instanceof $T))", className)
            .addStatement("return false")
            .endControlFlow();
    if (names.isEmpty()) {
      return equals.addStatement("return true").build();
    }
    equals.addStatement("$T that = ($T) other", className, className);
    CodeBlock.Builder comparison = CodeBlock.builder();
    for (int i = 0; i < names.size(); i++) {
      comparison.add(i == 0 ? "" : "\n    && ");
      // this. and that. both: a property may be called other or that.
      comparison.add("$T.equals(this.$N, that.$N)", Objects.class, names.get(i), names.get(i));
    }
    return equals.addStatement("return $L", comparison.build()).build();
  }

  private MethodSpec hashCodeMethod(List<Property> properties) {
    List<String> names = memberNames(properties);
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($L)", Objects.class, String.join(", ", names))
        .build();
  }

  private MethodSpec toStringMethod(ClassName className, List<Property> properties) {
    List<String> parts = new ArrayList<>();
    for (String name : memberNames(properties)) {
      parts.add(name);
    }
    CodeBlock.Builder body = CodeBlock.builder().add("return $S", className.simpleName() + "{");
    for (int i = 0; i < parts.size(); i++) {
      body.add("\n    + $S + $N", (i == 0 ? "" : ", ") + parts.get(i) + "=", parts.get(i));
    }
    body.add("\n    + $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("$L", body.build())
        .build();
  }

  private List<String> memberNames(List<Property> properties) {
    List<String> names =
        properties.stream()
            .map(Property::javaName)
            .collect(Collectors.toCollection(ArrayList::new));
    if (flavor == Flavor.MODEL) {
      names.add("additionalProperties");
    }
    return names;
  }
}
