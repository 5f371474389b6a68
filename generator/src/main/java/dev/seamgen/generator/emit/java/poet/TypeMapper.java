package dev.seamgen.generator.emit.java.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Maps IR types to Java types, the same way in every emitter. */
public final class TypeMapper {
  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName INTEGER = ClassName.get(Integer.class);
  private static final ClassName LONG = ClassName.get(Long.class);
  private static final ClassName DOUBLE = ClassName.get(Double.class);
  private static final ClassName BOOLEAN = ClassName.get(Boolean.class);
  private static final ClassName OFFSET_DATE_TIME = ClassName.get(OffsetDateTime.class);
  private static final ClassName LOCAL_DATE = ClassName.get(LocalDate.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName OBJECT = ClassName.get(Object.class);

  private final String modelPackage;

  TypeMapper(String modelPackage) {
    this.modelPackage = modelPackage;
  }

  /** The boxed Java type for {@code type}: what fields, generics and {@code Optional} hold. */
  public TypeName boxed(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return switch (p.kind()) {
        case STRING -> STRING;
        case INT32 -> INTEGER;
        case INT64 -> LONG;
        case NUMBER -> DOUBLE;
        case BOOLEAN -> BOOLEAN;
        case DATE_TIME -> OFFSET_DATE_TIME;
        case DATE -> LOCAL_DATE;
        case FILE -> JavaNames.FILE_PART;
      };
    }
    if (type instanceof TypeRef.Named n) {
      return named(n.name());
    }
    if (type instanceof TypeRef.ListOf l) {
      return ParameterizedTypeName.get(LIST, boxed(l.element()));
    }
    if (type instanceof TypeRef.MapOf m) {
      return ParameterizedTypeName.get(MAP, STRING, boxed(m.value()));
    }
    return OBJECT;
  }

  /** The type a required value is read and set as: {@code boolean} rather than {@code Boolean}. */
  public TypeName unboxed(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      switch (p.kind()) {
        case INT32 -> {
          return TypeName.INT;
        }
        case INT64 -> {
          return TypeName.LONG;
        }
        case NUMBER -> {
          return TypeName.DOUBLE;
        }
        case BOOLEAN -> {
          return TypeName.BOOLEAN;
        }
        default -> {}
      }
    }
    return boxed(type);
  }

  /** The Java type as a reader writes it: {@code List<ConnectedAccount>}, {@code Object}. */
  public static String describe(TypeRef type) {
    return new TypeMapper("")
        .boxed(type)
        .toString()
        .replace("java.lang.", "")
        .replace("java.util.", "")
        .replace("java.time.", "");
  }

  /**
   * Whether a model accessor returns {@code property} plainly ({@code String}, {@code boolean}, a
   * never-null list or map) rather than as an {@code Optional}: the one rule the model emitters,
   * the union interfaces and the API diff all follow.
   */
  public static boolean modelReadsPlain(Property property) {
    return isCollection(property.type()) || (property.required() && !property.nullable());
  }

  /** The return type of a model accessor for {@code property}. */
  public TypeName modelAccessorType(Property property) {
    if (isCollection(property.type())) {
      return boxed(property.type());
    }
    return modelReadsPlain(property)
        ? unboxed(property.type())
        : ParameterizedTypeName.get(
            ClassName.get(java.util.Optional.class), boxed(property.type()));
  }

  public ClassName named(String name) {
    return ClassName.get(modelPackage, name);
  }

  public static boolean isCollection(TypeRef type) {
    return type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf;
  }

  /** Whether the Java type has generic arguments, so a {@code Class} literal cannot name it. */
  public static boolean isGeneric(TypeRef type) {
    return isCollection(type);
  }
}
