package dev.seamgen.generator.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    return body.map(Body::properties).orElse(List.of());
  }

  /** Whether the request can be built without setting anything. */
  public boolean needsNothing() {
    return exactlyOneOf.isEmpty() && properties().stream().noneMatch(Property::required);
  }
}
