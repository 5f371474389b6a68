package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.ENDPOINT;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.naming.Naming;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * An operation's {@code Endpoint} constant in its group's blocking client ({@code LIST}): its name,
 * method, path and whether it is safe to retry, with the credentials and server it overrides. The
 * raw and async clients name the same constant.
 */
final class Endpoints {
  private Endpoints() {}

  /** The constant's name, also the stem of its answer reader's: {@code LIST}. */
  static String constantName(Operation operation) {
    return Naming.constantName(operation.javaName());
  }

  static FieldSpec field(Resource resource, Operation operation) {
    return FieldSpec.builder(ENDPOINT, constantName(operation), Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer(resource, operation))
        .build();
  }

  /**
   * {@code Endpoint.of(...)}, with the credentials the operation accepts when they differ, its own
   * server if it has one, and the media types its answer is asked for when they are not JSON.
   */
  private static CodeBlock initializer(Resource resource, Operation operation) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "$T.of($S, $S, $S, $L)",
                ENDPOINT,
                resource.qualifiedName() + "." + operation.name(),
                operation.httpMethod(),
                operation.path(),
                operation.retrySafe());
    operation
        .security()
        .ifPresent(
            alternatives -> code.add("\n.withSecurity($T.of($L))", List.class, list(alternatives)));
    operation.serverUrl().ifPresent(url -> code.add("\n.withBaseUrl($S)", url));
    operation
        .result()
        .filter(result -> !result.accept().isEmpty())
        .ifPresent(result -> code.add("\n.withAccept($S)", result.accept()));
    return code.build();
  }

  /** {@code List.of("a", "b"), List.of("c")}: each alternative set of credential names. */
  private static CodeBlock list(List<List<String>> alternatives) {
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < alternatives.size(); i++) {
      CodeBlock.Builder names = CodeBlock.builder();
      for (int j = 0; j < alternatives.get(i).size(); j++) {
        names.add(j == 0 ? "$S" : ", $S", alternatives.get(i).get(j));
      }
      list.add(i == 0 ? "$T.of($L)" : ", $T.of($L)", List.class, names.build());
    }
    return list.build();
  }
}
