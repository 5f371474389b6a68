package dev.seamgen.generator.read;

import static dev.seamgen.generator.read.Extensions.GROUP_NAME;
import static dev.seamgen.generator.read.Extensions.METHOD_NAME;
import static dev.seamgen.generator.read.Extensions.READ;
import static dev.seamgen.generator.read.Extensions.RESPONSE_KEY;
import static dev.seamgen.generator.read.Extensions.TITLE;
import static dev.seamgen.generator.read.Extensions.UNDOCUMENTED;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Operation.Pagination;
import dev.seamgen.generator.ir.Operation.RequestBody;
import dev.seamgen.generator.ir.Operation.Result;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.naming.Naming;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the spec's paths into resources and operations.
 *
 * <p>seamgen targets RPC-style JSON APIs such as Seam's: {@code POST /connected_accounts/get}
 * is operation {@code get} of resource {@code connected_accounts}. Which response property an
 * operation returns comes from {@code x-response-key}; whether it is safe to retry comes from
 * {@code x-seamgen-read}, or from the path also answering {@code GET}.
 */
final class OperationTranslator {
  private static final String CURSOR_PROPERTY = "page_cursor";
  private static final String PAGE_INFO_KEY = "pagination";

  private final SchemaTranslator schemas;
  private final Problems problems;
  private final Location pathsLocation;
  private final boolean includeUndocumented;

  OperationTranslator(SchemaTranslator schemas, Problems problems, String file,
      boolean includeUndocumented) {
    this.schemas = schemas;
    this.problems = problems;
    this.pathsLocation = Location.root(file).child("paths");
    this.includeUndocumented = includeUndocumented;
  }

