package dev.seamgen.generator.emit.java.value;

import static dev.seamgen.generator.emit.java.poet.JavaNames.PARAMETER_STYLE;
import static dev.seamgen.generator.emit.java.poet.JavaNames.WIRE_REQUEST;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.emit.java.poet.JavaNames;
import dev.seamgen.generator.ir.Body;
import dev.seamgen.generator.ir.FixedQuery;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Parameter;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.Request;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.naming.Naming;
import java.util.HashSet;
import java.util.Set;

/** Emits the request class of an operation, such as {@code ConnectedAccountsGetRequest}. */
public final class RequestClassEmitter {
  /** The package-private method clients call to get what to send. */
  public static final String WIRE_REQUEST_METHOD = "toWireRequest";

  private final JavaContext context;
  private final ValueClassWriter writer;

  public RequestClassEmitter(JavaContext context) {
    this.context = context;
    this.writer = ValueClassWriter.forRequests(context.types());
  }

  public static ClassName className(JavaContext context, Resource resource, Operation operation) {
    return ClassName.get(context.resourcePackage(resource), operation.request().className());
  }

  public JavaFile emit(Resource resource, Operation operation) {
    ClassName name = className(context, resource, operation);
    CodeBlock.Builder checks = CodeBlock.builder();
    if (!operation.request().exactlyOneOf().isEmpty()) {
      CodeBlock.Builder args = CodeBlock.builder();
      for (String choice : operation.request().exactlyOneOf()) {
        args.add(", $S, $N", choice, choice);
      }
      checks.addStatement(
          "$T.checkExactlyOne($S$L)", JavaNames.FIELDS, name.simpleName(), args.build());
    }
    StringBuilder javadoc =
        new StringBuilder("The request of {@link ")
            .append(context.resourceClientClass(resource).simpleName())
            .append("#")
            .append(operation.javaName())
            .append("}: ")
            .append(SpecText.javadoc(operation.title()))
            .append(".");
    if (!operation.description().isEmpty()
        && !operation.description().strip().equals(operation.title())) {
      javadoc.append("\n\n<p>").append(SpecText.javadoc(operation.description()));
    }
    if (!operation.request().exactlyOneOf().isEmpty()) {
      javadoc
          .append("\n\n<p>Set exactly one of {@code ")
          .append(String.join("}, {@code ", operation.request().exactlyOneOf()))
          .append("}.");
    }
    CodeBlock constraints =
        new ConstraintChecks(context.types())
            .checks(name.simpleName(), operation.request().properties());
    checks.add(constraints);
    StringBuilder throwsDoc = new StringBuilder();
    if (!operation.request().exactlyOneOf().isEmpty()) {
      throwsDoc
          .append("@throws IllegalStateException unless exactly one of ")
          .append(String.join(", ", operation.request().exactlyOneOf()))
          .append(" is set\n");
    }
    if (!constraints.isEmpty()) {
      throwsDoc.append(
          "@throws IllegalArgumentException naming a value the API does not "
              + "accept, before anything is sent\n");
    }
    Set<Property> json =
        operation
            .request()
            .body()
            .filter(Body.JsonObject.class::isInstance)
            .map(b -> Set.copyOf(((Body.JsonObject) b).properties()))
            .orElse(Set.of());
    TypeSpec spec =
        writer
            .write(
                name,
                operation.request().properties(),
                json::contains,
                checks.build(),
                throwsDoc.toString())
            .addJavadoc("$L\n", javadoc)
            .addAnnotation(context.generated(operation.request().location()))
            .addMethod(wireRequest(operation.request()))
            .build();
    return context.file(name.packageName(), spec, operation.request().location());
  }

