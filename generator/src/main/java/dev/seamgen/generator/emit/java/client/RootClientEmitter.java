package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.API_CORE;
import static dev.seamgen.generator.emit.java.poet.JavaNames.AUTH_CONFIG;
import static dev.seamgen.generator.emit.java.poet.JavaNames.CLIENT_OPTIONS;
import static dev.seamgen.generator.emit.java.poet.JavaNames.ERROR_FORMAT;
import static dev.seamgen.generator.emit.java.poet.JavaNames.SERVER_URL;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.config.Conventions;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.ir.ServerTemplate;
import dev.seamgen.generator.naming.Naming;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the root client, such as {@code Seam}: its builder (endpoint, credentials, timeout,
 * retries) and one accessor per resource client.
 */
public final class RootClientEmitter {
  private final JavaContext context;

  public RootClientEmitter(JavaContext context) {
    this.context = context;
  }

  public JavaFile emit() {
    ApiModel model = context.model();
    ClassName name = context.clientClass();
    ClassName builder = name.nestedClass("Builder");
    Location source = Location.root(model.specFile());
    boolean seam = context.conventions() == Conventions.SEAM;
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(context.generated(source))
            .addJavadoc(
                "$L\n\n<p>Create one with {@link #builder()} and share it: it is thread-safe "
                    + "and holds one HTTP connection pool.\n",
                model.description().isEmpty()
                    ? "Client of the " + SpecText.javadoc(model.title()) + " API."
                    : SpecText.javadoc(model.description()))
            .addField(
                FieldSpec.builder(
                        String.class, "SDK_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                        "$L\n",
                        seam
                            ? "Sent with every request as {@code seam-sdk-name}."
                            : "The SDK's name, sent with every request in {@code User-Agent}.")
                    .initializer("$S", context.sdkName())
                    .build())
            .addField(
                FieldSpec.builder(
                        String.class,
                        "SDK_VERSION",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc(
                        "$L\n",
                        seam
                            ? "Sent with every request as {@code seam-sdk-version}."
                            : "The SDK's version, sent with every request in {@code User-Agent}.")
                    .initializer("$S", context.sdkVersion())
                    .build())
            .addField(
                FieldSpec.builder(
                        AUTH_CONFIG, "AUTH", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(CredentialSetters.authConfig(model.auth()))
                    .build())
            .addField(API_CORE, "core", Modifier.PRIVATE, Modifier.FINAL);
    ClassName async = name.nestedClass("Async");
    TypeSpec.Builder asyncSpec =
        TypeSpec.classBuilder(async)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The same operations without blocking: every method returns a {@code "
                    + "CompletableFuture}. Shares the client's connection pool, credentials and "
                    + "settings.\n");
    MethodSpec.Builder asyncConstructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(API_CORE, "core");
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(API_CORE, "core")
            .addStatement("this.core = core")
            .addStatement("this.async = new $T(core)", async);
    spec.addField(async, "async", Modifier.PRIVATE, Modifier.FINAL);
    for (Resource resource : model.resources()) {
      GroupClients.addAccessor(
          spec, constructor, resource, context.resourceClientClass(resource), "");
      GroupClients.addAccessor(
          asyncSpec,
          asyncConstructor,
          resource,
          context.asyncClientClass(resource),
          ", without blocking");
    }
    spec.addMethod(constructor.build());
    spec.addMethod(
        MethodSpec.methodBuilder("async")
            .addJavadoc("The same operations, returning {@code CompletableFuture}s.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(async)
            .addStatement("return async")
            .build());
    spec.addType(asyncSpec.addMethod(asyncConstructor.build()).build());
    spec.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc(builderJavadoc(model.auth()))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    spec.addType(builderType(model, name, builder));
    return context.file(name.packageName(), spec.build(), source);
  }

  /** Says the environment is read only when some credential names a variable to read. */
  private static String builderJavadoc(Auth auth) {
    boolean readsEnvironment =
        auth.credentials().stream().anyMatch(c -> c.environmentVariable().isPresent());
    return readsEnvironment
        ? "A builder; with no credentials set, {@code build()} reads them from the environment.\n"
        : "A builder of a client.\n";
  }

  private TypeSpec builderType(ApiModel model, ClassName client, ClassName builder) {
    String envPrefix = Naming.environmentPrefix(context.clientName());
    CodeBlock.Builder options = CodeBlock.builder().add("$T.builder(AUTH)", CLIENT_OPTIONS);
    if (model.serverTemplate().isPresent()) {
      options.add("\n.server($L)", serverUrl(model.serverTemplate().get()));
    } else {
      model.defaultServerUrl().ifPresent(url -> options.add("\n.defaultEndpoint($S)", url));
    }
    options.add("\n.endpointEnvironmentVariable($S)", envPrefix + "_ENDPOINT");
    options.add("\n.sdk(SDK_NAME, SDK_VERSION)");
    if (context.conventions() == Conventions.SEAM) {
      options.add("\n.sdkHeaders($S, $S)", "seam-sdk-name", "seam-sdk-version");
      options.add("\n.requestIdHeader($S)", "seam-request-id");
      options.add("\n.errorFormat($T.seam())", ERROR_FORMAT);
    }
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(builder)
            .addJavadoc("Configures a {@link $T}.\n", client)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(
                        CLIENT_OPTIONS.nestedClass("Builder"),
                        "options",
                        Modifier.PRIVATE,
                        Modifier.FINAL)
                    .initializer(options.build())
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    CredentialSetters.setters(builder, model.auth()).forEach(spec::addMethod);
    model
        .serverTemplate()
        .ifPresent(server -> server.variables().forEach(v -> spec.addMethod(variable(builder, v))));
    spec.addMethod(
        setter(
                builder,
                "endpoint",
                String.class,
                "The API's base URL"
                    + model
                        .defaultServerUrl()
                        .map(u -> "; defaults to " + SpecText.code(u))
                        .orElse("")
                    + ", or {@code "
                    + envPrefix
                    + "_ENDPOINT} when set.")
            .addStatement("options.endpoint(endpoint)")
            .addStatement("return this")
            .build());
    spec.addMethod(
        setter(
                builder,
                "timeout",
                Duration.class,
                "How long one attempt may take; 30 seconds unless set.")
            .addStatement("options.timeout(timeout)")
            .addStatement("return this")
            .build());
    spec.addMethod(
        setter(
                builder,
                "totalTimeout",
                Duration.class,
                "How long a whole call may take, retries and their waits included; 2 minutes, or "
                    + "the timeout if that is longer, unless set.")
            .addStatement("options.totalTimeout(totalTimeout)")
            .addStatement("return this")
            .build());
    spec.addMethod(
        setter(
                builder,
                "maxResponseBytes",
                long.class,
                "The largest answer a call reads, in bytes; 64 MiB unless set. A larger one fails "
                    + "with {@code ResponseTooLargeException}.")
            .addStatement("options.maxResponseBytes(maxResponseBytes)")
            .addStatement("return this")
            .build());
    spec.addMethod(
        setter(
                builder,
                "maxRetries",
                int.class,
                "How many times a failed request is retried where that is safe; 2 unless set.")
            .addStatement("options.maxRetries(maxRetries)")
            .addStatement("return this")
            .build());
    spec.addMethod(
        setter(
                builder,
                "httpClient",
                HttpClient.class,
                "The HTTP client to send requests with, for proxies or custom TLS.")
            .addStatement("options.httpClient(httpClient)")
            .addStatement("return this")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("header")
            .addJavadoc("A header sent with every request.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(String.class, "name")
            .addParameter(String.class, "value")
            .addStatement("options.header(name, value)")
            .addStatement("return this")
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc(
                "The client.\n\n@throws IllegalStateException when credentials are missing, "
                    + "conflict or look wrong, or the HTTP client given follows redirects while "
                    + "credentials are set; the message says what to set\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addStatement("return new $T($T.create(options.build()))", client, API_CORE)
            .build());
    return spec.build();
  }

  /** {@code ServerUrl.template(...).variable(...)...}. */
  private static CodeBlock serverUrl(ServerTemplate server) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.template($S)", SERVER_URL, server.template());
    for (ServerTemplate.Variable variable : server.variables()) {
      code.add(
          "\n.variable($S, $S, $T.of($L))",
          variable.name(),
          variable.defaultValue(),
          List.class,
          CredentialSetters.strings(variable.allowed()));
    }
    return code.build();
  }

  /** The setter of one server variable, such as {@code region(String)}. */
  private static MethodSpec variable(ClassName builder, ServerTemplate.Variable variable) {
    String doc =
        (variable.description().isEmpty()
                ? "Sets the server URL's " + SpecText.code("{" + variable.name() + "}") + "."
                : SpecText.javadoc(variable.description()))
            + "\n\n<p>"
            + SpecText.code(variable.defaultValue())
            + " unless set"
            + (variable.allowed().isEmpty()
                ? "; {@code build()} refuses a value of other characters than letters, digits and"
                    + " {@code . _ ~ -}."
                : "; {@code build()} refuses any but "
                    + String.join(", ", variable.allowed().stream().map(SpecText::code).toList())
                    + ".")
            + " An endpoint that is set wins over the server URL.";
    return setter(builder, variable.javaName(), String.class, doc)
        .addStatement("options.serverVariable($S, $N)", variable.name(), variable.javaName())
        .addStatement("return this")
        .build();
  }

  private static MethodSpec.Builder setter(
      ClassName builder, String name, Class<?> type, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n", javadoc)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(type, name);
  }
}
