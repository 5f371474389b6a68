package dev.seamgen.generator.emit.docs;

import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Parameter;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the SDK's Markdown docs from the Mustache templates: a README with an example per
 * operation, and one reference page per operation.
 */
public final class DocsEmitter {
  static final String README_TEMPLATE = "README.md.mustache";
  static final String OPERATION_TEMPLATE = "operation.md.mustache";

  private final JavaContext context;
  private final Templates templates;
  private final JavaExamples examples;

  public DocsEmitter(JavaContext context, Templates templates) {
    this.context = context;
    this.templates = templates;
    this.examples = new JavaExamples(context);
  }

  public List<GeneratedFile> emit() {
    List<GeneratedFile> files = new ArrayList<>();
    List<OperationView> operations = new ArrayList<>();
    for (Resource resource : context.model().allResources()) {
      for (Operation operation : resource.operations()) {
        OperationView view = view(resource, operation);
        operations.add(view);
        files.add(
            new GeneratedFile(view.page(), "the spec", templates.render(OPERATION_TEMPLATE, view)));
      }
    }
    ApiModel model = context.model();
    ReadmeView readme =
        new ReadmeView(
            model.title(),
            SpecText.markdown(model.description()),
            model.specFile(),
            context.clientName(),
            Naming.memberName(context.clientName()),
            context.basePackage(),
            model.defaultServerUrl().orElse(""),
            serverVariables(model),
            credentials(model.auth()),
            credentials(model.auth()).stream().findFirst().orElse(null),
            Naming.environmentPrefix(context.clientName()) + "_ENDPOINT",
            operations);
    files.add(
        0,
        new GeneratedFile(
            "README.md", model.specFile(), templates.render(README_TEMPLATE, readme)));
    return files;
  }

  private OperationView view(Resource resource, Operation operation) {
    List<ParameterView> parameters = new ArrayList<>();
    for (Parameter p : operation.request().parameters()) {
      parameters.add(parameter(p.property(), p.in().name().toLowerCase(Locale.ROOT), operation));
    }
    for (Property p : operation.request().bodyProperties()) {
      parameters.add(parameter(p, "body", operation));
    }
    String returns =
        operation
            .pagination()
            .map(p -> "Page<" + JavaExamples.typeName(p.itemType()) + ">")
            .or(() -> operation.result().map(JavaExamples::resultTypeName))
            .orElse("void");
    String returnsDescription =
        operation.pagination().isPresent()
            ? "One page of `"
                + operation.result().orElseThrow().key()
                + "`; `autoPager()` walks "
                + "every later page, fetching each only when reached."
            : operation
                .result()
                .map(r -> SpecText.markdown(r.description()))
                .orElse("Nothing: the call returns once the API has accepted the request.");
    return new OperationView(
        operation.title(),
        SpecText.markdown(operation.description()),
        SpecText.firstSentence(operation.description()),
        operation.httpMethod(),
        operation.otherMethods().isEmpty() ? null : String.join(", ", operation.otherMethods()),
        operation.pathWithFixedQuery(),
        operation
            .deprecation()
            .map(
                reason ->
                    reason.isEmpty()
                        ? "The API marks this operation deprecated."
                        : SpecText.markdown(reason))
            .orElse(null),
        context.accessorChain(resource) + "." + operation.javaName(),
        operation.request().className(),
        "docs/" + resource.javaPackage().replace('.', '/') + "/" + operation.javaName() + ".md",
        examples.example(resource, operation),
        parameters,
        !parameters.isEmpty(),
        operation.request().exactlyOneOf().stream()
            .map(n -> "`" + n + "`")
            .collect(Collectors.joining(" or ")),
        returns,
        returnsDescription,
        operation.retrySafe());
  }

  private static ParameterView parameter(Property p, String in, Operation operation) {
    String description = SpecText.tableCell(p.description());
    if (p.deprecated()) {
      description = "**Deprecated.** " + description;
    }
    return new ParameterView(
        SpecText.tableCell(p.wireName()),
        in,
        p.javaName(),
        SpecText.tableCell(JavaExamples.typeName(p.type())),
        p.required()
            ? "yes"
            : operation.request().exactlyOneOf().contains(p.javaName()) ? "one of" : "no",
        description);
  }

