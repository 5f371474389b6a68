package dev.seamgen.generator.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One API operation, such as {@code GET /pet/{petId}} or Seam's {@code POST
 * /connected_accounts/get}.
 *
 * @param name the method name within its resource, as the spec spells it ({@code get})
 * @param javaName the Java method name
 * @param httpMethod the verb the client sends
 * @param otherMethods the verbs of the same path that this method also stands for: Seam publishes
 *     {@code GET}, {@code DELETE} ... twins of its {@code POST} operations under one {@code
 *     x-fern-sdk-method-name}; informative
 * @param path the path template, such as {@code /pet/{petId}}: the key of the spec's path item up
 *     to its {@code ?}, when the spec writes part of the query into the key
 * @param pathKey the key of the spec's path item, as written, such as {@code /uploads?convert=csv};
 *     names the operation in reports
 * @param retrySafe whether sending the request twice does no harm, so that it is retried on any
 *     transient failure: {@code GET}, {@code HEAD}, {@code OPTIONS}, {@code PUT}, {@code DELETE},
 *     and operations marked {@code x-seamgen-read}
 * @param security when operations differ in the credentials they accept, the names of the
 *     credentials of each alternative this one accepts, in the spec's order (an empty alternative:
 *     none needed); empty when the client's credentials all apply
 * @param serverUrl the operation's own base URL, from a path- or operation-level {@code servers}
 *     entry (variables at their defaults); empty when it uses the client's
 * @param deprecation the reason the operation is deprecated (possibly empty), or empty when it is
 *     not
 * @param result what the method returns, or empty for an operation that returns nothing
 * @param errors the JSON bodies the spec declares for error statuses, in the spec's order
 */
