package dev.seamgen.generator.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

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
@Value.Builder
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
    otherMethods = List.copyOf(Objects.requireNonNull(otherMethods, "otherMethods == null"));
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(pathKey, "pathKey == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(result, "result == null");
    errors = List.copyOf(Objects.requireNonNull(errors, "errors == null"));
    Objects.requireNonNull(pagination, "pagination == null");
    Objects.requireNonNull(security, "security == null");
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
   * A builder of an operation: name, Java name, HTTP method, path, path key, request and location
   * must be set; the operation otherwise stands for no other methods, has no title, description,
   * result, error bodies, pagination, own security or server URL, is not deprecated and is not
   * retry-safe.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Operation}. Its setters, one per component, and {@code build()}, which names
   * the parts left unset, are generated (Immutables); this class only gives the defaults.
   */
  public static final class Builder extends OperationBuilder {
    Builder() {
      title("");
      description("");
      retrySafe(false);
    }
  }
}
