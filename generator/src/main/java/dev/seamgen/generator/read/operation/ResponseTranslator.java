package dev.seamgen.generator.read.operation;

import static dev.seamgen.generator.read.schema.Extensions.RESPONSE_KEY;

import dev.seamgen.generator.ir.ErrorBody;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Result;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.read.schema.SchemaTranslator;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what an operation returns: the body of its first 2xx response that has one: JSON whole or,
 * with {@code x-response-key}, one property of it (Seam's envelope); text (also XML, JSON lines,
 * YAML: {@link MediaTypes#isStructuredText}) as a string; binary as a stream; nothing when no 2xx
 * response has a body; and the JSON bodies of its error answers (4xx, 5xx, {@code 4XX}, {@code
 * default}), which the generated method documents for {@code ApiException.body(Class)}.
 */
final class ResponseTranslator {

  private final SchemaTranslator schemas;
  private final ProblemCollector problems;
  private final Map<String, ApiResponse> components;

  ResponseTranslator(
      SchemaTranslator schemas, ProblemCollector problems, Map<String, ApiResponse> components) {
    this.schemas = schemas;
    this.problems = problems;
    this.components = components == null ? Map.of() : components;
  }

  Optional<Result> result(Operation op, Location at, String owner) {
    Map<String, Object> extensions = op.getExtensions();
    boolean declared = extensions != null && extensions.containsKey(RESPONSE_KEY);
    Object key = declared ? extensions.get(RESPONSE_KEY) : null;
    if (declared && key == null) {
      return Optional.empty();
    }
    Success success = success(op, at);
    if (success != null && success.kind() != Result.Kind.JSON && declared) {
      problems.error(
          at.child(RESPONSE_KEY),
          "x-response-key '"
              + key
              + "' is set but the "
              + success.status()
              + " answer is "
              + (success.kind() == Result.Kind.TEXT ? "text" : "binary")
              + ", not JSON",
          "Remove x-response-key, or answer with application/json");
      return Optional.empty();
    }
    if (success == null) {
      if (declared) {
        problems.error(
            at.child(RESPONSE_KEY),
            "x-response-key '"
                + key
                + "' is set but the "
                + "operation has no JSON success response",
            "Add a 2xx application/json response");
      }
      return Optional.empty();
    }
    if (success.kind() == Result.Kind.TEXT) {
      String description = text(success, "The answer as text.");
      if (MediaTypes.isStructuredText(success.mediaType())) {
        description += "\n\n" + MediaTypes.unmappedText(success.mediaType(), success.schema());
      }
      return Optional.of(
          new Result(
              "",
              TypeRef.primitive(TypeRef.Kind.STRING),
              description,
              Result.Kind.TEXT,
              success.accept()));
    }
    if (success.kind() == Result.Kind.BINARY) {
      return Optional.of(
          new Result(
              "",
              TypeRef.primitive(TypeRef.Kind.FILE),
              text(success, "The answer, streamed: close it when done."),
              Result.Kind.BINARY,
              success.accept()));
    }
    Schema<?> schema = success.schema();
    Location schemaAt = success.location();
    Schema<?> envelope = schemas.resolve(schema);
    if (!declared) {
      return Optional.of(
          new Result(
              "",
              schemas.typeOf(schema, schemaAt, owner + "_response", ""),
              SpecStrings.description(envelope.getDescription()),
              Result.Kind.JSON,
              success.accept()));
    }
    if (!(key instanceof String property)
        || envelope.getProperties() == null
        || !envelope.getProperties().containsKey(property)) {
      problems.error(
          at.child(RESPONSE_KEY),
          "x-response-key '"
              + key
              + "' is not a property "
              + "of the "
              + success.status()
              + " response",
          "Name one of the response's properties");
      return Optional.empty();
    }
    Schema<?> value = envelope.getProperties().get(property);
    TypeRef type =
        schemas.typeOf(value, schemaAt.child("properties").child(property), property, owner);
    return Optional.of(
        new Result(
            property,
            type,
            SpecStrings.description(schemas.resolve(value).getDescription()),
            Result.Kind.JSON,
            success.accept()));
  }

  /**
   * The first 2xx response (in status order) with a body, and what its body is: JSON wins when it
   * offers several media types, then text, then binary ({@link MediaTypes#raw}); null when no 2xx
   * response has a body. A body that is none of those is not returned, with a warning.
   */
  Success success(Operation op, Location at) {
    if (op.getResponses() == null) {
      return null;
    }
    Map.Entry<String, ApiResponse> other = null;
    for (Map.Entry<String, ApiResponse> entry : op.getResponses().entrySet()) {
      String status = entry.getKey();
      if (!status.startsWith("2")) {
        continue;
      }
      ApiResponse response = resolve(entry.getValue());
      if (response == null || response.getContent() == null || response.getContent().isEmpty()) {
        continue;
      }
      Map.Entry<String, MediaType> json = MediaTypes.json(response.getContent());
      if (json != null && MediaTypes.isBinaryWildcard(json, schemas::resolve)) {
        json = null;
      }
      Map.Entry<String, MediaType> chosen =
          json != null ? json : MediaTypes.raw(response.getContent(), schemas::resolve);
      if (chosen == null) {
        other = other == null ? entry : other;
        continue;
      }
      Location location =
          responseLocation(entry.getValue(), at.child("responses").child(status))
              .child("content")
              .child(chosen.getKey())
              .child("schema");
      Schema<?> schema = chosen.getValue().getSchema();
      Result.Kind kind =
          json != null
              ? Result.Kind.JSON
              : MediaTypes.isTextBody(chosen, schemas::resolve)
                  ? Result.Kind.TEXT
                  : Result.Kind.BINARY;
      // A JSON entry is asked for as application/json; else every media type the answer names.
      String accept =
          json != null && MediaTypes.isJson(json.getKey())
              ? ""
              : String.join(
                  ", ", response.getContent().keySet().stream().map(String::strip).toList());
      return new Success(
          status,
          chosen.getKey(),
          schema == null ? new Schema<>() : schema,
          location,
          kind,
          accept);
    }
    if (other != null) {
      problems.warning(
          at.child("responses").child(other.getKey()),
          "the "
              + other.getKey()
              + " answer's body "
              + resolve(other.getValue()).getContent().keySet()
              + " is not JSON, text or binary; "
              + "the method returns nothing",
          "seamgen returns JSON, text (text/*, XML, JSON lines, YAML, CSV) and binary answers (a "
              + "format: binary or contentMediaType schema, or none); describe the answer as one "
              + "of those");
    }
    return null;
  }

  /**
   * The JSON bodies declared for error statuses, in the spec's order; their inline schemas become
   * model classes named after the operation and the status, such as {@code
   * BooksRenameBook409Error}. A body that is not JSON stays text ({@code ApiException.rawBody()})
   * and is not listed.
   */
  List<ErrorBody> errors(Operation op, Location at, String owner) {
    List<ErrorBody> errors = new ArrayList<>();
    if (op.getResponses() == null) {
      return errors;
    }
    // BooksRenameBook409Error rather than BooksRenameBookRequest409Error.
    String operation = owner.replaceFirst("Request$", "");
    for (Map.Entry<String, ApiResponse> entry : op.getResponses().entrySet()) {
      String status = entry.getKey();
      if (!isError(status)) {
        continue;
      }
      ApiResponse response = resolve(entry.getValue());
      Map.Entry<String, MediaType> json =
          response == null ? null : MediaTypes.json(response.getContent());
      if (json == null || json.getValue().getSchema() == null) {
        continue;
      }
      Location location =
          responseLocation(entry.getValue(), at.child("responses").child(status))
              .child("content")
              .child(json.getKey())
              .child("schema");
      String name = operation + "_" + status.toLowerCase(Locale.ROOT) + "_error";
      errors.add(
          new ErrorBody(status, schemas.typeOf(json.getValue().getSchema(), location, name, "")));
    }
    return errors;
  }

  /** {@code 4xx}, {@code 5xx} (also written {@code 4XX}) and {@code default}. */
  private static boolean isError(String status) {
    return status.equals("default") || status.startsWith("4") || status.startsWith("5");
  }

  private ApiResponse resolve(ApiResponse response) {
    if (response == null || response.get$ref() == null) {
      return response;
    }
    return ComponentRefs.target(response.get$ref(), ComponentRefs.RESPONSES, components);
  }

  private Location responseLocation(ApiResponse declared, Location at) {
    if (ComponentRefs.name(declared.get$ref(), ComponentRefs.RESPONSES) != null) {
      return ComponentRefs.location(at.file(), ComponentRefs.RESPONSES, declared.get$ref());
    }
    return at;
  }

  /** The description of a text or binary answer's schema, else {@code otherwise}. */
  private String text(Success success, String otherwise) {
    String description =
        SpecStrings.description(schemas.resolve(success.schema()).getDescription());
    return description.isEmpty() ? otherwise : description;
  }

  /** The 2xx response whose body an operation returns, and what that body is. */
  record Success(
      String status,
      String mediaType,
      Schema<?> schema,
      Location location,
      Result.Kind kind,
      String accept) {}
}
