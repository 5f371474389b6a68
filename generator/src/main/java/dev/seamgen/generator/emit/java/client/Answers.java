package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.DOWNLOAD;
import static dev.seamgen.generator.emit.java.poet.JavaNames.PAGE;
import static dev.seamgen.generator.emit.java.poet.JavaNames.PAGE_READER;
import static dev.seamgen.generator.emit.java.poet.JavaNames.RESPONSE_READER;
import static dev.seamgen.generator.emit.java.poet.JavaNames.TYPE_REFERENCE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.seamgen.generator.emit.java.poet.TypeMapper;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Result;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * What an operation answers, as its client methods see it: the value a blocking call returns, and
 * the constant in the blocking client that reads it ({@code LIST_ANSWER}).
 */
final class Answers {
  private final TypeMapper types;

  Answers(TypeMapper types) {
    this.types = types;
  }

  static String constantName(Operation operation) {
    return Endpoints.constantName(operation) + "_ANSWER";
  }

  /** Whether the operation answers with bytes, streamed to the caller in a {@code Download}. */
  static boolean isDownload(Operation operation) {
    return operation.result().map(r -> r.kind() == Result.Kind.BINARY).orElse(false);
  }

  /** The value a blocking call returns: a page, a download, the result's type, or void. */
  TypeName value(Operation operation) {
    if (operation.pagination().isPresent()) {
      return ParameterizedTypeName.get(PAGE, types.boxed(operation.pagination().get().itemType()));
    }
    if (isDownload(operation)) {
      return DOWNLOAD;
    }
    return operation.result().map(r -> types.boxed(r.type())).orElse(TypeName.VOID);
  }

  /**
   * The constant that reads the answer: built once per class, so that calls do not set up Jackson's
   * readers again. None for a download or an operation without a result.
   */
  Optional<FieldSpec> reader(Operation operation) {
    if (operation.result().isEmpty() || isDownload(operation)) {
      return Optional.empty();
    }
    Result result = operation.result().get();
    if (result.kind() == Result.Kind.TEXT) {
      return Optional.of(
          constant(
              operation,
              ClassName.get(String.class),
              RESPONSE_READER,
              CodeBlock.of("$T.text()", RESPONSE_READER)));
    }
    if (operation.pagination().isPresent()) {
      TypeName item = types.boxed(operation.pagination().get().itemType());
      return Optional.of(
          constant(
              operation,
              item,
              PAGE_READER,
              CodeBlock.of("$T.of($S, $T.class)", PAGE_READER, result.key(), item)));
    }
    TypeName type = types.boxed(result.type());
    CodeBlock typeArgument =
        TypeMapper.isGeneric(result.type())
            ? CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type)
            : CodeBlock.of("$T.class", type);
    CodeBlock reader =
        result.key().isEmpty()
            ? CodeBlock.of("$T.body($L)", RESPONSE_READER, typeArgument)
            : CodeBlock.of("$T.field($S, $L)", RESPONSE_READER, result.key(), typeArgument);
    return Optional.of(constant(operation, type, RESPONSE_READER, reader));
  }

  private static FieldSpec constant(
      Operation operation, TypeName read, ClassName reader, CodeBlock initializer) {
    return FieldSpec.builder(
            ParameterizedTypeName.get(reader, read),
            constantName(operation),
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(initializer)
        .build();
  }
}
