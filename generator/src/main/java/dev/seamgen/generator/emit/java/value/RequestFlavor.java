package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.poet.JavaNames.FIELDS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.seamgen.generator.emit.java.poet.TypeMapper;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import java.util.Objects;
import java.util.Optional;

/**
 * A request, sent by the SDK: unset values stay unset and are left out, {@code build()} checks the
 * required ones, and a nullable property can be sent as an explicit JSON null. Such a field holds
 * an {@code Optional}: Java null means "leave out", {@code Optional.empty()} means "send null".
 */
final class RequestFlavor implements ValueFlavor {
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);

  private final TypeMapper types;

  RequestFlavor(TypeMapper types) {
    this.types = types;
  }

  @Override
  public TypeName fieldType(Property p) {
    return p.nullable()
        ? ParameterizedTypeName.get(OPTIONAL, types.boxed(p.type()))
        : types.boxed(p.type());
  }

  @Override
  public void addFromBuilder(MethodSpec.Builder constructor, Property p) {
    String name = p.javaName();
    if (TypeMapper.isCollection(p.type()) && p.nullable()) {
      constructor.addStatement(
          "this.$N = builder.$N == null ? null : builder.$N.map(v -> $T.$N(v))",
          name,
          name,
          name,
          FIELDS,
          p.type() instanceof TypeRef.ListOf ? "list" : "map");
    } else if (p.type() instanceof TypeRef.ListOf) {
      constructor.addStatement(
          "this.$N = builder.$N == null ? null : $T.list(builder.$N)", name, name, FIELDS, name);
    } else if (p.type() instanceof TypeRef.MapOf) {
      constructor.addStatement(
          "this.$N = builder.$N == null ? null : $T.map(builder.$N)", name, name, FIELDS, name);
    } else {
      constructor.addStatement("this.$N = builder.$N", name, name);
    }
  }

  @Override
  public void completeAccessor(MethodSpec.Builder accessor, ClassName className, Property p) {
    if (p.nullable()) {
      accessor
          .returns(ParameterizedTypeName.get(OPTIONAL, types.boxed(p.type())))
          .addStatement(
              "return $N == null ? $T.empty() : $N", p.javaName(), OPTIONAL, p.javaName());
    } else if (p.required()) {
      accessor.returns(types.unboxed(p.type())).addStatement("return $N", p.javaName());
    } else {
      accessor
          .returns(ParameterizedTypeName.get(OPTIONAL, types.boxed(p.type())))
          .addStatement("return $T.ofNullable($N)", OPTIONAL, p.javaName());
    }
  }

  @Override
  public void completeSetter(
      MethodSpec.Builder setter, Property p, TypeName parameter, boolean plain) {
    if (p.nullable()) {
      setter.addJavadoc(
          "\n<p>{@code null} sends an explicit JSON null; to leave the value out, "
              + "do not call this.\n");
      setter.addStatement("this.$N = $T.ofNullable($N)", p.javaName(), OPTIONAL, p.javaName());
    } else if (plain && !parameter.isPrimitive()) {
      setter.addStatement(
          "this.$N = $T.requireNonNull($N, $S)",
          p.javaName(),
          Objects.class,
          p.javaName(),
          p.javaName() + " == null");
    } else {
      setter.addStatement("this.$N = $N", p.javaName(), p.javaName());
    }
  }

  @Override
  public boolean checkedByBuild(Property p) {
    return p.required() && !p.nullable();
  }

  @Override
  public ExtraMembers extraMembers() {
    return ExtraMembers.NONE;
  }
}
