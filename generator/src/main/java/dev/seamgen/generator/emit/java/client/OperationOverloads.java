package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.REQUEST_OPTIONS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.emit.java.value.RequestClassEmitter;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Resource;
import java.util.Objects;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * The one place that knows an operation's overloads, the same in every client class: {@code m()}
 * when the operation needs no input, {@code m(Consumer<Request.Builder>)}, {@code m(Request)} and
 * {@code m(Request, RequestOptions)}, the last one calling the runtime. Only the {@link
 * MethodStyle} differs between the blocking, raw and async clients.
 */
final class OperationOverloads {
  private static final ClassName CONSUMER = ClassName.get(Consumer.class);

  private final JavaContext context;
  private final MethodStyle style;
  private final OperationJavadoc javadoc;
  private final Answers answers;

  OperationOverloads(JavaContext context, MethodStyle style) {
    this.context = context;
    this.style = style;
    this.javadoc = new OperationJavadoc(context.types(), style.errorsJavadoc());
    this.answers = new Answers(context.types());
  }

  /** Adds each operation's overloads to {@code spec}, in the operations' order. */
  void addAll(TypeSpec.Builder spec, Resource resource) {
    for (Operation operation : resource.operations()) {
      add(spec, resource, operation);
    }
  }

  private void add(TypeSpec.Builder spec, Resource resource, Operation operation) {
    ClassName request = RequestClassEmitter.className(context, resource, operation);
    TypeName returns = style.returns().apply(answers.value(operation));
    String returnKeyword = returns.equals(TypeName.VOID) ? "" : "return ";
    if (operation.request().needsNothing()) {
      spec.addMethod(
          javadoc
              .method(operation)
              .addModifiers(Modifier.PUBLIC)
              .returns(returns)
              .addStatement(
                  "$L$N($T.builder().build())", returnKeyword, operation.javaName(), request)
              .build());
    }
    ClassName builder = request.nestedClass("Builder");
    spec.addMethod(
        javadoc
            .method(operation)
            .addJavadoc(
                "@param request sets the request's values on a new builder, such as {@code "
                    + "r -> r.$N(...)}\n",
                firstSetter(operation))
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(ParameterizedTypeName.get(CONSUMER, builder), "request")
            .addStatement("$T.requireNonNull(request, $S)", Objects.class, "request == null")
            .addStatement("$T builder = $T.builder()", builder, request)
            .addStatement("request.accept(builder)")
            .addStatement("$L$N(builder.build())", returnKeyword, operation.javaName())
            .build());
    spec.addMethod(
        javadoc
            .method(operation)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(request, "request")
            .addStatement(
                "$L$N(request, $T.none())", returnKeyword, operation.javaName(), REQUEST_OPTIONS)
            .build());
    spec.addMethod(
        javadoc
            .method(operation)
            .addJavadoc("@param options timeout, retries and headers for this call only\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(request, "request")
            .addParameter(REQUEST_OPTIONS, "options")
            .addStatement("$T.requireNonNull(request, $S)", Objects.class, "request == null")
            .addStatement("$T.requireNonNull(options, $S)", Objects.class, "options == null")
            .addCode(style.call().code(operation, returns))
            .build());
  }

  /** The setter a {@code Consumer} example shows: the first required one, else the first. */
  private static String firstSetter(Operation operation) {
    return operation.request().properties().stream()
        .filter(p -> p.required())
        .findFirst()
        .or(() -> operation.request().properties().stream().findFirst())
        .map(p -> p.javaName())
        .orElse("build");
  }
}