  private static List<ServerVariableView> serverVariables(ApiModel model) {
    return model
        .serverTemplate()
        .map(
            server ->
                server.variables().stream()
                    .map(
                        v ->
                            new ServerVariableView(
                                v.javaName(),
                                v.name(),
                                v.defaultValue(),
                                String.join(", ", v.allowed()),
                                SpecText.tableCell(v.description())))
                    .toList())
        .orElse(List.of());
  }

  private static List<CredentialView> credentials(Auth auth) {
    return auth.credentials().stream()
        .map(
            c ->
                new CredentialView(
                    c.name(),
                    c.environmentVariable().orElse(""),
                    c.prefix().orElse(""),
                    sentAs(c),
                    c.kind() == Auth.Kind.BASIC,
                    SpecText.tableCell(c.description()) + grant(c)))
        .toList();
  }

  /** For a client credentials flow: the setter that lets the client get its tokens itself. */
  private static String grant(Auth.Credential credential) {
    return credential
        .clientCredentials()
        .map(
            flow ->
                (credential.description().isEmpty() ? "" : " ")
                    + "Or `"
                    + credential.name()
                    + "ClientCredentials(clientId, clientSecret)`: the client gets its tokens from `"
                    + SpecText.tableCell(flow.tokenUrl())
                    + "` itself.")
        .orElse("");
  }

  /** How a credential travels, as the README's table shows it. */
  private static String sentAs(Auth.Credential credential) {
    String name = credential.parameterName().orElse("");
    return switch (credential.kind()) {
      case BEARER -> "Authorization: Bearer";
      case BASIC -> "Authorization: Basic";
      case HEADER -> name;
      case QUERY -> "?" + name + "=";
      case COOKIE -> "Cookie: " + name + "=";
    };
  }

  /** The README's view: the API and every operation. */
  public record ReadmeView(
      String title,
      String description,
      String specFile,
      String clientClass,
      String clientVariable,
      String packageName,
      String defaultEndpoint,
      List<ServerVariableView> serverVariables,
      List<CredentialView> credentials,
      CredentialView firstCredential,
      String endpointVariable,
      List<OperationView> operations) {
    /** Whether the README shows the server variables' table. */
    public boolean hasServerVariables() {
      return !serverVariables.isEmpty();
    }

    /** Whether the README shows the credentials' table: only when the builder has setters. */
    public boolean hasCredentials() {
      return !credentials.isEmpty();
    }

    /**
     * Whether {@code build()} reads some credential from the environment: only those the spec gives
     * a variable ({@code x-seamgen-credential.env}) are read.
     */
    public boolean readsEnvironmentCredentials() {
      return credentials.stream().anyMatch(c -> !c.environmentVariable().isEmpty());
    }
  }

  /** One variable of the server URL, set on the client builder. */
  public record ServerVariableView(
      String setter, String name, String defaultValue, String allowed, String description) {}

  /** One credential the client builder accepts. */
  public record CredentialView(
      String setter,
      String environmentVariable,
      String prefix,
      String sentAs,
      boolean basic,
      String description) {}

  /**
   * One operation's reference page.
   *
   * @param otherMethods the other verbs the path answers, or null
   * @param deprecation why the operation is deprecated, or null when it is not
   */
  public record OperationView(
      String title,
      String description,
      String summary,
      String httpMethod,
      String otherMethods,
      String path,
      String deprecation,
      String call,
      String requestClass,
      String page,
      String javaExample,
      List<ParameterView> parameters,
      boolean hasParameters,
      String exactlyOneOf,
      String returns,
      String returnsDescription,
      boolean retrySafe) {}

  /** One row of an operation's parameter table. */
  public record ParameterView(
      String name, String in, String setter, String type, String required, String description) {}
}
