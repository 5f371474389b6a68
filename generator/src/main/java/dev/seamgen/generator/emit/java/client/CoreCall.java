package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.RESPONSE_READER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.seamgen.generator.emit.java.value.RequestClassEmitter;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Pagination;
import java.util.Optional;

/**
 * The runtime call an operation's fullest overload makes ({@code core.call}, {@code core.page} or
 * {@code core.download}), in the variant of one client class.
 */
final class CoreCall {
  private static final String WIRE = RequestClassEmitter.WIRE_REQUEST_METHOD;

  private final String variant;
  private final Optional<ClassName> constantsOwner;
  private final String blockingClient;

  /**
   * @param variant the suffix of the runtime's methods this class calls: {@code ""}, {@code Raw} or
   *     {@code Async}
   * @param constantsOwner the class holding the endpoint and answer constants, when this class does
   *     not see them unqualified
   * @param blockingClient how this class reaches the blocking client, for fetching later pages:
   *     {@code ""} or {@code client.}
   */
  CoreCall(String variant, Optional<ClassName> constantsOwner, String blockingClient) {
    this.variant = variant;
    this.constantsOwner = constantsOwner;
    this.blockingClient = blockingClient;
  }

  /**
   * The statement that calls the runtime, returning what it returns unless {@code returns} is void.
   */
  CodeBlock code(Operation operation, TypeName returns) {
    CodeBlock endpoint = constant(Endpoints.constantName(operation));
    CodeBlock answer = constant(Answers.constantName(operation));
    if (operation.pagination().isPresent()) {
      Pagination pagination = operation.pagination().get();
      String cursorSetter =
          operation.request().properties().stream()
              .filter(p -> p.wireName().equals(pagination.cursorProperty()))
              .findFirst()
              .orElseThrow()
              .javaName();
      return CodeBlock.builder()
          .addStatement(
              "return core.page$L($L, request.$N(), options, $L,\n"
                  + "cursor -> $L$N(request.toBuilder().$N(cursor).build(), options))",
              variant,
              endpoint,
              WIRE,
              answer,
              blockingClient,
              operation.javaName(),
              cursorSetter)
          .build();
    }
    if (Answers.isDownload(operation)) {
      return CodeBlock.builder()
          .addStatement(
              "return core.$N($L, request.$N(), options)", "download" + variant, endpoint, WIRE)
          .build();
    }
    String method = "call" + variant;
    if (operation.result().isEmpty()) {
      return CodeBlock.builder()
          .addStatement(
              "$Lcore.$N($L, request.$N(), options, $T.none())",
              returns.equals(TypeName.VOID) ? "" : "return ",
              method,
              endpoint,
              WIRE,
              RESPONSE_READER)
          .build();
    }
    return CodeBlock.builder()
        .addStatement(
            "return core.$N($L, request.$N(), options, $L)", method, endpoint, WIRE, answer)
        .build();
  }

  private CodeBlock constant(String name) {
    return constantsOwner
        .map(owner -> CodeBlock.of("$T.$N", owner, name))
        .orElseGet(() -> CodeBlock.of("$N", name));
  }
}
