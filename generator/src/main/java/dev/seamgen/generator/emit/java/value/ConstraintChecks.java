package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.poet.JavaNames.FIELDS;

import com.palantir.javapoet.CodeBlock;
import dev.seamgen.generator.emit.java.poet.TypeMapper;
import dev.seamgen.generator.ir.Constraints;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a request's {@code build()} runs so that a value the spec forbids fails before
 * anything is sent: string lengths, number bounds, and map limits such as custom metadata's 50 keys
 * of at most 40 characters.
 */
final class ConstraintChecks {
  private final TypeMapper types;

  ConstraintChecks(TypeMapper types) {
    this.types = types;
  }

  /** The statements checking {@code properties} of request class {@code typeName}. */
  CodeBlock checks(String typeName, List<Property> properties) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Property p : properties) {
      code.add(check(typeName, p));
    }
    return code.build();
  }

  private CodeBlock check(String typeName, Property p) {
    Constraints c = p.constraints();
    String value =
        p.nullable()
            ? p.javaName() + " == null ? null : " + p.javaName() + ".orElse(null)"
            : p.javaName();
    CodeBlock.Builder code = CodeBlock.builder();
    if (p.type() instanceof TypeRef.Primitive primitive) {
      if (primitive.kind() == TypeRef.Kind.STRING
          && (c.minLength().isPresent() || c.maxLength().isPresent())) {
        code.addStatement(
            "$T.checkLength($S, $S, $L, $L, $L)",
            FIELDS,
            typeName,
            p.javaName(),
            value,
            c.minLength().orElse(-1),
            c.maxLength().orElse(-1));
      }
      if (isNumber(primitive.kind())) {
        c.minimum()
            .ifPresent(
                min ->
                    code.addStatement(
                        "$T.checkMinimum($S, $S, $L, $L, $L)",
                        FIELDS,
                        typeName,
                        p.javaName(),
                        value,
                        literal(min),
                        c.exclusiveMinimum()));
        c.maximum()
            .ifPresent(
                max ->
                    code.addStatement(
                        "$T.checkMaximum($S, $S, $L, $L, $L)",
                        FIELDS,
                        typeName,
                        p.javaName(),
                        value,
                        literal(max),
                        c.exclusiveMaximum()));
      }
    }
    if (p.type() instanceof TypeRef.MapOf map) {
      Constraints values = p.elementConstraints();
      List<CodeBlock> classes = valueClasses(map.value());
      boolean limited =
          c.maxProperties().isPresent()
              || c.maxKeyLength().isPresent()
              || values.maxLength().isPresent()
              || !classes.isEmpty()
              || !values.nullable();
      if (limited) {
        CodeBlock.Builder call =
            CodeBlock.builder()
                .add(
                    "$T.checkMap($S, $S, $L, $L, $L, $L, $L",
                    FIELDS,
                    typeName,
                    p.javaName(),
                    value,
                    c.maxProperties().orElse(-1),
                    c.maxKeyLength().orElse(-1),
                    values.maxLength().orElse(-1),
                    values.nullable());
        classes.forEach(type -> call.add(", $L", type));
        code.addStatement("$L)", call.build());
      }
    }
    return code.build();
  }

  /**
   * The classes a map value may have when its Java type is {@code Object} (a {@code oneOf} of
   * scalars); other value types are enforced by the compiler.
   */
  private List<CodeBlock> valueClasses(TypeRef value) {
    List<CodeBlock> classes = new ArrayList<>();
    if (value instanceof TypeRef.AnyOf any) {
      for (TypeRef.Kind kind : any.alternatives()) {
        classes.add(CodeBlock.of("$T.class", types.boxed(TypeRef.primitive(kind))));
      }
    }
    return classes;
  }

  private static boolean isNumber(TypeRef.Kind kind) {
    return kind == TypeRef.Kind.INT32 || kind == TypeRef.Kind.INT64 || kind == TypeRef.Kind.NUMBER;
  }

  private static String literal(BigDecimal value) {
    return value.toPlainString() + (value.scale() <= 0 ? ".0" : "");
  }
}
