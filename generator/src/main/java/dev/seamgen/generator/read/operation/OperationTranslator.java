package dev.seamgen.generator.read.operation;

import static dev.seamgen.generator.read.schema.Extensions.METHOD_NAME;
import static dev.seamgen.generator.read.schema.Extensions.READ;
import static dev.seamgen.generator.read.schema.Extensions.TITLE;

import dev.seamgen.generator.ir.LeftOutOperation;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Pagination;
import dev.seamgen.generator.ir.Parameter;
import dev.seamgen.generator.ir.Request;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.ir.Result;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.endpoint.AuthTranslator;
import dev.seamgen.generator.read.endpoint.ServerTranslator;
import dev.seamgen.generator.read.schema.Extensions;
import dev.seamgen.generator.read.schema.SchemaTranslator;
import dev.seamgen.generator.read.source.PathKey;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the spec's paths into resources and operations: every verb of every path is its own method,
 * except Seam's twins (verbs of one path that share {@code x-fern-sdk-method-name}), which are one
 * method sending the preferred verb. The work is done by small passes: {@link OperationNames},
 * {@link ParameterTranslator}, {@link RequestBodyTranslator}, {@link ResponseTranslator}, and
 * Seam's pagination here. An operation left out always gets a warning naming its verb, path and
 * why.
 */
public final class OperationTranslator {
  private static final String CURSOR_PROPERTY = "page_cursor";
  private static final String PAGE_INFO_KEY = "pagination";

  /** Verbs whose repetition does no harm (RFC 9110's idempotent methods). */
  private static final Set<String> RETRY_SAFE_VERBS =
      Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

