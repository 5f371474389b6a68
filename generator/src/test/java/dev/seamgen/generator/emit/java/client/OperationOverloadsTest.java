package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.context;
import static dev.seamgen.generator.emit.java.EmitterGoldenFiles.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class OperationOverloadsTest {
  private static final MethodStyle BLOCKING =
      new MethodStyle(
          value -> value, new CoreCall("", Optional.empty(), ""), OperationJavadoc.THROWS);

  private static List<MethodSpec> methods(MethodStyle style, String name) throws Exception {
    JavaContext context = context();
    TypeSpec.Builder spec = TypeSpec.classBuilder("Probe");
    new OperationOverloads(context, style).addAll(spec, resource(context, "kennels"));
    return spec.build().methodSpecs().stream().filter(m -> m.name().equals(name)).toList();
  }

  @Test
  void anOperationThatNeedsNoInputAlsoGetsTheOverloadWithoutArguments() throws Exception {
    List<MethodSpec> listNames = methods(BLOCKING, "listNames");
    assertEquals(List.of(0, 1, 1, 2), listNames.stream().map(m -> m.parameters().size()).toList());
  }

  @Test
  void anOperationWithARequiredInputGetsThreeOverloads() throws Exception {
    List<MethodSpec> get = methods(BLOCKING, "get");
    assertEquals(
        List.of("request", "request", "request, options"),
        get.stream()
            .map(m -> String.join(", ", m.parameters().stream().map(p -> p.name()).toList()))
            .toList());
    assertTrue(
        get.get(0)
            .parameters()
            .get(0)
            .type()
            .toString()
            .startsWith("java.util.function.Consumer<"));
  }

  @Test
  void aBlockingVoidCallReturnsNothingWhileAnAsyncOneReturnsItsFuture() throws Exception {
    MethodSpec blocking = methods(BLOCKING, "update").get(2);
    assertFalse(blocking.code().toString().contains("return"), blocking.code().toString());
    MethodStyle async =
        new MethodStyle(
            MethodStyle.wrappedIn(ClassName.get(CompletableFuture.class)),
            new CoreCall("Async", Optional.of(ClassName.get("p", "KennelsClient")), "client."),
            "\n<p>fails with {@link $T}; $L\n");
    MethodSpec future = methods(async, "update").get(2);
    assertEquals(
        "java.util.concurrent.CompletableFuture<java.lang.Void>", future.returnType().toString());
    assertTrue(future.code().toString().contains("return core.callAsync(p.KennelsClient.UPDATE,"));
  }

  @Test
  void laterPagesAreFetchedThroughTheBlockingClient() throws Exception {
    MethodStyle raw =
        new MethodStyle(
            MethodStyle.wrappedIn(ClassName.get("p", "ApiResponse")),
            new CoreCall("Raw", Optional.empty(), "client."),
            OperationJavadoc.THROWS);
    String code = methods(raw, "list").get(3).code().toString();
    assertTrue(
        code.contains("return core.pageRaw(LIST, request.toWireRequest(), options, LIST_ANSWER,"),
        code);
    assertTrue(
        code.contains(
            "cursor -> client.list(request.toBuilder().pageCursor(cursor).build(), options)"),
        code);
  }

  @Test
  void errorsAreDocumentedTheWayTheStyleSays() throws Exception {
    MethodStyle async =
        new MethodStyle(
            MethodStyle.wrappedIn(ClassName.get(CompletableFuture.class)),
            new CoreCall("Async", Optional.empty(), "client."),
            "\n<p>The future fails with {@link $T} for an error status; $L.\n");
    String javadoc = methods(async, "get").get(1).javadoc().toString();
    assertTrue(
        javadoc.contains("The future fails with {@link dev.seamgen.runtime.ApiException}"),
        javadoc);
    assertFalse(javadoc.contains("@throws"), javadoc);
    assertTrue(methods(BLOCKING, "get").get(1).javadoc().toString().contains("@throws"));
  }
}
