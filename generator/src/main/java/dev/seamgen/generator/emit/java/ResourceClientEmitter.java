package dev.seamgen.generator.emit.java;

import static dev.seamgen.generator.emit.java.JavaNames.API_CORE;
import static dev.seamgen.generator.emit.java.JavaNames.API_RESPONSE;
import static dev.seamgen.generator.emit.java.JavaNames.DOWNLOAD;
import static dev.seamgen.generator.emit.java.JavaNames.ENDPOINT;
import static dev.seamgen.generator.emit.java.JavaNames.PAGE;
import static dev.seamgen.generator.emit.java.JavaNames.PAGE_READER;
import static dev.seamgen.generator.emit.java.JavaNames.REQUEST_OPTIONS;
import static dev.seamgen.generator.emit.java.JavaNames.RESPONSE_READER;
import static dev.seamgen.generator.emit.java.JavaNames.TYPE_REFERENCE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Pagination;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.ir.Result;
import dev.seamgen.generator.naming.Naming;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits the clients of one resource: {@code ConnectedAccountsClient} (blocking, with a {@code
 * withRawResponse()} view that also returns status, headers and request id) and {@code
 * ConnectedAccountsAsyncClient} (returning {@code CompletableFuture}s). Each method only names the
 * endpoint and how to read the answer; the runtime does the work.
 */
final class ResourceClientEmitter {
  private static final ClassName FUTURE = ClassName.get(CompletableFuture.class);
  private static final ClassName CONSUMER = ClassName.get(Consumer.class);
  private static final String WIRE = RequestClassEmitter.WIRE_REQUEST_METHOD;

  /** The three ways a method can hand back its result. */
  private enum Mode {
    BLOCKING,
    RAW,
    ASYNC
  }

  private final JavaContext context;

  ResourceClientEmitter(JavaContext context) {
    this.context = context;
  }

  static ClassName asyncClientClass(JavaContext context, Resource resource) {
    ClassName sync = context.resourceClientClass(resource);
    return ClassName.get(sync.packageName(), resource.javaName() + "AsyncClient");
  }

