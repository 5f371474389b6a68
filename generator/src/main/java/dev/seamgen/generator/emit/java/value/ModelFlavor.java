package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.poet.JavaNames.FIELDS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.seamgen.generator.emit.java.poet.TypeMapper;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import java.util.Optional;

/**
 * A model, read from responses: lists and maps are never null, a missing required value fails only
 * when it is read, and unknown fields are kept as {@link AdditionalProperties}.
 */
final class ModelFlavor implements ValueFlavor {
  private final TypeMapper types;
  private final ExtraMembers additionalProperties = new AdditionalProperties();

  ModelFlavor(TypeMapper types) {
    this.types = types;
  }

  @Override
  public TypeName fieldType(Property property) {
    return types.boxed(property.type());
  }

  @Override
  public void addFromBuilder(MethodSpec.Builder constructor, Property p) {
    if (p.type() instanceof TypeRef.ListOf) {
      constructor.addStatement("this.$N = $T.list(builder.$N)", p.javaName(), FIELDS, p.javaName());
    } else if (p.type() instanceof TypeRef.MapOf) {
      constructor.addStatement("this.$N = $T.map(builder.$N)", p.javaName(), FIELDS, p.javaName());
    } else {
      constructor.addStatement("this.$N = builder.$N", p.javaName(), p.javaName());
    }
  }

  @Override
  public void completeAccessor(MethodSpec.Builder accessor, ClassName className, Property p) {
    if (TypeMapper.isCollection(p.type())) {
      accessor.returns(types.boxed(p.type())).addStatement("return $N", p.javaName());
    } else if (TypeMapper.modelReadsPlain(p)) {
      accessor
          .returns(types.unboxed(p.type()))
          .addStatement(
              "return $T.required($N, $S, $S)",
              FIELDS,
              p.javaName(),
              className.simpleName(),
              p.wireName());
    } else {
      accessor
          .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), types.boxed(p.type())))
          .addStatement("return $T.ofNullable($N)", Optional.class, p.javaName());
    }
  }

  @Override
  public void completeSetter(
      MethodSpec.Builder setter, Property p, TypeName parameter, boolean plain) {
    setter.addStatement("this.$N = $N", p.javaName(), p.javaName());
  }

  /** Lists and maps are never null, so a missing one is empty rather than an error. */
  @Override
  public boolean checkedByBuild(Property p) {
    return p.required() && !p.nullable() && !TypeMapper.isCollection(p.type());
  }

  @Override
  public ExtraMembers extraMembers() {
    return additionalProperties;
  }
}