  List<Resource> resources(Paths paths) {
    if (paths == null) {
      return List.of();
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<String, PathItem> entry : paths.entrySet()) {
      Candidate candidate = candidate(entry.getKey(), entry.getValue());
      if (candidate != null) {
        candidates.add(candidate);
      }
    }
    ResourceNames names = new ResourceNames(candidates);
    Map<List<String>, List<Operation>> byGroup = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      Operation operation = operation(candidate, names.requestClass(candidate),
          names.methodName(candidate));
      if (operation != null) {
        byGroup.computeIfAbsent(candidate.group(), k -> new ArrayList<>()).add(operation);
      }
    }
    return names.tree(byGroup);
  }

  /**
   * One path's operation, before translation: the verb the client sends ({@code POST} when the
   * path answers it; Seam's other verbs are twins of it), its group and method name.
   */
  private Candidate candidate(String path, PathItem item) {
    Location pathLocation = pathsLocation.child(path);
    Map<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> verbs = item.readOperationsMap();
    if (verbs.isEmpty()) {
      return null;
    }
    PathItem.HttpMethod primary = verbs.containsKey(PathItem.HttpMethod.POST)
        ? PathItem.HttpMethod.POST
        : verbs.containsKey(PathItem.HttpMethod.GET) ? PathItem.HttpMethod.GET
            : verbs.keySet().iterator().next();
    io.swagger.v3.oas.models.Operation op = verbs.get(primary);
    Location at = pathLocation.child(primary.name().toLowerCase(Locale.ROOT));
    List<String> others = new ArrayList<>();
    for (PathItem.HttpMethod verb : verbs.keySet()) {
      if (verb != primary) {
        others.add(verb.name());
      }
    }
    if (verbs.size() > 1 && primary != PathItem.HttpMethod.POST) {
      problems.warning(at, "only " + primary + " of " + verbs.keySet() + " is generated for "
          + "this path", "seamgen generates one method per path, preferring POST");
    }
    if (!includeUndocumented && Boolean.TRUE.equals(extension(op.getExtensions(), UNDOCUMENTED))) {
      return null;
    }
    String[] names = names(path, op, at);
    if (names == null) {
      return null;
    }
    List<String> group = List.of(names).subList(0, names.length - 1);
    return new Candidate(group, names[names.length - 1], primary.name(), others, path, op,
        item.getParameters(), at);
  }

  /**
   * The group and method names of an operation: {@code x-fern-sdk-group-name} and {@code
   * x-fern-sdk-method-name} when the spec has them, else the path: {@code
   * /connected_accounts/get} is {@code get} in {@code connected_accounts}.
   *
   * @return the group's names followed by the method name, or null when there are none
   */
  private String[] names(String path, io.swagger.v3.oas.models.Operation op, Location at) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!hasName(segment)) {
        // Empty, '.' or '..': nothing to name a group after.
        continue;
      }
      if (segment.startsWith("{")) {
        problems.warning(at, "operation left out: path parameter '" + segment
            + "' is not supported", "seamgen generates clients for RPC-style APIs that take "
            + "every input in a JSON body; move it there to generate this operation");
        return null;
      }
      segments.add(segment);
    }
    List<String> group = groupExtension(extension(op.getExtensions(), GROUP_NAME), at);
    Object method = extension(op.getExtensions(), METHOD_NAME);
    if (group != null && method instanceof String name && !name.isBlank()) {
      if (group.isEmpty()) {
        group = segments.size() < 2 ? List.of() : segments.subList(0, segments.size() - 1);
      }
      segments = new ArrayList<>(group.stream().filter(OperationTranslator::hasName).toList());
      segments.add(name);
    }
    if (segments.size() < 2) {
      problems.warning(at, "operation left out: path '" + path + "' names no group",
          "Name operations /<group>/<action>, such as /connected_accounts/get, or set "
              + GROUP_NAME + " and " + METHOD_NAME);
      return null;
    }
    return segments.toArray(String[]::new);
  }

  private static boolean hasName(String segment) {
    return segment.chars().anyMatch(Character::isLetterOrDigit);
  }

  /** {@code x-fern-sdk-group-name}: a list of names or one name; null when absent or invalid. */
  private List<String> groupExtension(Object value, Location at) {
    if (value == null) {
      return null;
    }
    if (value instanceof String name && !name.isBlank()) {
      return List.of(name);
    }
    if (value instanceof List<?> list && list.stream().allMatch(
        v -> v instanceof String s && !s.isBlank())) {
      return list.stream().map(String.class::cast).toList();
    }
    problems.warning(at.child(GROUP_NAME), GROUP_NAME + " is neither a name nor a list of names",
        "Give a list of group names, such as [acs, users]; the path is used meanwhile");
    return null;
  }

  private Operation operation(Candidate candidate, String className, String javaName) {
    io.swagger.v3.oas.models.Operation op = candidate.op();
    Location at = candidate.location();
    List<Parameter> parameters = new ArrayList<>();
    if (candidate.pathParameters() != null) {
      parameters.addAll(candidate.pathParameters());
    }
    if (op.getParameters() != null) {
      parameters.addAll(op.getParameters());
    }
    if (!parameters.isEmpty()) {
      Parameter first = parameters.get(0);
      problems.warning(at.child("parameters"), "operation left out: parameter '"
          + first.getName() + "' in " + first.getIn() + " is not supported",
          "seamgen sends every input in the JSON body; move it there to generate this operation");
      return null;
    }
    if (op.getRequestBody() != null && jsonSchema(op.getRequestBody().getContent()) == null) {
      Set<String> types = op.getRequestBody().getContent() == null ? Set.of()
          : op.getRequestBody().getContent().keySet();
      problems.warning(at.child("requestBody"), "operation left out: its request body is not "
          + "JSON " + types, "seamgen sends JSON bodies; describe the body under "
          + "content.application/json to generate this operation");
      return null;
    }
    RequestBody request = requestBody(op, className, at);
    Optional<Result> result = result(op, at, className);
    Optional<Pagination> pagination = pagination(request, op, result);
    boolean read = Boolean.TRUE.equals(extension(op.getExtensions(), READ))
        || candidate.otherMethods().contains("GET") || "GET".equals(candidate.httpMethod());
    Object title = extension(op.getExtensions(), TITLE);
    String description = SchemaTranslator.text(op.getDescription());
    return new Operation(
        candidate.method(),
        javaName,
        candidate.httpMethod(),
        candidate.otherMethods(),
        candidate.path(),
        title(title, op.getSummary(), description, candidate.method()),
        description.isEmpty() ? SchemaTranslator.text(op.getSummary()) : description,
        request,
        result,
        pagination,
        read,
        Extensions.deprecation(op.getDeprecated(), op.getExtensions()),
        at);
  }

  /** {@code x-title}, else the summary, else the description's first sentence, else the name. */
  private static String title(Object extension, String summary, String description,
      String name) {
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

  private RequestBody requestBody(io.swagger.v3.oas.models.Operation op, String className,
      Location at) {
    Location bodyAt = at.child("requestBody").child("content").child("application/json")
        .child("schema");
    Schema<?> schema = jsonSchema(op.getRequestBody() == null ? null
        : op.getRequestBody().getContent());
    if (schema == null) {
      return new RequestBody(className, List.of(), List.of(), bodyAt);
    }
    Schema<?> resolved = schemas.resolve(schema);
    List<Schema<?>> alternatives = Schemas.oneOf(resolved);
    if (alternatives.isEmpty()) {
      return new RequestBody(className, schemas.properties(schema, bodyAt, className, null),
          List.of(), bodyAt);
    }
    for (int i = 0; i < alternatives.size(); i++) {
      Schema<?> alternative = schemas.resolve(alternatives.get(i));
      if (!Schemas.hasProperties(alternative) && Schemas.allOf(alternative).isEmpty()) {
        problems.error(bodyAt.child("oneOf").child(Integer.toString(i)), "this alternative of "
            + "the request body is not an object with properties", "Make every alternative of "
            + "a oneOf body an object schema; seamgen sends the body as one JSON object");
        return new RequestBody(className, List.of(), List.of(), bodyAt);
      }
    }
    // A oneOf body: one class with every alternative's properties (required where every
    // alternative requires them), of which exactly one alternative's required property is set.
    List<Property> properties = schemas.properties(schemas.mergedObject(resolved, bodyAt),
        bodyAt, className, null);
    List<String> choices = new ArrayList<>();
    for (Schema<?> alternative : alternatives) {
      List<String> required = Schemas.required(schemas.resolve(alternative)).stream()
          .filter(name -> properties.stream().anyMatch(p -> p.wireName().equals(name)
              && !p.required()))
          .toList();
      if (required.size() != 1) {
        problems.warning(bodyAt, "the alternatives of this oneOf body are merged into one request "
            + "class without a check of which alternative is meant",
            "seamgen checks a oneOf body when each alternative requires exactly one property of "
                + "its own");
        return new RequestBody(className, properties, List.of(), bodyAt);
      }
      properties.stream().filter(p -> p.wireName().equals(required.get(0))).findFirst()
          .ifPresent(p -> choices.add(p.javaName()));
    }
    return new RequestBody(className, properties, choices, bodyAt);
  }

  private Optional<Result> result(io.swagger.v3.oas.models.Operation op, Location at,
      String owner) {
    Map<String, Object> extensions = op.getExtensions();
    boolean declared = extensions != null && extensions.containsKey(RESPONSE_KEY);
    Object key = declared ? extensions.get(RESPONSE_KEY) : null;
    if (declared && key == null) {
      return Optional.empty();
    }
    Map.Entry<String, ApiResponse> success = success(op);
    Schema<?> schema = success == null ? null : jsonSchema(success.getValue().getContent());
    if (schema == null) {
      if (declared) {
        problems.error(at.child(RESPONSE_KEY), "x-response-key '" + key + "' is set but the "
            + "operation has no JSON success response", "Add a 2xx application/json response");
      }
      return Optional.empty();
    }
    Location schemaAt = at.child("responses").child(success.getKey()).child("content")
        .child("application/json").child("schema");
    Schema<?> envelope = schemas.resolve(schema);
    if (!declared) {
      return Optional.of(new Result("", schemas.typeOf(schema, schemaAt, owner + "_response", ""),
          SchemaTranslator.text(envelope.getDescription())));
    }
    if (!(key instanceof String property) || envelope.getProperties() == null
        || !envelope.getProperties().containsKey(property)) {
      problems.error(at.child(RESPONSE_KEY), "x-response-key '" + key + "' is not a property "
          + "of the " + success.getKey() + " response", "Name one of the response's properties");
      return Optional.empty();
    }
    Schema<?> value = envelope.getProperties().get(property);
    TypeRef type = schemas.typeOf(value, schemaAt.child("properties").child(property), property,
        owner);
    return Optional.of(new Result(property, type,
        SchemaTranslator.text(schemas.resolve(value).getDescription())));
  }

  /**
   * A list result is paginated when the request takes {@code page_cursor} and the response
   * carries {@code pagination}, as Seam's list endpoints do.
   */
  private Optional<Pagination> pagination(RequestBody request,
      io.swagger.v3.oas.models.Operation op, Optional<Result> result) {
    boolean takesCursor = request.properties().stream()
        .anyMatch(p -> p.wireName().equals(CURSOR_PROPERTY));
    if (!takesCursor || result.isEmpty() || !(result.get().type() instanceof TypeRef.ListOf list)) {
      return Optional.empty();
    }
    Map.Entry<String, ApiResponse> success = success(op);
    Schema<?> envelope = schemas.resolve(jsonSchema(success.getValue().getContent()));
    boolean hasPageInfo = envelope.getProperties() != null
        && envelope.getProperties().containsKey(PAGE_INFO_KEY);
    return hasPageInfo
        ? Optional.of(new Pagination(CURSOR_PROPERTY, PAGE_INFO_KEY, list.element()))
        : Optional.empty();
  }

  private static Map.Entry<String, ApiResponse> success(io.swagger.v3.oas.models.Operation op) {
    if (op.getResponses() == null) {
      return null;
    }
    return op.getResponses().entrySet().stream()
        .filter(e -> e.getKey().startsWith("2"))
        .findFirst()
        .orElse(null);
  }

  private static Schema<?> jsonSchema(Map<String, MediaType> content) {
    if (content == null) {
      return null;
    }
    MediaType json = content.get("application/json");
    return json == null ? null : json.getSchema();
  }

  private static Object extension(Map<String, Object> extensions, String name) {
    return Extensions.get(extensions, name);
  }

  /** An operation found on a path, with its names, before its schemas are translated. */
  record Candidate(List<String> group, String method, String httpMethod,
      List<String> otherMethods, String path, io.swagger.v3.oas.models.Operation op,
      List<Parameter> pathParameters, Location location) {}
}
