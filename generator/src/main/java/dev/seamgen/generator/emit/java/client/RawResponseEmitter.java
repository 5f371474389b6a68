package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.API_CORE;
import static dev.seamgen.generator.emit.java.poet.JavaNames.API_RESPONSE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.java.poet.ClassSpec;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Resource;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The raw-response view of a group's blocking client, {@code
 * ConnectedAccountsClient.WithRawResponse}: the same operations, each returning an {@code
 * ApiResponse} with the status, headers and request id. Nested in the blocking client, whose
 * constants it uses.
 *
 * @param context what every emitter shares
 * @param resource the group
 */
public record RawResponseEmitter(JavaContext context, Resource resource) implements ClassSpec {
  @Override
  public ClassName className() {
    return context.resourceClientClass(resource).nestedClass("WithRawResponse");
  }

  @Override
  public Location source() {
    return GroupClients.source(context);
  }

  @Override
  public TypeSpec poetSpec() {
    ClassName client = context.resourceClientClass(resource);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(className())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("{@link $T}'s operations, each returning an {@code ApiResponse}.\n", client)
            .addField(client, "client", Modifier.PRIVATE, Modifier.FINAL)
            .addField(API_CORE, "core", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(client, "client")
                    .addStatement("this.client = client")
                    .addStatement("this.core = client.core")
                    .build());
    MethodStyle raw =
        new MethodStyle(
            MethodStyle.wrappedIn(API_RESPONSE),
            new CoreCall("Raw", Optional.empty(), "client."),
            OperationJavadoc.THROWS);
    new OperationOverloads(context, raw).addAll(spec, resource);
    return spec.build();
  }
}
