package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.AUTH_CONFIG;
import static dev.seamgen.generator.emit.java.poet.JavaNames.CREDENTIAL_SCHEME;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Auth.Credential;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * The credential side of a root client's builder: its {@code AuthConfig} constant and one setter
 * per credential ({@code apiKey(String)}; {@code basicAuth(String user, String password)}; a bearer
 * token also as {@code petstoreAuth(Supplier<String>)}, asked before each attempt; an OAuth2 client
 * credentials flow as {@code oauthClientCredentials(clientId, clientSecret)}).
 */
final class CredentialSetters {
  private CredentialSetters() {}

  /** The builder's setters, in the spec's order of schemes. */
  static List<MethodSpec> setters(ClassName builder, Auth auth) {
    List<MethodSpec> setters = new ArrayList<>();
    for (Credential credential : auth.credentials()) {
      String doc = javadoc(credential);
      String name = credential.name();
      if (credential.kind() == Auth.Kind.BASIC) {
        setters.add(
            method(builder, name, doc)
                .addParameter(String.class, "user")
                .addParameter(String.class, "password")
                .addStatement("options.basicCredential($S, user, password)", name)
                .addStatement("return this")
                .build());
        continue;
      }
      setters.add(
          method(builder, name, doc)
              .addParameter(String.class, name)
              .addStatement("options.credential($S, $N)", name, name)
              .addStatement("return this")
              .build());
      credential.clientCredentials().ifPresent(flow -> setters.addAll(grant(builder, credential)));
      if (credential.kind() == Auth.Kind.BEARER) {
        setters.add(
            method(
                    builder,
                    name,
                    doc
                        + "\n\n<p>This one asks {@code token} before each attempt, retries "
                        + "included, so that a token refreshed elsewhere is used; a call fails, "
                        + "without showing the token, when it gives null, a blank token or one "
                        + "with a control character.")
                .addParameter(ParameterizedTypeName.get(Supplier.class, String.class), "token")
                .addStatement("options.tokenSupplier($S, token)", name)
                .addStatement("return this")
                .build());
      }
    }
    return setters;
  }

  /**
   * {@code oauthClientCredentials(clientId, clientSecret)}, the same with scopes, and {@code
   * oauthTokenUrl(url)}: the client gets its token itself.
   */
  private static List<MethodSpec> grant(ClassName builder, Credential credential) {
    String name = credential.name();
    Auth.TokenFlow flow = credential.clientCredentials().get();
    String scopes =
        flow.scopes().isEmpty()
            ? "no scopes"
            : "the scopes the spec lists ("
                + String.join(", ", flow.scopes().stream().map(SpecText::code).toList())
                + ")";
    String doc =
        "Gets the "
            + SpecText.code(credential.schemeName())
            + " token with OAuth2's client credentials grant: the client fetches one from "
            + SpecText.code(flow.tokenUrl())
            + " when it first needs one, sending {@code clientId} and {@code clientSecret} as "
            + "HTTP basic and asking for "
            + scopes
            + ". The token is kept until shortly before it expires, one fetch serves every call "
            + "waiting for it, and a call answered 401 fetches a new one and is sent once more. A "
            + "refused request throws {@code ApiException} naming the token URL and the OAuth "
            + "error; the secret and the tokens never appear in messages.";
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(
        method(builder, name + "ClientCredentials", doc)
            .addParameter(String.class, "clientId")
            .addParameter(String.class, "clientSecret")
            .addStatement("options.clientCredentials($S, clientId, clientSecret)", name)
            .addStatement("return this")
            .build());
    methods.add(
        method(
                builder,
                name + "ClientCredentials",
                "Like {@link #"
                    + name
                    + "ClientCredentials(String, String)}, asking for {@code scopes} instead; an"
                    + " empty list asks for none.")
            .addParameter(String.class, "clientId")
            .addParameter(String.class, "clientSecret")
            .addParameter(ParameterizedTypeName.get(List.class, String.class), "scopes")
            .addStatement("options.clientCredentials($S, clientId, clientSecret, scopes)", name)
            .addStatement("return this")
            .build());
    methods.add(
        method(
                builder,
                name + "TokenUrl",
                "Where {@link #"
                    + name
                    + "ClientCredentials(String, String)} gets its token instead of "
                    + SpecText.code(flow.tokenUrl())
                    + "; a relative URL is resolved against the endpoint.")
            .addParameter(String.class, "url")
            .addStatement("options.tokenUrl($S, url)", name)
            .addStatement("return this")
            .build());
    return methods;
  }

