package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.read.source.ProblemCollector;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list of parameters as the spec declares it (path-level or operation-level), {@code $ref}s
 * already followed.
 */
final class DeclaredParameters {
  private static final Set<String> IGNORED_HEADERS =
      Set.of("accept", "content-type", "authorization");

  /**
   * Headers java.net.http sets itself and refuses from callers (its {@code
   * jdk.httpclient.allowRestrictedHeaders} default): a declared one would fail every call.
   */
  private static final Set<String> TRANSPORT_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final ProblemCollector problems;
  private final List<WrittenParameter> parameters = new ArrayList<>();
  private final Location location;
  private boolean broken;

  DeclaredParameters(
      List<Parameter> declared,
      Location location,
      Map<String, Parameter> components,
      ProblemCollector problems) {
    this.location = location;
    this.problems = problems;
    if (declared == null) {
      return;
    }
    for (int i = 0; i < declared.size(); i++) {
      Parameter p = declared.get(i);
      Location at = location.child("parameters").child(Integer.toString(i));
      if (p != null && p.get$ref() != null) {
        String ref = p.get$ref();
        Parameter target = ComponentRefs.target(ref, ComponentRefs.PARAMETERS, components);
        if (target == null) {
          problems.warning(
              at,
              "operation left out: parameter $ref '" + ref + "' cannot be " + "followed",
              "Point the $ref at #/components/parameters/<name>");
          broken = true;
          continue;
        }
        p = target;
        at = ComponentRefs.location(location.file(), ComponentRefs.PARAMETERS, ref);
      }
      if (p != null && setByTransport(p)) {
        problems.warning(
            at,
            "header parameter '"
                + p.getName()
                + "' is left out: the HTTP client sets it itself and refuses it from callers",
            "Remove the parameter; the client sends " + p.getName() + " when the request needs it");
        continue;
      }
      if (p != null && !ignored(p) && !repeated(p, location)) {
        parameters.add(new WrittenParameter(p, at));
      }
    }
  }

  /**
   * Whether {@code p} has the name and place of a parameter earlier in this list: OpenAPI forbids
   * it, and the first is the one sent.
   */
  private boolean repeated(Parameter p, Location list) {
    if (p.getName() == null || p.getIn() == null) {
      return false;
    }
    boolean repeated =
        parameters.stream()
            .anyMatch(
                earlier ->
                    p.getName().equals(earlier.parameter().getName())
                        && p.getIn().equals(earlier.parameter().getIn()));
    if (repeated) {
      // At the list: Swagger Parser puts the path's parameters at the start of each
      // operation's, so an index here is not the one written.
      problems.warning(
          list.child("parameters"),
          p.getIn()
              + " parameter '"
              + p.getName()
              + "' is declared twice in the same list; the first is used",
          "Remove one of them: a parameter is known by its name and 'in', and an operation's"
              + " own parameters already replace the path's of the same name and 'in'");
    }
    return repeated;
  }

  Location location() {
    return location;
  }

  /** Whether a {@code $ref} in the list cannot be followed, which leaves the operation out. */
  boolean broken() {
    return broken;
  }

  /** OpenAPI says header parameters named Accept, Content-Type or Authorization are ignored. */
  private static boolean ignored(Parameter p) {
    return "header".equals(p.getIn())
        && p.getName() != null
        && IGNORED_HEADERS.contains(p.getName().toLowerCase(Locale.ROOT));
  }

  /** Whether {@code p} is a header the HTTP client sets itself ({@link #TRANSPORT_HEADERS}). */
  private static boolean setByTransport(Parameter p) {
    return "header".equals(p.getIn())
        && p.getName() != null
        && TRANSPORT_HEADERS.contains(p.getName().strip().toLowerCase(Locale.ROOT));
  }

  void forEach(Map<String, WrittenParameter> byKey) {
    for (WrittenParameter p : parameters) {
      byKey.put(p.parameter().getIn() + ":" + p.parameter().getName(), p);
    }
  }
}