  /** Which twin a merged method sends: Seam's SDKs send POST. */
  private static final List<HttpMethod> TWIN_PREFERENCE =
      List.of(HttpMethod.POST, HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private final SchemaTranslator schemas;
  private final ProblemCollector problems;
  private final Location pathsLocation;
  private final boolean includeUndocumented;
  private final OperationNames names;
  private final ParameterTranslator parameters;
  private final RequestBodyTranslator bodies;
  private final ResponseTranslator responses;
  private final AuthTranslator auth;
  private final ServerTranslator servers;

  /**
   * Why an operation (by its pointer, or its path's for a path's parameters) is left out for a
   * schema reference to something that is not a schema (see {@code HoistedDocument}).
   */
  private final Map<String, Problem> unusableRefs;

  public OperationTranslator(
      SchemaTranslator schemas,
      ProblemCollector problems,
      String file,
      boolean includeUndocumented,
      Components components,
      AuthTranslator auth,
      Map<String, Problem> unusableRefs) {
    this.unusableRefs = unusableRefs;
    this.schemas = schemas;
    this.problems = problems;
    this.pathsLocation = Location.root(file).child("paths");
    this.includeUndocumented = includeUndocumented;
    this.auth = auth;
    this.servers = new ServerTranslator(problems);
    this.names = new OperationNames(problems);
    this.parameters =
        new ParameterTranslator(
            schemas, problems, components == null ? null : components.getParameters());
    this.bodies =
        new RequestBodyTranslator(
            schemas, problems, components == null ? null : components.getRequestBodies());
    this.responses =
        new ResponseTranslator(
            schemas, problems, components == null ? null : components.getResponses());
  }

  /** The operations left out so far, with why. */
  private final List<LeftOutOperation> leftOut = new ArrayList<>();

  /** The resources, and how many of the spec's operations they cover. */
  public Translated resources(Paths paths) {
    if (paths == null) {
      return new Translated(List.of(), 0, 0, List.of());
    }
    Map<String, Map<HttpMethod, io.swagger.v3.oas.models.Operation>> verbsByKey =
        new LinkedHashMap<>();
    // Keys that differ only in their query or fragment (/a?x={x}, /a?y={y}, /a#b) share a path.
    Map<String, Integer> samePath = new HashMap<>();
    int operationsInSpec = 0;
    for (Map.Entry<String, PathItem> entry : paths.entrySet()) {
      Map<HttpMethod, io.swagger.v3.oas.models.Operation> verbs =
          verbs(entry.getKey(), entry.getValue());
      operationsInSpec += verbs.size();
      verbsByKey.put(entry.getKey(), verbs);
      verbs
          .keySet()
          .forEach(v -> samePath.merge(v + " " + PathKey.pathOf(entry.getKey()), 1, Integer::sum));
    }
    List<OperationCandidate> candidates = new ArrayList<>();
    for (Map.Entry<String, PathItem> entry : paths.entrySet()) {
      candidates.addAll(
          candidates(
              entry.getKey(),
              entry.getValue(),
              verbsByKey.get(entry.getKey()),
              verb -> samePath.get(verb + " " + PathKey.pathOf(entry.getKey())) > 1));
    }
    ResourceNames resourceNames = new ResourceNames(candidates);
    Map<List<String>, List<Operation>> byGroup = new LinkedHashMap<>();
    int covered = 0;
    Map<String, OperationCandidate> byOperationId = new HashMap<>();
    for (OperationCandidate candidate : candidates) {
      warnOfDuplicateId(candidate, byOperationId, resourceNames.methodName(candidate));
      Operation operation =
          operation(
              candidate,
              resourceNames.requestClass(candidate),
              resourceNames.methodName(candidate));
      if (operation != null) {
        byGroup.computeIfAbsent(candidate.group(), k -> new ArrayList<>()).add(operation);
        covered += 1 + candidate.otherMethods().size();
      } else {
        String reason = problems.leftOutReason(0, candidate.httpMethod() + " " + candidate.path());
        leftOut.add(
            new LeftOutOperation(
                candidate.httpMethod(), candidate.path(), reason, candidate.location()));
        for (String twin : candidate.otherMethods()) {
          leftOut.add(new LeftOutOperation(twin, candidate.path(), reason, candidate.location()));
        }
      }
    }
    return new Translated(resourceNames.tree(byGroup), operationsInSpec, covered, leftOut);
  }

  /** A second operation with an operationId already used keeps its own, numbered, method name. */
  private void warnOfDuplicateId(
      OperationCandidate candidate, Map<String, OperationCandidate> seen, String method) {
    String id = candidate.op().getOperationId();
    if (id == null) {
      return;
    }
    OperationCandidate first = seen.putIfAbsent(id, candidate);
    if (first != null) {
      problems.warning(
          candidate.location().child("operationId"),
          "operationId '"
              + id
              + "' is also that of "
              + first.httpMethod()
              + " "
              + first.path()
              + "; this operation's method is "
              + String.join(".", candidate.group())
              + "."
              + method,
          "Give every operation an operationId of its own");
    }
  }

  /** The path's operations, less those left out on purpose (undocumented ones). */
  private Map<HttpMethod, io.swagger.v3.oas.models.Operation> verbs(String path, PathItem item) {
    Map<HttpMethod, io.swagger.v3.oas.models.Operation> verbs = new LinkedHashMap<>();
    item.readOperationsMap()
        .forEach(
            (verb, op) -> {
              if (includeUndocumented || !Extensions.isUndocumented(op.getExtensions())) {
                verbs.put(verb, op);
              } else {
                leftOut.add(
                    new LeftOutOperation(
                        verb.name(),
                        path,
                        undocumentedReason(op.getExtensions()),
                        pathsLocation.child(path).child(verb.name().toLowerCase(Locale.ROOT))));
              }
            });
    return verbs;
  }

  private static String undocumentedReason(Map<String, Object> extensions) {
    Object reason = Extensions.get(extensions, Extensions.UNDOCUMENTED);
    return "x-undocumented"
        + (reason instanceof String text ? ": " + text.strip() : "")
        + " (--include-undocumented keeps it)";
  }

  /** The operations of one path before translation, with their names; Seam's twins merged. */
  private List<OperationCandidate> candidates(
      String path,
      PathItem item,
      Map<HttpMethod, io.swagger.v3.oas.models.Operation> verbs,
      Predicate<HttpMethod> sharesPath) {
    Location pathAt = pathsLocation.child(path);
    // Twins: verbs of this path that share x-fern-sdk-method-name are one method.
    Map<Object, List<HttpMethod>> byMethodName = new LinkedHashMap<>();
    verbs.forEach(
        (verb, op) -> {
          Object method = Extensions.get(op.getExtensions(), METHOD_NAME);
          Object key = method instanceof String name && OperationNames.hasName(name) ? name : verb;
          byMethodName.computeIfAbsent(key, k -> new ArrayList<>()).add(verb);
        });
    List<OperationCandidate> candidates = new ArrayList<>();
    for (List<HttpMethod> twins : byMethodName.values()) {
      HttpMethod sent =
          TWIN_PREFERENCE.stream().filter(twins::contains).findFirst().orElse(twins.get(0));
      List<String> others = twins.stream().filter(v -> v != sent).map(HttpMethod::name).toList();
      io.swagger.v3.oas.models.Operation op = verbs.get(sent);
      Location at = pathAt.child(sent.name().toLowerCase(Locale.ROOT));
      OperationNames.Names named = names.of(sent.name(), path, op, at, sharesPath.test(sent));
      candidates.add(
          new OperationCandidate(
              named.group(),
              named.method(),
              sent.name(),
              others,
              path,
              op,
              item.getParameters(),
              item.getServers(),
              pathAt,
              at));
    }
    return candidates;
  }

  private Operation operation(OperationCandidate candidate, String className, String javaName) {
    io.swagger.v3.oas.models.Operation op = candidate.op();
    Location at = candidate.location();
    String what = candidate.httpMethod() + " " + candidate.path();
    int before = problems.count();
    Problem unusable =
        unusableRefs.getOrDefault(
            at.pointer(), unusableRefs.get(candidate.pathLocation().pointer()));
    if (unusable != null) {
      problems.add(unusable);
      return leftOut(what, before);
    }
    PathKey key;
    try {
      key = PathKey.parse(candidate.path());
    } catch (IllegalArgumentException e) {
      problems.warning(
          candidate.pathLocation(),
          ProblemCollector.LEFT_OUT + "its path key's query cannot be sent: " + e.getMessage(),
          "Declare the query's parameters with 'in: query' and take the query string out of the"
              + " path key");
      return leftOut(what, before);
    }
    Optional<List<Parameter>> declared =
        parameters.parameters(
            key,
            parameters.declared(candidate.pathParameters(), candidate.pathLocation()),
            parameters.declared(op.getParameters(), at),
            className);
    if (declared.isEmpty()) {
      return leftOut(what, before);
    }
    Set<String> credentialQuery = auth.credentialQueryParameters(op.getSecurity());
    declared = declared.map(list -> parameters.withoutCredentialQuery(list, credentialQuery));
    Set<String> taken = new HashSet<>();
    declared.get().forEach(p -> taken.add(p.javaName()));
    TranslatedBody body = bodies.body(op.getRequestBody(), at, className, taken);
    if (body == null) {
      return leftOut(what, before);
    }
    Request request =
        new Request(
            className,
            declared.get(),
            key.fixed(),
            body.body(),
            body.exactlyOneOf(),
            body.body().isPresent() ? at.child("requestBody") : at);
    Optional<Result> result = responses.result(op, at, className);
    Optional<Pagination> pagination = pagination(request, op, at, result);
    boolean retrySafe =
        Extensions.isTrue(op.getExtensions(), READ)
            || RETRY_SAFE_VERBS.contains(candidate.httpMethod())
            || candidate.otherMethods().contains("GET");
    Object title = Extensions.get(op.getExtensions(), TITLE);
    String description = SpecStrings.description(op.getDescription());
    return Operation.builder()
        .name(candidate.method())
        .javaName(javaName)
        .httpMethod(candidate.httpMethod())
        .otherMethods(candidate.otherMethods())
        .path(key.path())
        .pathKey(candidate.path())
        .title(title(title, op.getSummary(), description, candidate.method()))
        .description(description.isEmpty() ? SpecStrings.description(op.getSummary()) : description)
        .request(request)
        .result(result)
        .errors(responses.errors(op, at, className))
        .pagination(pagination)
        .retrySafe(retrySafe)
        .security(auth.security(op.getSecurity()))
        .serverUrl(serverUrl(candidate))
        .deprecation(Extensions.deprecation(op.getDeprecated(), op.getExtensions()))
        .location(at)
        .build();
  }

  /**
   * The operation's own base URL: its {@code servers}, else its path's; variables at their
   * defaults.
   */
  private Optional<String> serverUrl(OperationCandidate candidate) {
    List<Server> own = candidate.op().getServers();
    if (own != null && !own.isEmpty()) {
      return servers.operationServerUrl(own, candidate.location());
    }
    return servers.operationServerUrl(candidate.pathServers(), candidate.pathLocation());
  }

  /**
   * Nothing: the operation is left out. The warning that says why was given; it is made to name the
   * operation when it does not yet.
   */
  private Operation leftOut(String what, int warningsBefore) {
    problems.nameLeftOutOperation(warningsBefore, what);
    return null;
  }

  /** {@code x-title}, else the summary, else the description's first sentence, else the name. */
  private static String title(Object extension, String summary, String description, String name) {
    if (extension instanceof String title && !title.isBlank()) {
      return title.strip();
    }
    if (summary != null && !summary.isBlank() && !summary.strip().startsWith("/")) {
      return summary.strip();
    }
    if (!description.isEmpty()) {
      String first = description.split("(?<=\\.)\\s|\\n", 2)[0].strip();
      return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
    return name;
  }

  /**
   * A list result is paginated the way Seam's are when the body takes {@code page_cursor} and the
   * answer carries {@code pagination}.
   */
  private Optional<Pagination> pagination(
      Request request,
      io.swagger.v3.oas.models.Operation op,
      Location at,
      Optional<Result> result) {
    boolean takesCursor =
        request.bodyProperties().stream().anyMatch(p -> p.wireName().equals(CURSOR_PROPERTY));
    if (!takesCursor
        || result.isEmpty()
        || result.get().key().isEmpty()
        || !(result.get().type() instanceof TypeRef.ListOf list)) {
      return Optional.empty();
    }
    Schema<?> envelope = schemas.resolve(responses.success(op, at).schema());
    boolean hasPageInfo =
        envelope.getProperties() != null && envelope.getProperties().containsKey(PAGE_INFO_KEY);
    return hasPageInfo
        ? Optional.of(new Pagination(CURSOR_PROPERTY, PAGE_INFO_KEY, list.element()))
        : Optional.empty();
  }

  /** What the paths became: resources, and how many operations the spec has and they cover. */
  public record Translated(
      List<Resource> resources,
      int operationsInSpec,
      int operationsGenerated,
      List<LeftOutOperation> leftOut) {}
}
