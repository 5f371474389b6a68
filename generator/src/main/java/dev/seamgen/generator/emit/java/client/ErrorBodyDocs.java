package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.TYPE_REFERENCE;

import com.palantir.javapoet.CodeBlock;
import dev.seamgen.generator.emit.java.poet.TypeMapper;
import dev.seamgen.generator.ir.ErrorBody;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a method's documentation tells the caller to read the error bodies the spec declares: {@code
 * e.body(Problem.class) reads its body}, or per status when they differ.
 */
final class ErrorBodyDocs {
  private ErrorBodyDocs() {}

  /** The clause after "for an error status; ", or empty when the spec declares no JSON error. */
  static Optional<CodeBlock> of(Operation operation, TypeMapper types) {
    Map<TypeRef, List<String>> statusesByType = new LinkedHashMap<>();
    for (ErrorBody error : operation.errors()) {
      statusesByType.computeIfAbsent(error.type(), type -> new ArrayList<>()).add(error.status());
    }
    if (statusesByType.isEmpty()) {
      return Optional.empty();
    }
    CodeBlock.Builder text = CodeBlock.builder();
    boolean first = true;
    for (Map.Entry<TypeRef, List<String>> entry : statusesByType.entrySet()) {
      text.add(first ? "" : ", ")
          .add("{@code e.body(")
          .add(argument(entry.getKey(), types))
          .add(")}")
          .add(first ? " reads its body" : "");
      if (statusesByType.size() > 1) {
        text.add(" for $L", statuses(entry.getValue()));
      }
      first = false;
    }
    return Optional.of(text.build());
  }

  /** {@code Problem.class}, or a type reference for a generic type such as a list. */
  private static CodeBlock argument(TypeRef type, TypeMapper types) {
    return TypeMapper.isGeneric(type)
        ? CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, types.boxed(type))
        : CodeBlock.of("$T.class", types.boxed(type));
  }

  /** {@code 404 and 4xx}; {@code default} reads as "any other status". */
  private static String statuses(List<String> statuses) {
    List<String> words = new ArrayList<>();
    for (String status : statuses) {
      words.add(status.equals("default") ? "any other status" : status.toLowerCase(Locale.ROOT));
    }
    return words.size() == 1
        ? words.get(0)
        : String.join(", ", words.subList(0, words.size() - 1))
            + " and "
            + words.get(words.size() - 1);
  }
}