  /**
   * {@code toWireRequest()}: the query pairs sent on every call, the parameters, each with how it
   * is written, and the body, for the runtime to send. Unset values are left out by the runtime.
   */
  private static MethodSpec wireRequest(Request request) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", WIRE_REQUEST);
    // Sent as the spec writes them in the path key: percent-encoded triplets stay as they are.
    for (FixedQuery pair : request.fixedQuery()) {
      code.add("\n.query($S, $S, $T.FORM, true, true)", pair.name(), pair.value(), PARAMETER_STYLE);
    }
    for (Parameter p : request.parameters()) {
      CodeBlock style = CodeBlock.of("$T.$L", PARAMETER_STYLE, p.style().name());
      switch (p.in()) {
        case PATH ->
            code.add("\n.path($S, $N, $L, $L)", p.wireName(), p.javaName(), style, p.explode());
        case QUERY ->
            code.add(
                "\n.query($S, $N, $L, $L, $L)",
                p.wireName(),
                p.javaName(),
                style,
                p.explode(),
                p.allowReserved());
        case HEADER ->
            code.add("\n.header($S, $N, $L, $L)", p.wireName(), p.javaName(), style, p.explode());
        case COOKIE ->
            code.add("\n.cookie($S, $N, $L, $L)", p.wireName(), p.javaName(), style, p.explode());
      }
    }
    request
        .body()
        .ifPresent(
            body -> {
              if (body instanceof Body.JsonValue value) {
                code.add("\n.jsonBody($N)", value.value().javaName());
              } else if (body instanceof Body.Form form) {
                form.fields().forEach(f -> code.add(field(form, f)));
              } else if (body instanceof Body.FormMap) {
                // Its entries are added one by one, after the parameters: see formMap.
              } else if (body instanceof Body.Raw raw) {
                code.add(
                    "\n.$L($N, $S)",
                    raw.binary() ? "binaryBody" : "textBody",
                    raw.value().javaName(),
                    raw.mediaType());
              } else {
                code.add("\n.jsonBody(this)");
              }
            });
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(WIRE_REQUEST_METHOD)
            .addJavadoc("What the client sends: parameters and body.\n")
            .returns(WIRE_REQUEST);
    if (request.body().orElse(null) instanceof Body.FormMap map) {
      return method.addCode(formMap(request, map, code.build())).build();
    }
    return method.addStatement("return $L", code.add("\n.build()").build()).build();
  }

  /**
   * A form whose fields the user names: the parameters, then one field (or part) per entry of the
   * map, in its order.
   */
  private static CodeBlock formMap(Request request, Body.FormMap map, CodeBlock parameters) {
    Set<String> members = new HashSet<>();
    request.properties().forEach(p -> members.add(p.javaName()));
    String wire = Naming.unique("wire", members::contains);
    String fields = map.value().javaName();
    CodeBlock each =
        map.multipart()
            ? CodeBlock.of("$N.part(name, value, null)", wire)
            : CodeBlock.of(
                "$N.formField(name, value, $T.FORM, true, false)", wire, PARAMETER_STYLE);
    return CodeBlock.builder()
        .addStatement("$T.Builder $N = $L", WIRE_REQUEST, wire, parameters)
        .beginControlFlow("if (this.$N != null)", fields)
        .addStatement("this.$N.forEach((name, value) -> $L)", fields, each)
        .endControlFlow()
        .addStatement("return $N.build()", wire)
        .build();
  }

  /** One field of a form: a part of a multipart body, else a urlencoded field in its style. */
  private static CodeBlock field(Body.Form form, Body.Field field) {
    Property p = field.property();
    if (form.multipart()) {
      return field.contentType().isPresent()
          ? CodeBlock.of(
              "\n.part($S, $N, $S)", p.wireName(), p.javaName(), field.contentType().get())
          : CodeBlock.of("\n.part($S, $N, null)", p.wireName(), p.javaName());
    }
    return CodeBlock.of(
        "\n.formField($S, $N, $T.$L, $L, $L)",
        p.wireName(),
        p.javaName(),
        PARAMETER_STYLE,
        field.style().name(),
        field.explode(),
        field.allowReserved());
  }
}
