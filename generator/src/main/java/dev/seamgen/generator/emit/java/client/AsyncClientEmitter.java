package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.API_CORE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.ClassSpec;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.naming.Naming;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * The non-blocking client of one group, such as {@code ConnectedAccountsAsyncClient}: the same
 * operations, each returning a {@code CompletableFuture}. It fetches later pages through the
 * blocking client and names that client's constants.
 *
 * @param context what every emitter shares
 * @param resource the group
 */
public record AsyncClientEmitter(JavaContext context, Resource resource) implements ClassSpec {
  /** A paragraph, not a tag: the future fails with the exception, nothing is thrown. */
  private static final String FAILS =
      "\n<p>The future fails with {@link $T} for an error status; $L.\n";

  @Override
  public ClassName className() {
    return context.asyncClientClass(resource);
  }

  @Override
  public Location source() {
    return GroupClients.source(context);
  }

  @Override
  public TypeSpec poetSpec() {
    ClassName blocking = context.resourceClientClass(resource);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(context.generated(source()))
            .addJavadoc(
                "The $L operations without blocking: each returns a {@code "
                    + "CompletableFuture} that completes with the value or with the exception the "
                    + "blocking {@link $T} would throw. Retries are scheduled, not slept. Get this "
                    + "client from {@code $N.async().$L}.\n",
                SpecText.code(resource.qualifiedName()),
                blocking,
                Naming.memberName(context.clientName()),
                context.accessorChain(resource))
            .addField(API_CORE, "core", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = GroupClients.constructor(context);
    if (!resource.operations().isEmpty()) {
      spec.addField(blocking, "client", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.client = new $T(core)", blocking);
    }
    for (Resource child : resource.children()) {
      GroupClients.addAccessor(
          spec, constructor, child, context.asyncClientClass(child), ", without blocking");
    }
    spec.addMethod(constructor.build());
    MethodStyle async =
        new MethodStyle(
            MethodStyle.wrappedIn(ClassName.get(CompletableFuture.class)),
            new CoreCall("Async", Optional.of(blocking), "client."),
            FAILS);
    new OperationOverloads(context, async).addAll(spec, resource);
    return spec.build();
  }
}
