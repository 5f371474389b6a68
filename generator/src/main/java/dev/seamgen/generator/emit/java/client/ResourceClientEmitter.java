package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.API_CORE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.ClassSpec;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.naming.Naming;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The blocking client of one group, such as {@code ConnectedAccountsClient}: an accessor per nested
 * group, the operations, and a {@code withRawResponse()} view ({@link RawResponseEmitter}) nested
 * inside. It holds the endpoint and answer constants every client of the group uses. Each method
 * only names the endpoint and how to read the answer; the runtime does the work.
 *
 * @param context what every emitter shares
 * @param resource the group
 */
public record ResourceClientEmitter(JavaContext context, Resource resource) implements ClassSpec {
  @Override
  public ClassName className() {
    return context.resourceClientClass(resource);
  }

  @Override
  public Location source() {
    return GroupClients.source(context);
  }

  @Override
  public TypeSpec poetSpec() {
    RawResponseEmitter raw = new RawResponseEmitter(context, resource);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(context.generated(source()))
            .addJavadoc(
                "The $L operations. Get this client from {@code $N.$L}; for {@code "
                    + "CompletableFuture}s use {@link $T}.\n",
                SpecText.code(resource.qualifiedName()),
                Naming.memberName(context.clientName()),
                context.accessorChain(resource),
                context.asyncClientClass(resource));
    Answers answers = new Answers(context.types());
    for (Operation operation : resource.operations()) {
      spec.addField(Endpoints.field(resource, operation));
      answers.reader(operation).ifPresent(spec::addField);
    }
    spec.addField(API_CORE, "core", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = GroupClients.constructor(context);
    for (Resource child : resource.children()) {
      GroupClients.addAccessor(spec, constructor, child, context.resourceClientClass(child), "");
    }
    spec.addMethod(constructor.build());
    if (resource.operations().isEmpty()) {
      return spec.build();
    }
    spec.addMethod(
        MethodSpec.methodBuilder("withRawResponse")
            .addJavadoc(
                "The same operations, returning the status, headers and request id of the "
                    + "answer along with its value.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(raw.className())
            .addStatement("return new $T(this)", raw.className())
            .build());
    MethodStyle blocking =
        new MethodStyle(
            value -> value, new CoreCall("", Optional.empty(), ""), OperationJavadoc.THROWS);
    new OperationOverloads(context, blocking).addAll(spec, resource);
    return spec.addType(raw.poetSpec()).build();
  }
}
