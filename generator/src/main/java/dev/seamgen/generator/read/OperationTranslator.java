package dev.seamgen.generator.read;

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
  static final String RESPONSE_KEY = "x-response-key";
  static final String READ = "x-seamgen-read";
  private static final String CURSOR_PROPERTY = "page_cursor";
  private static final String PAGE_INFO_KEY = "pagination";

  private final SchemaTranslator schemas;
  private final Problems problems;
  private final Location pathsLocation;

  OperationTranslator(SchemaTranslator schemas, Problems problems, String file) {
    this.schemas = schemas;
    this.problems = problems;
    this.pathsLocation = Location.root(file).child("paths");
  }

  List<Resource> resources(Paths paths) {
    Map<String, List<Operation>> byResource = new LinkedHashMap<>();
    if (paths == null) {
      return List.of();
    }
    for (Map.Entry<String, PathItem> entry : paths.entrySet()) {
      String path = entry.getKey();
      PathItem item = entry.getValue();
      Location pathLocation = pathsLocation.child(path);
      boolean hasGetTwin = item.getGet() != null;
      boolean onlyGet = item.readOperationsMap().size() == 1 && hasGetTwin;
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> op
          : item.readOperationsMap().entrySet()) {
        PathItem.HttpMethod method = op.getKey();
        // Seam's live document publishes GET/DELETE/PATCH twins of its POST operations; the
        // POST form carries the JSON body, so the twin only tells us the operation is a read.
        if (method != PathItem.HttpMethod.POST && !onlyGet && item.getPost() != null) {
          continue;
        }
        Location at = pathLocation.child(method.name().toLowerCase(Locale.ROOT));
        String[] names = names(path, at);
        if (names == null) {
          continue;
        }
        Operation operation = operation(names[0], names[1], method.name(), path, op.getValue(),
            hasGetTwin, item.getParameters(), at);
        if (operation != null) {
          byResource.computeIfAbsent(names[0], k -> new ArrayList<>()).add(operation);
        }
      }
    }
    List<Resource> resources = new ArrayList<>();
    Set<String> resourceNames = new HashSet<>();
    byResource.forEach((name, operations) -> {
      String javaName = Naming.unique(Naming.typeName(name), resourceNames::contains);
      resourceNames.add(javaName);
      resources.add(new Resource(name, javaName, uniqueJavaNames(operations)));
    });
    return resources;
  }

  /** {@code /connected_accounts/get} to {@code {"connected_accounts", "get"}}. */
  private String[] names(String path, Location at) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.startsWith("{")) {
        problems.error(at, "path parameters are not supported ('" + segment + "')",
            "seamgen generates clients for RPC-style APIs that take every input in a JSON body");
        return null;
      }
      segments.add(segment);
    }
    if (segments.size() < 2) {
      problems.error(at, "path '" + path + "' has no resource prefix",
          "Name operations /<resource>/<action>, such as /connected_accounts/get");
      return null;
    }
    String resource = String.join("_", segments.subList(0, segments.size() - 1));
    return new String[] {resource, segments.get(segments.size() - 1)};
  }

  private Operation operation(String resource, String name, String method, String path,
      io.swagger.v3.oas.models.Operation op, boolean hasGetTwin, List<Parameter> pathParameters,
      Location at) {
    List<Parameter> parameters = new ArrayList<>();
    if (pathParameters != null) {
      parameters.addAll(pathParameters);
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
    String className = Naming.typeName(resource) + Naming.typeName(name) + "Request";
    RequestBody request = requestBody(op, className, at);
    Optional<Result> result = result(op, at, className);
    Optional<Pagination> pagination = pagination(request, op, result);
    boolean read = Boolean.TRUE.equals(extension(op.getExtensions(), READ))
        || hasGetTwin || "GET".equals(method);
    Object title = extension(op.getExtensions(), "x-title");
    String description = SchemaTranslator.text(op.getDescription());
    return new Operation(
        name,
        Naming.memberName(name),
        method,
        path,
        title(title, op.getSummary(), description, name),
        description.isEmpty() ? SchemaTranslator.text(op.getSummary()) : description,
        request,
        result,
        pagination,
        read,
        Boolean.TRUE.equals(op.getDeprecated()) ? Optional.of("") : Optional.empty(),
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
      if (op.getRequestBody() != null) {
        problems.error(at.child("requestBody"), "request body has no application/json schema",
            "seamgen sends JSON bodies; describe the body under content.application/json");
      }
      return new RequestBody(className, List.of(), List.of(), bodyAt);
    }
    Schema<?> resolved = schemas.resolve(schema);
    List<Schema> alternatives = Schemas.oneOf(resolved);
    if (alternatives.isEmpty()) {
      return new RequestBody(className, schemas.properties(schema, bodyAt, className, null),
          List.of(), bodyAt);
    }
    // A oneOf body: the union of every alternative's properties, of which exactly one
    // alternative's required property must be set.
    Map<String, Property> properties = new LinkedHashMap<>();
    List<String> choices = new ArrayList<>();
    boolean checkable = true;
    for (int i = 0; i < alternatives.size(); i++) {
      Location alternativeAt = bodyAt.child("oneOf").child(Integer.toString(i));
      List<Property> declared =
          schemas.properties(alternatives.get(i), alternativeAt, className, null);
      List<Property> required = declared.stream().filter(Property::required).toList();
      if (required.size() == 1) {
        choices.add(required.get(0).javaName());
      } else {
        checkable = false;
      }
      for (Property property : declared) {
        // In the merged class no single property is required: the choice is checked instead.
        properties.putIfAbsent(property.wireName(), optional(property));
      }
    }
    if (!checkable) {
      problems.warning(bodyAt, "the alternatives of this oneOf body are merged into one request "
          + "class without a check of which alternative is meant",
          "seamgen checks a oneOf body when each alternative requires exactly one property");
      choices = List.of();
    }
    return new RequestBody(className, List.copyOf(properties.values()), choices, bodyAt);
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

  private static Property optional(Property p) {
    return new Property(p.wireName(), p.javaName(), p.type(), false, p.nullable(),
        p.deprecation(), p.description(), p.constraints(), p.elementConstraints(), p.location());
  }

  private static List<Operation> uniqueJavaNames(List<Operation> operations) {
    Set<String> taken = new HashSet<>(Set.of("withRawResponse", "async"));
    List<Operation> result = new ArrayList<>();
    for (Operation o : operations) {
      String javaName = Naming.unique(o.javaName(), taken::contains);
      taken.add(javaName);
      result.add(javaName.equals(o.javaName()) ? o : new Operation(o.name(), javaName,
          o.httpMethod(), o.path(), o.title(), o.description(), o.request(), o.result(),
          o.pagination(), o.read(), o.deprecation(), o.location()));
    }
    return result;
  }

  private static Object extension(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }
}
