package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_SUB_TYPES;
import static dev.seamgen.generator.emit.java.poet.JavaNames.JSON_TYPE_INFO;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.Constraints;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef.ObjectType;
import dev.seamgen.generator.ir.TypeDef.UnionType;
import dev.seamgen.generator.ir.TypeDef.Variant;
import dev.seamgen.generator.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits a discriminated union as an interface with one nested class per known code, plus an {@code
 * Unknown} class that keeps a code this SDK does not know, with all its fields.
 *
 * <p>Callers tell variants apart with {@code instanceof} or a {@code Visitor}; properties that
 * every variant has (such as {@code message}) are readable on the interface itself.
 */
public final class UnionEmitter {
  private static final TypeVariableName R = TypeVariableName.get("R");

  private final JavaContext context;
  private final ValueClassWriter writer;

  public UnionEmitter(JavaContext context) {
    this.context = context;
    this.writer = ValueClassWriter.forModels(context.types());
  }

  public JavaFile emit(UnionType union) {
    ClassName name = context.types().named(union.name());
    ClassName visitor = name.nestedClass("Visitor");
    List<Variant> variants =
        union.variants().stream()
            .map(v -> new Variant(v.code(), withDiscriminator(v.type(), union)))
            .toList();
    List<Property> common = commonProperties(variants, union.discriminator());
    ObjectType unknown = unknownVariant(union, common);
    ClassName unknownName = name.nestedClass(unknown.name());

    AnnotationSpec.Builder subTypes = AnnotationSpec.builder(JSON_SUB_TYPES);
    for (Variant variant : variants) {
      subTypes.addMember(
          "value",
          "$L",
          AnnotationSpec.builder(JSON_SUB_TYPES.nestedClass("Type"))
              .addMember("value", "$T.class", name.nestedClass(variant.type().name()))
              .addMember("name", "$S", variant.code())
              .build());
    }
    TypeSpec.Builder spec =
        TypeSpec.interfaceBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(context.generated(union.location()))
            .addJavadoc(
                "$L\n\n<p>One nested class per known $L; a code this SDK does not "
                    + "know is read as {@link $T}, keeping every field. Use {@code instanceof} or "
                    + "{@link #accept(Visitor)} to handle each kind.\n",
                union.description().isEmpty()
                    ? "The {@code " + union.name() + "} union."
                    : SpecText.javadoc(union.description()),
                SpecText.code(union.discriminator()),
                unknownName)
            .addAnnotation(
                AnnotationSpec.builder(JSON_TYPE_INFO)
                    .addMember("use", "$T.Id.NAME", JSON_TYPE_INFO)
                    .addMember("include", "$T.As.EXISTING_PROPERTY", JSON_TYPE_INFO)
                    .addMember("property", "$S", union.discriminator())
                    .addMember("visible", "true")
                    .addMember("defaultImpl", "$T.class", unknownName)
                    .build())
            .addAnnotation(subTypes.build());

    spec.addMethod(
        MethodSpec.methodBuilder(union.discriminatorJavaName())
            .addJavadoc(
                "The $L as sent on the wire, known to this SDK or not.\n",
                SpecText.code(union.discriminator()))
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(String.class)
            .build());
    for (Property p : common) {
      spec.addMethod(
          MethodSpec.methodBuilder(p.javaName())
              .addJavadoc(
                  "$L\n",
                  p.description().isEmpty()
                      ? "The " + SpecText.code(p.wireName()) + " value."
                      : SpecText.javadoc(p.description()))
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .returns(context.types().modelAccessorType(p))
              .build());
    }
    spec.addMethod(
        MethodSpec.methodBuilder("accept")
            .addJavadoc(
                "Calls the {@code visitor} method for this variant and returns its result.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addTypeVariable(R)
            .returns(R)
            .addParameter(ParameterizedTypeName.get(visitor, R), "visitor")
            .build());

    TypeSpec.Builder visitorSpec =
        TypeSpec.interfaceBuilder(visitor)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addTypeVariable(R)
            .addJavadoc(
                "Handles each variant of {@link $T}.\n\n@param <R> what each visit returns\n",
                name);
    List<ObjectType> all = new ArrayList<>();
    variants.forEach(v -> all.add(v.type()));
    all.add(unknown);
    for (ObjectType variant : all) {
      ClassName variantName = name.nestedClass(variant.name());
      String visit = "visit" + variant.name();
      visitorSpec.addMethod(
          MethodSpec.methodBuilder(visit)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .returns(R)
              .addParameter(variantName, "value")
              .build());
      spec.addType(
          writer
              .write(variantName, variant.properties(), CodeBlock.of(""), "")
              .addModifiers(Modifier.STATIC)
              .addSuperinterface(name)
              .addJavadoc(
                  "$L\n",
                  variant.equals(unknown)
                      ? "A "
                          + SpecText.code(union.discriminator())
                          + " this SDK does not know; every "
                          + "field other than the ones all variants share is in {@link "
                          + "#additionalProperties()}."
                      : ModelClassEmitter.javadoc(variant))
              .addMethod(
                  MethodSpec.methodBuilder("accept")
                      .addAnnotation(Override.class)
                      .addModifiers(Modifier.PUBLIC)
                      .addTypeVariable(R)
                      .returns(R)
                      .addParameter(ParameterizedTypeName.get(visitor, R), "visitor")
                      .addStatement("return visitor.$N(this)", visit)
                      .build())
              .build());
    }
    spec.addType(visitorSpec.build());
    return context.file(name.packageName(), spec.build(), union.location());
  }

  /** The variant with its discriminator as a required string, whatever the spec said. */
  private static ObjectType withDiscriminator(ObjectType variant, UnionType union) {
    List<Property> properties = new ArrayList<>();
    boolean found = false;
    for (Property p : variant.properties()) {
      if (p.wireName().equals(union.discriminator())) {
        found = true;
        properties.add(
            new Property(
                p.wireName(),
                union.discriminatorJavaName(),
                TypeRef.primitive(TypeRef.Kind.STRING),
                true,
                false,
                Optional.empty(),
                p.description(),
                Constraints.NONE,
                Constraints.NONE,
                false,
                p.location()));
      } else {
        properties.add(p);
      }
    }
    if (!found) {
      properties.add(0, discriminatorProperty(union));
    }
    return new ObjectType(variant.name(), variant.description(), properties, variant.location());
  }

  private static Property discriminatorProperty(UnionType union) {
    return new Property(
        union.discriminator(),
        union.discriminatorJavaName(),
        TypeRef.primitive(TypeRef.Kind.STRING),
        true,
        false,
        Optional.empty(),
        "",
        Constraints.NONE,
        Constraints.NONE,
        false,
        union.location());
  }

  private static ObjectType unknownVariant(UnionType union, List<Property> common) {
    List<Property> properties = new ArrayList<>();
    properties.add(discriminatorProperty(union));
    properties.addAll(common);
    return new ObjectType(union.unknownVariantName(), "", properties, union.location());
  }

  /** Properties every variant declares the same way, other than the discriminator. */
  private static List<Property> commonProperties(List<Variant> variants, String discriminator) {
    if (variants.isEmpty()) {
      return List.of();
    }
    List<Property> common = new ArrayList<>();
    for (Property candidate : variants.get(0).type().properties()) {
      if (candidate.wireName().equals(discriminator)) {
        continue;
      }
      boolean everywhere =
          variants.stream()
              .allMatch(v -> v.type().properties().stream().anyMatch(p -> sameShape(p, candidate)));
      if (everywhere) {
        common.add(candidate);
      }
    }
    return common;
  }

  private static boolean sameShape(Property a, Property b) {
    return a.wireName().equals(b.wireName())
        && a.javaName().equals(b.javaName())
        && a.type().equals(b.type())
        && a.required() == b.required()
        && a.nullable() == b.nullable();
  }
}