  JavaFile emit(Resource resource) {
    ClassName name = context.resourceClientClass(resource);
    ClassName raw = name.nestedClass("WithRawResponse");
    Location source = source();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(context.generated(source))
            .addJavadoc(
                "The $L operations. Get this client from {@code $N.$L}; for {@code "
                    + "CompletableFuture}s use {@link $T}.\n",
                SpecText.code(resource.qualifiedName()),
                Naming.memberName(context.clientName()),
                context.accessorChain(resource),
                asyncClientClass(context, resource));
    for (Operation operation : resource.operations()) {
      spec.addField(
          FieldSpec.builder(ENDPOINT, endpointConstant(operation), Modifier.STATIC, Modifier.FINAL)
              .initializer(endpoint(resource, operation))
              .build());
      answerReader(operation).ifPresent(spec::addField);
    }
    spec.addField(API_CORE, "core", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor =
        constructor("For {@link $T}; applications get this client from it.", context.clientClass());
    addChildren(spec, constructor, resource, false);
    spec.addMethod(constructor.build());
    if (resource.operations().isEmpty()) {
      return context.file(name.packageName(), spec.build(), source);
    }
    spec.addMethod(
        MethodSpec.methodBuilder("withRawResponse")
            .addJavadoc(
                "The same operations, returning the status, headers and request id of the "
                    + "answer along with its value.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(raw)
            .addStatement("return new $T(this)", raw)
            .build());
    for (Operation operation : resource.operations()) {
      addMethods(spec, resource, operation, Mode.BLOCKING, "");
    }
    TypeSpec.Builder rawSpec =
        TypeSpec.classBuilder(raw)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("{@link $T}'s operations, each returning an {@code ApiResponse}.\n", name)
            .addField(name, "client", Modifier.PRIVATE, Modifier.FINAL)
            .addField(API_CORE, "core", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(name, "client")
                    .addStatement("this.client = client")
                    .addStatement("this.core = client.core")
                    .build());
    for (Operation operation : resource.operations()) {
      addMethods(rawSpec, resource, operation, Mode.RAW, "client.");
    }
    spec.addType(rawSpec.build());
    return context.file(name.packageName(), spec.build(), source);
  }

  JavaFile emitAsync(Resource resource) {
    ClassName sync = context.resourceClientClass(resource);
    ClassName name = asyncClientClass(context, resource);
    Location source = source();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(context.generated(source))
            .addJavadoc(
                "The $L operations without blocking: each returns a {@code "
                    + "CompletableFuture} that completes with the value or with the exception the "
                    + "blocking {@link $T} would throw. Retries are scheduled, not slept. Get this "
                    + "client from {@code $N.async().$L}.\n",
                SpecText.code(resource.qualifiedName()),
                sync,
                Naming.memberName(context.clientName()),
                context.accessorChain(resource))
            .addField(API_CORE, "core", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor =
        constructor("For {@link $T}; applications get this client from it.", context.clientClass());
    if (!resource.operations().isEmpty()) {
      spec.addField(sync, "client", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.client = new $T(core)", sync);
    }
    addChildren(spec, constructor, resource, true);
    spec.addMethod(constructor.build());
    for (Operation operation : resource.operations()) {
      addMethods(spec, resource, operation, Mode.ASYNC, "client.");
    }
    return context.file(name.packageName(), spec.build(), source);
  }

  private static MethodSpec.Builder constructor(String javadoc, ClassName client) {
    return MethodSpec.constructorBuilder()
        .addJavadoc(javadoc + "\n", client)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(API_CORE, "core")
        .addStatement("this.core = $T.requireNonNull(core, $S)", Objects.class, "core == null");
  }

  /** A field and an accessor per nested group: {@code seam.acs().users()}. */
  private void addChildren(
      TypeSpec.Builder spec, MethodSpec.Builder constructor, Resource resource, boolean async) {
    for (Resource child : resource.children()) {
      ClassName client =
          async ? asyncClientClass(context, child) : context.resourceClientClass(child);
      String field = child.accessor();
      spec.addField(client, field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(core)", field, client);
      spec.addMethod(
          MethodSpec.methodBuilder(field)
              .addJavadoc(
                  "The $L operations$L.\n",
                  SpecText.code(child.qualifiedName()),
                  async ? ", without blocking" : "")
              .addModifiers(Modifier.PUBLIC)
              .returns(client)
              .addStatement("return $N", field)
              .build());
    }
  }

  /**
   * Adds an operation's overloads: without arguments (when nothing is required), with the request,
   * and with the request and per-call options.
   *
   * @param blockingClient how this class reaches the blocking client, for fetching later pages
   */
  private void addMethods(
      TypeSpec.Builder spec,
      Resource resource,
      Operation operation,
      Mode mode,
      String blockingClient) {
    ClassName request = RequestClassEmitter.className(context, resource, operation);
    TypeName returns = returnType(operation, mode);
    String returnKeyword = returns.equals(TypeName.VOID) ? "" : "return ";
    if (operation.request().needsNothing()) {
      spec.addMethod(
          javadoc(MethodSpec.methodBuilder(operation.javaName()), operation, mode)
              .addModifiers(Modifier.PUBLIC)
              .returns(returns)
              .addStatement(
                  "$L$N($T.builder().build())", returnKeyword, operation.javaName(), request)
              .build());
    }
    ClassName builder = request.nestedClass("Builder");
    spec.addMethod(
        javadoc(MethodSpec.methodBuilder(operation.javaName()), operation, mode)
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
        javadoc(MethodSpec.methodBuilder(operation.javaName()), operation, mode)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(request, "request")
            .addStatement(
                "$L$N(request, $T.none())", returnKeyword, operation.javaName(), REQUEST_OPTIONS)
            .build());
    spec.addMethod(
        javadoc(MethodSpec.methodBuilder(operation.javaName()), operation, mode)
            .addJavadoc("@param options timeout, retries and headers for this call only\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(request, "request")
            .addParameter(REQUEST_OPTIONS, "options")
            .addStatement("$T.requireNonNull(request, $S)", Objects.class, "request == null")
            .addStatement("$T.requireNonNull(options, $S)", Objects.class, "options == null")
            .addCode(call(resource, operation, mode, blockingClient))
            .build());
  }

  /**
   * The constant that reads an operation's answer ({@code LIST_ANSWER}): built once per class, so
   * that calls do not set up Jackson's readers again.
   */
  private Optional<FieldSpec> answerReader(Operation operation) {
    if (operation.result().isEmpty() || isDownload(operation)) {
      return Optional.empty();
    }
    Result result = operation.result().get();
    if (result.kind() == Result.Kind.TEXT) {
      return Optional.of(
          FieldSpec.builder(
                  ParameterizedTypeName.get(RESPONSE_READER, ClassName.get(String.class)),
                  answerConstant(operation),
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("$T.text()", RESPONSE_READER)
              .build());
    }
    if (operation.pagination().isPresent()) {
      TypeName item = context.types().boxed(operation.pagination().get().itemType());
      return Optional.of(
          FieldSpec.builder(
                  ParameterizedTypeName.get(PAGE_READER, item),
                  answerConstant(operation),
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("$T.of($S, $T.class)", PAGE_READER, result.key(), item)
              .build());
    }
    TypeName type = context.types().boxed(result.type());
    CodeBlock typeArgument =
        TypeMapper.isGeneric(result.type())
            ? CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type)
            : CodeBlock.of("$T.class", type);
    CodeBlock reader =
        result.key().isEmpty()
            ? CodeBlock.of("$T.body($L)", RESPONSE_READER, typeArgument)
            : CodeBlock.of("$T.field($S, $L)", RESPONSE_READER, result.key(), typeArgument);
    return Optional.of(
        FieldSpec.builder(
                ParameterizedTypeName.get(RESPONSE_READER, type),
                answerConstant(operation),
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(reader)
            .build());
  }

  private CodeBlock call(Resource resource, Operation operation, Mode mode, String blockingClient) {
    ClassName owner = context.resourceClientClass(resource);
    CodeBlock endpoint =
        mode == Mode.ASYNC
            ? CodeBlock.of("$T.$N", owner, endpointConstant(operation))
            : CodeBlock.of("$N", endpointConstant(operation));
    CodeBlock answer =
        mode == Mode.ASYNC
            ? CodeBlock.of("$T.$N", owner, answerConstant(operation))
            : CodeBlock.of("$N", answerConstant(operation));
    String suffix = mode == Mode.RAW ? "Raw" : mode == Mode.ASYNC ? "Async" : "";
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
              suffix,
              endpoint,
              WIRE,
              answer,
              blockingClient,
              operation.javaName(),
              cursorSetter)
          .build();
    }
    if (isDownload(operation)) {
      return CodeBlock.builder()
          .addStatement(
              "return core.$N($L, request.$N(), options)", "download" + suffix, endpoint, WIRE)
          .build();
    }
    String method = "call" + suffix;
    if (operation.result().isEmpty()) {
      return CodeBlock.builder()
          .addStatement(
              "$Lcore.$N($L, request.$N(), options, $T.none())",
              mode == Mode.BLOCKING ? "" : "return ",
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

  private TypeName returnType(Operation operation, Mode mode) {
    TypeName value;
    if (operation.pagination().isPresent()) {
      value =
          ParameterizedTypeName.get(
              PAGE, context.types().boxed(operation.pagination().get().itemType()));
    } else if (isDownload(operation)) {
      value = DOWNLOAD;
    } else {
      value = operation.result().map(r -> context.types().boxed(r.type())).orElse(TypeName.VOID);
    }
    TypeName boxed = value.equals(TypeName.VOID) ? ClassName.get(Void.class) : value;
    return switch (mode) {
      case RAW -> ParameterizedTypeName.get(API_RESPONSE, boxed);
      case ASYNC -> ParameterizedTypeName.get(FUTURE, boxed);
      default -> value;
    };
  }

  private MethodSpec.Builder javadoc(MethodSpec.Builder method, Operation operation, Mode mode) {
    String text =
        operation.description().isEmpty()
            ? SpecText.javadoc(operation.title())
            : SpecText.javadoc(operation.description());
    method.addJavadoc(
        "$L\n\n<p>$L$L\n",
        text,
        SpecText.code(operation.httpMethod() + " " + operation.pathWithFixedQuery()),
        operation.otherMethods().isEmpty()
            ? ""
            : " (also stands for "
                + SpecText.code(String.join(", ", operation.otherMethods()))
                + ")");
    if (isDownload(operation)) {
      method.addJavadoc(
          "\n<p>The answer's body is streamed, not read into memory: close the {@link $T} when"
              + " done.\n",
          DOWNLOAD);
    }
    // A paragraph for the future, which fails with the exception; a tag for the blocking call.
    ErrorBodyDocs.of(operation, context.types())
        .ifPresent(
            errors ->
                method.addJavadoc(
                    mode == Mode.ASYNC
                        ? "\n<p>The future fails with {@link $T} for an error status; $L.\n"
                        : "\n@throws $T for an error status; $L\n",
                    JavaNames.API_EXCEPTION,
                    errors));
    operation
        .deprecation()
        .ifPresent(
            note ->
                method
                    .addAnnotation(Deprecated.class)
                    .addJavadoc(
                        "\n@deprecated $L\n",
                        note.isEmpty()
                            ? "The API marks this deprecated."
                            : SpecText.javadoc(note)));
    return method;
  }

  /**
   * {@code Endpoint.of(...)}, with the credentials the operation accepts when they differ, and its
   * own server if it has one.
   */
  private static CodeBlock endpoint(Resource resource, Operation operation) {
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
            alternatives -> {
              CodeBlock.Builder list = CodeBlock.builder();
              for (int i = 0; i < alternatives.size(); i++) {
                CodeBlock.Builder names = CodeBlock.builder();
                for (int j = 0; j < alternatives.get(i).size(); j++) {
                  names.add(j == 0 ? "$S" : ", $S", alternatives.get(i).get(j));
                }
                list.add(i == 0 ? "$T.of($L)" : ", $T.of($L)", List.class, names.build());
              }
              code.add("\n.withSecurity($T.of($L))", List.class, list.build());
            });
    operation.serverUrl().ifPresent(url -> code.add("\n.withBaseUrl($S)", url));
    return code.build();
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

  private Location source() {
    return new Location(context.model().specFile(), "/paths");
  }

  /** Whether the operation answers with bytes, streamed to the caller in a {@code Download}. */
  private static boolean isDownload(Operation operation) {
    return operation.result().map(r -> r.kind() == Result.Kind.BINARY).orElse(false);
  }

  private static String answerConstant(Operation operation) {
    return endpointConstant(operation) + "_ANSWER";
  }

  private static String endpointConstant(Operation operation) {
    return Naming.constantName(operation.javaName());
  }
}
