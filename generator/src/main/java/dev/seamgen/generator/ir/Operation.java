package dev.seamgen.generator.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One API operation, such as {@code POST /connected_accounts/get}.
 *
 * @param name the method name within its resource, as on the wire ({@code get})
 * @param javaName the Java method name
 * @param httpMethod the verb the client sends: {@code POST} when the path answers it
 * @param otherMethods the verbs the same path also answers (Seam publishes {@code GET}, {@code
 *     DELETE}, {@code PATCH} and {@code PUT} twins of its {@code POST} operations); informative,
 *     and a {@code GET} twin marks the operation as a read
 * @param read whether the operation only reads, so that retrying it is always safe
 * @param deprecation the reason the operation is deprecated (possibly empty), or empty when it
 *     is not
 * @param result what the method returns, or empty for an operation that returns nothing
 */
public record Operation(
    String name,
    String javaName,
    String httpMethod,
    List<String> otherMethods,
    String path,
    String title,
    String description,
    RequestBody request,
    Optional<Result> result,
    Optional<Pagination> pagination,
    boolean read,
    Optional<String> deprecation,
    Location location) {

  public Operation {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(javaName, "javaName == null");
    Objects.requireNonNull(httpMethod, "httpMethod == null");
    otherMethods = List.copyOf(otherMethods);
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(result, "result == null");
    Objects.requireNonNull(pagination, "pagination == null");
    Objects.requireNonNull(deprecation, "deprecation == null");
    Objects.requireNonNull(location, "location == null");
  }

  /** This operation under another Java method name. */
  public Operation withJavaName(String newJavaName) {
    return new Operation(name, newJavaName, httpMethod, otherMethods, path, title, description,
        request, result, pagination, read, deprecation, location);
  }

  /**
   * The JSON body an operation takes.
   *
   * @param className the Java name of the request class
   * @param exactlyOneOf for a body that is a {@code oneOf} of alternatives, the property that
   *     each alternative requires (exactly one must be set); empty otherwise
   */
  public record RequestBody(
      String className, List<Property> properties, List<String> exactlyOneOf, Location location) {
    public RequestBody {
      Objects.requireNonNull(className, "className == null");
      properties = List.copyOf(properties);
      exactlyOneOf = List.copyOf(exactlyOneOf);
      Objects.requireNonNull(location, "location == null");
    }

    public boolean isEmpty() {
      return properties.isEmpty();
    }
  }

  /**
   * The value an operation returns: one property of the response envelope.
   *
   * @param key the envelope property ({@code x-response-key}), such as {@code connected_account}
   */
  public record Result(String key, TypeRef type, String description) {
    public Result {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(description, "description == null");
    }
  }

  /**
   * How a list operation pages: the request property that takes a cursor and the response
   * property holding the page information.
   */
  public record Pagination(String cursorProperty, String pageInfoKey, TypeRef itemType) {
    public Pagination {
      Objects.requireNonNull(cursorProperty, "cursorProperty == null");
      Objects.requireNonNull(pageInfoKey, "pageInfoKey == null");
      Objects.requireNonNull(itemType, "itemType == null");
    }
  }
}