  /** {@code AuthConfig.builder()...build()}, or {@code AuthConfig.none()}. */
  static CodeBlock authConfig(Auth auth) {
    if (auth.credentials().isEmpty()) {
      return CodeBlock.of("$T.none()", AUTH_CONFIG);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", AUTH_CONFIG);
    for (Credential credential : auth.credentials()) {
      CodeBlock.Builder full = scheme(credential).toBuilder();
      credential.environmentVariable().ifPresent(v -> full.add(".environmentVariable($S)", v));
      credential.prefix().ifPresent(p -> full.add(".prefix($S)", p));
      credential
          .clientCredentials()
          .ifPresent(
              flow ->
                  full.add(
                      ".clientCredentials($S, $T.of($L))",
                      flow.tokenUrl(),
                      List.class,
                      strings(flow.scopes())));
      code.add("\n.scheme($L)", full.build());
    }
    if (auth.perOperation()) {
      code.add("\n.perOperation()");
    }
    for (List<String> alternative : auth.alternatives()) {
      CodeBlock.Builder names = CodeBlock.builder();
      for (int i = 0; i < alternative.size(); i++) {
        names.add(i == 0 ? "$S" : ", $S", alternative.get(i));
      }
      code.add("\n.alternative($L)", names.build());
    }
    return code.add("\n.build()").build();
  }

  /** {@code "a", "b"}: string literals for {@code List.of(...)}. */
  static CodeBlock strings(List<String> values) {
    return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
  }

  private static CodeBlock scheme(Credential credential) {
    String name = credential.name();
    return switch (credential.kind()) {
      case BEARER -> CodeBlock.of("$T.bearer($S)", CREDENTIAL_SCHEME, name);
      case BASIC -> CodeBlock.of("$T.basic($S)", CREDENTIAL_SCHEME, name);
      case HEADER ->
          CodeBlock.of(
              "$T.header($S, $S)", CREDENTIAL_SCHEME, name, credential.parameterName().get());
      case QUERY ->
          CodeBlock.of(
              "$T.query($S, $S)", CREDENTIAL_SCHEME, name, credential.parameterName().get());
      case COOKIE ->
          CodeBlock.of(
              "$T.cookie($S, $S)", CREDENTIAL_SCHEME, name, credential.parameterName().get());
    };
  }

  private static String javadoc(Credential credential) {
    StringBuilder doc =
        new StringBuilder(
            credential.description().isEmpty()
                ? "Authenticates with " + SpecText.code(credential.schemeName()) + "."
                : SpecText.javadoc(credential.description()));
    credential
        .parameterName()
        .ifPresent(
            p ->
                doc.append("\n\n<p>Sent as the ")
                    .append(SpecText.code(p))
                    .append(
                        switch (credential.kind()) {
                          case QUERY -> " query parameter.";
                          case COOKIE -> " cookie.";
                          default -> " header.";
                        }));
    if (credential.kind() == Auth.Kind.BASIC) {
      doc.append(
          "\n\n<p>Sent as {@code Authorization: Basic}; {@code build()} refuses a user with a"
              + " {@code :} and control characters.");
    }
    credential
        .environmentVariable()
        .ifPresent(
            v ->
                doc.append("\n\n<p>Read from ")
                    .append(SpecText.code(v))
                    .append(
                        credential.kind() == Auth.Kind.BASIC ? ", as {@code user:password}," : "")
                    .append(" when no credentials are set."));
    return doc.toString();
  }

  private static MethodSpec.Builder method(ClassName builder, String name, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n", javadoc)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder);
  }
}
