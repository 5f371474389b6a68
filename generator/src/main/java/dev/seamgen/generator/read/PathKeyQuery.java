package dev.seamgen.generator.read;

import dev.seamgen.generator.ir.Constraints;
import dev.seamgen.generator.ir.FixedQuery;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Parameter;
import dev.seamgen.generator.ir.Parameter.In;
import dev.seamgen.generator.ir.Parameter.Style;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.ir.TypeRef.Kind;
import dev.seamgen.generator.read.ParameterTranslator.Located;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches an operation's parameters to the query its {@link PathKey} writes: which declared
 * parameter fills a {@code name={param}} pair, which query parameter a fixed {@code name=text} pair
 * already sends, and the parameter a pair nothing declares becomes. {@link ParameterTranslator}
 * asks it while reading the parameters.
 */
final class PathKeyQuery {
  private final Problems problems;

  PathKeyQuery(Problems problems) {
    this.problems = problems;
  }

  /**
   * The pair of the path key's query that {@code located} fills: a path or query parameter named as
   * a pair's placeholder. When the spec declares the name both in the path and in the query, the
   * query one fills it.
   */
  static PathKey.Bound boundTo(PathKey key, Located located, Map<String, Located> byKey) {
    String in = located.parameter().getIn();
    String name = located.parameter().getName();
    if (!("path".equals(in) || "query".equals(in))
        || ("path".equals(in) && byKey.containsKey("query:" + name))) {
      return null;
    }
    return key.bound().stream().filter(b -> b.parameter().equals(name)).findFirst().orElse(null);
  }

  /**
   * Whether {@code located} is a query parameter the path key already sends, fixed: it is left out,
   * with a warning, since the key's value is the one this operation stands for.
   */
  boolean fixedInKey(PathKey key, Located located) {
    io.swagger.v3.oas.models.parameters.Parameter p = located.parameter();
    if (!"query".equals(p.getIn())) {
      return false;
    }
    for (FixedQuery pair : key.fixed()) {
      if (pair.name().equals(p.getName())) {
        problems.warning(
            located.location(),
            "query parameter '"
                + pair.name()
                + "' is fixed to '"
                + pair.value()
                + "' by the path key; the parameter is left out",
            "Remove the parameter, or the pair from the path key");
        return true;
      }
    }
    return false;
  }

  /** A placeholder of the path key's query that no parameter declares: an optional string. */
  Parameter undeclaredQuery(PathKey.Bound bound, Location at, Set<String> taken) {
    problems.warning(
        at,
        "query parameter '"
            + bound.parameter()
            + "' of the path key is not declared; it is sent as an optional string named '"
            + bound.name()
            + "'",
        "Declare it under parameters with 'in: query', and take the query string out of the path"
            + " key");
    String javaName = ParameterTranslator.javaName(bound.parameter(), In.QUERY, taken);
    taken.add(javaName);
    return new Parameter(
        new Property(
            bound.name(),
            javaName,
            TypeRef.primitive(Kind.STRING),
            false,
            false,
            Optional.empty(),
            ParameterTranslator.describe("", bound.name(), In.QUERY),
            Constraints.NONE,
            Constraints.NONE,
            at),
        In.QUERY,
        Style.FORM,
        true,
        false);
  }
}
