package dev.seamgen.generator.emit.java;

import static dev.seamgen.generator.emit.java.JavaNames.API_CORE;
import static dev.seamgen.generator.emit.java.JavaNames.ENDPOINT;
import static dev.seamgen.generator.emit.java.JavaNames.PAGE;
import static dev.seamgen.generator.emit.java.JavaNames.PAGE_READER;
import static dev.seamgen.generator.emit.java.JavaNames.REQUEST_OPTIONS;
import static dev.seamgen.generator.emit.java.JavaNames.RESPONSE_READER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Operation.Result;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.naming.Naming;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the client of one resource, such as {@code ConnectedAccountsClient}: per operation, a
 * method taking the request and one also taking {@code RequestOptions}. The work is the
 * runtime's; each method only names the endpoint and how to read the answer.
 */
final class ResourceClientEmitter {
  private static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private final JavaContext context;

  ResourceClientEmitter(JavaContext context) {
    this.context = context;
  }

  JavaFile emit(Resource resource) {
    ClassName name = context.resourceClientClass(resource);
    TypeSpec.Builder spec = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(context.generated(resource.operations().get(0).location()))
        .addJavadoc("Operations on {@code /$L}. Get one from {@link $T#$N()}.\n",
            resource.name(), context.clientClass(),
            Naming.memberName(resource.name()));
    for (Operation operation : resource.operations()) {
      spec.addField(FieldSpec.builder(ENDPOINT, endpointConstant(operation), Modifier.PRIVATE,
              Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.$N($S, $S, $S)", ENDPOINT, operation.read() ? "read" : "write",
              resource.name() + "." + operation.name(), operation.httpMethod(), operation.path())
          .build());
    }
    spec.addField(API_CORE, "core", Modifier.PRIVATE, Modifier.FINAL);
    spec.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("For {@link $T}; applications get this client from it.\n",
            context.clientClass())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(API_CORE, "core")
        .addStatement("this.core = $T.requireNonNull(core, $S)", Objects.class, "core == null")
        .build());
    for (Operation operation : resource.operations()) {
      ClassName request = RequestClassEmitter.className(context, resource, operation);
      TypeName returns = returnType(operation);
      if (operation.request().properties().stream().noneMatch(p -> p.required())
          && operation.request().exactlyOneOf().isEmpty()) {
        spec.addMethod(javadoc(MethodSpec.methodBuilder(operation.javaName()), operation)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addStatement("$L$N($T.builder().build())", returns == TypeName.VOID ? "" : "return ",
                operation.javaName(), request)
            .build());
      }
      spec.addMethod(javadoc(MethodSpec.methodBuilder(operation.javaName()), operation)
          .addModifiers(Modifier.PUBLIC)
          .returns(returns)
          .addParameter(request, "request")
          .addStatement("$L$N(request, $T.none())", returns == TypeName.VOID ? "" : "return ",
              operation.javaName(), REQUEST_OPTIONS)
          .build());
      spec.addMethod(javadoc(MethodSpec.methodBuilder(operation.javaName()), operation)
          .addJavadoc("@param options timeout, retries and headers for this call only\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(returns)
          .addParameter(request, "request")
          .addParameter(REQUEST_OPTIONS, "options")
          .addStatement("$T.requireNonNull(request, $S)", Objects.class, "request == null")
          .addStatement("$T.requireNonNull(options, $S)", Objects.class, "options == null")
          .addCode(call(operation))
          .build());
    }
    return context.file(name.packageName(), spec.build(),
        resource.operations().get(0).location());
  }

  private CodeBlock call(Operation operation) {
    String endpoint = endpointConstant(operation);
    if (operation.pagination().isPresent()) {
      Operation.Pagination pagination = operation.pagination().get();
      String cursorSetter = operation.request().properties().stream()
          .filter(p -> p.wireName().equals(pagination.cursorProperty()))
          .findFirst().orElseThrow().javaName();
      return CodeBlock.builder()
          .addStatement("return core.page($N, request, options, $T.of($S, $T.class),\n"
                  + "cursor -> $N(request.toBuilder().$N(cursor).build(), options))",
              endpoint, PAGE_READER, operation.result().orElseThrow().key(),
              context.types().boxed(pagination.itemType()), operation.javaName(), cursorSetter)
          .build();
    }
    if (operation.result().isEmpty()) {
      return CodeBlock.builder()
          .addStatement("core.call($N, request, options, $T.none())", endpoint, RESPONSE_READER)
          .build();
    }
    Result result = operation.result().get();
    TypeName type = context.types().boxed(result.type());
    CodeBlock typeArgument = TypeMapper.isGeneric(result.type())
        ? CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type)
        : CodeBlock.of("$T.class", type);
    CodeBlock reader = result.key().isEmpty()
        ? CodeBlock.of("$T.body($L)", RESPONSE_READER, typeArgument)
        : CodeBlock.of("$T.field($S, $L)", RESPONSE_READER, result.key(), typeArgument);
    return CodeBlock.builder()
        .addStatement("return core.call($N, request, options, $L)", endpoint, reader)
        .build();
  }

  private TypeName returnType(Operation operation) {
    if (operation.pagination().isPresent()) {
      return ParameterizedTypeName.get(PAGE,
          context.types().boxed(operation.pagination().get().itemType()));
    }
    return operation.result().map(r -> context.types().boxed(r.type())).orElse(TypeName.VOID);
  }

  private static MethodSpec.Builder javadoc(MethodSpec.Builder method, Operation operation) {
    String text = operation.description().isEmpty() ? SpecText.javadoc(operation.title())
        : SpecText.javadoc(operation.description());
    method.addJavadoc("$L\n\n<p>{@code $L $L}\n", text, operation.httpMethod(), operation.path());
    operation.deprecation().ifPresent(note -> method.addAnnotation(Deprecated.class)
        .addJavadoc("\n@deprecated $L\n", note.isEmpty() ? "The API marks this deprecated."
            : SpecText.javadoc(note)));
    return method;
  }

  private static String endpointConstant(Operation operation) {
    return Naming.constantName(operation.javaName());
  }
}