public record Operation(
    String name,
    String javaName,
    String httpMethod,
    List<String> otherMethods,
    String path,
    String pathKey,
    String title,
    String description,
    Request request,
    Optional<Result> result,
    List<ErrorBody> errors,
    Optional<Pagination> pagination,
    boolean retrySafe,
    Optional<List<List<String>>> security,
    Optional<String> serverUrl,
    Optional<String> deprecation,
    Location location) {

  public Operation {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(javaName, "javaName == null");
    Objects.requireNonNull(httpMethod, "httpMethod == null");
    otherMethods = List.copyOf(otherMethods);
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(pathKey, "pathKey == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(result, "result == null");
    errors = List.copyOf(errors);
    Objects.requireNonNull(pagination, "pagination == null");
    security = security.map(alternatives -> alternatives.stream().map(List::copyOf).toList());
    Objects.requireNonNull(serverUrl, "serverUrl == null");
    Objects.requireNonNull(deprecation, "deprecation == null");
    Objects.requireNonNull(location, "location == null");
  }

  /**
   * The path and the query pairs sent on every call, as the docs show them: {@code
   * /uploads?convert=csv}.
   */
  public String pathWithFixedQuery() {
    if (request.fixedQuery().isEmpty()) {
      return path;
    }
    StringBuilder text = new StringBuilder(path);
    char separator = '?';
    for (FixedQuery pair : request.fixedQuery()) {
      text.append(separator).append(pair.name()).append('=').append(pair.value());
      separator = '&';
    }
    return text.toString();
  }

  /**
   * What an operation takes: its parameters and its body, side by side in one request class.
   *
   * @param className the Java name of the request class
   * @param parameters path, query, header and cookie parameters, path ones first
   * @param fixedQuery query pairs sent on every call, before the query parameters: those the spec
   *     writes into the path key, such as {@code convert=csv} of {@code /uploads?convert=csv}
   * @param body the request body, empty when the operation takes none
   * @param exactlyOneOf for a body that is a {@code oneOf} of alternatives, the property that each
   *     alternative requires (exactly one must be set); empty otherwise
   */
  public record Request(
      String className,
      List<Parameter> parameters,
      List<FixedQuery> fixedQuery,
      Optional<Body> body,
      List<String> exactlyOneOf,
      Location location) {
    public Request {
      Objects.requireNonNull(className, "className == null");
      parameters = List.copyOf(parameters);
      fixedQuery = List.copyOf(fixedQuery);
      Objects.requireNonNull(body, "body == null");
      exactlyOneOf = List.copyOf(exactlyOneOf);
      Objects.requireNonNull(location, "location == null");
    }

    /** Every member of the request class: the parameters, then the body's. */
    public List<Property> properties() {
      List<Property> all = new ArrayList<>();
      parameters.forEach(p -> all.add(p.property()));
      all.addAll(bodyProperties());
      return all;
    }

    /** The members that are written into the body. */
    public List<Property> bodyProperties() {
      if (body.isEmpty()) {
        return List.of();
      }
      if (body.get() instanceof Body.JsonObject object) {
        return object.properties();
      }
      if (body.get() instanceof Body.Form form) {
        return form.fields().stream().map(Body.Field::property).toList();
      }
      if (body.get() instanceof Body.Raw raw) {
        return List.of(raw.value());
      }
      if (body.get() instanceof Body.FormMap map) {
        return List.of(map.value());
      }
      return List.of(((Body.JsonValue) body.get()).value());
    }

    /** Whether the request can be built without setting anything. */
    public boolean needsNothing() {
      return exactlyOneOf.isEmpty() && properties().stream().noneMatch(Property::required);
    }
  }

  /**
   * A query pair sent on every call of an operation, not set by the caller.
   *
   * @param value as the spec writes it; percent-encoded triplets are kept, as for a parameter with
   *     {@code allowReserved}
   */
  public record FixedQuery(String name, String value) {
    public FixedQuery {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** A request body. */
  public sealed interface Body
      permits Body.JsonObject, Body.JsonValue, Body.Form, Body.FormMap, Body.Raw {
    /** A JSON object whose properties are members of the request class. */
    record JsonObject(List<Property> properties) implements Body {
      public JsonObject {
        properties = List.copyOf(properties);
      }
    }

    /** A JSON value set whole with {@code body(T)}: a named schema, an array, a map or a scalar. */
    record JsonValue(Property value) implements Body {
      public JsonValue {
        Objects.requireNonNull(value, "value == null");
      }
    }

    /**
     * An {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body whose fields
     * are members of the request class.
     */
    record Form(boolean multipart, List<Field> fields) implements Body {
      public Form {
        fields = List.copyOf(fields);
      }
    }

    /**
     * An {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body whose schema
     * names no fields (a string, a file): one member, a map of field name to value, each entry a
     * field (a part of a multipart body), in the map's order.
     */
    record FormMap(boolean multipart, Property value) implements Body {
      public FormMap {
        Objects.requireNonNull(value, "value == null");
      }
    }

    /**
     * A binary or text body set whole with {@code body(...)}: binary content (a {@code FilePart},
     * the value's type is a file) or a string, sent as {@code mediaType}, such as {@code
     * application/pdf}, {@code image/*} or {@code text/plain}.
     */
    record Raw(Property value, String mediaType) implements Body {
      public Raw {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(mediaType, "mediaType == null");
      }

      /** Whether the body is binary content rather than text. */
      public boolean binary() {
        return value.type() instanceof TypeRef.Primitive primitive
            && primitive.kind() == TypeRef.Kind.FILE;
      }
    }

    /**
     * One field of a form, written as its media type's {@code encoding} says: {@code style}, {@code
     * explode} and {@code allowReserved} for a urlencoded form, {@code contentType} for a multipart
     * part (empty for the default).
     */
    record Field(
        Property property,
        Parameter.Style style,
        boolean explode,
        boolean allowReserved,
        Optional<String> contentType) {
      public Field {
        Objects.requireNonNull(property, "property == null");
        Objects.requireNonNull(style, "style == null");
        Objects.requireNonNull(contentType, "contentType == null");
      }
    }
  }

  /**
   * The value an operation returns: the whole 2xx JSON answer, or one property of it; a text answer
   * as a string; or a binary answer, streamed.
   *
   * @param key the property to return ({@code x-response-key}), such as {@code connected_account};
   *     empty for the whole answer, a text or a binary one
   * @param type the JSON value's type; a string for a text answer, a file for a binary one
   */
  public record Result(String key, TypeRef type, String description, Kind kind) {
    public Result {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(description, "description == null");
      Objects.requireNonNull(kind, "kind == null");
    }

    /** A JSON answer. */
    public Result(String key, TypeRef type, String description) {
      this(key, type, description, Kind.JSON);
    }

    /** What the answer's body is. */
    public enum Kind {
      JSON,
      /** {@code text/*}, returned as a string. */
      TEXT,
      /** Anything else, returned as a stream the caller closes. */
      BINARY
    }
  }

  /**
   * The JSON body the spec declares for an error answer, which {@code ApiException.body(Class)}
   * reads.
   *
   * @param status the status as the spec writes it: {@code 404}, {@code 4XX} or {@code default}
   */
  public record ErrorBody(String status, TypeRef type) {
    public ErrorBody {
      Objects.requireNonNull(status, "status == null");
      Objects.requireNonNull(type, "type == null");
    }
  }

  /**
   * How a list operation pages: the request property that takes a cursor and the response property
   * holding the page information.
   */
  public record Pagination(String cursorProperty, String pageInfoKey, TypeRef itemType) {
    public Pagination {
      Objects.requireNonNull(cursorProperty, "cursorProperty == null");
      Objects.requireNonNull(pageInfoKey, "pageInfoKey == null");
      Objects.requireNonNull(itemType, "itemType == null");
    }
  }
}
