package dev.seamgen.generator.read.endpoint;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.source.ProblemCollector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The client builder's setter names and who took each: the builder itself, then each credential in
 * the spec's order. A credential whose name is taken gets a distinct one, with a warning naming
 * both setters, rather than refusing a spec its user may not be able to edit.
 */
final class CredentialSetterNames {
  /** Every setter name taken, shared with the server variables' setters. */
  private final Set<String> taken;

  /** A credential's setter name to the scheme that took it; the rest are the builder's. */
  private final Map<String, String> schemes = new HashMap<>();

  private final ProblemCollector problems;

  /**
   * @param taken the builder's own setter names; the credentials' are added to it as they are taken
   */
  CredentialSetterNames(ProblemCollector problems, Set<String> taken) {
    this.problems = problems;
    this.taken = taken;
  }

  /**
   * Takes the setter name for scheme {@code schemeName}: {@code preferred} when it (and, for a
   * client credentials flow, its {@code ClientCredentials} and {@code TokenUrl} setters) is free;
   * else the Java name of the scheme's key; else {@code preferred} numbered 2, 3...
   */
  String take(String preferred, String schemeName, boolean withFlow, Location at) {
    String name = preferred;
    if (!free(name, withFlow)) {
      String fromKey = Naming.memberName(schemeName);
      name =
          !fromKey.isEmpty() && free(fromKey, withFlow)
              ? fromKey
              : Naming.unique(preferred + "2", candidate -> !free(candidate, withFlow));
      String clash =
          setters(preferred, withFlow).stream().filter(taken::contains).findFirst().orElseThrow();
      problems.warning(
          at,
          "security scheme '"
              + schemeName
              + "' would have the setter "
              + clash
              + "(...), which "
              + describe(schemes.get(clash))
              + " has already; its setter is called "
              + name
              + "(...) instead",
          "To choose the name yourself, give the scheme " + AuthTranslator.CREDENTIAL + ".name");
    }
    for (String setter : setters(name, withFlow)) {
      taken.add(setter);
      schemes.put(setter, schemeName);
    }
    return name;
  }

  private boolean free(String name, boolean withFlow) {
    return setters(name, withFlow).stream().noneMatch(taken::contains);
  }

  private static List<String> setters(String name, boolean withFlow) {
    return withFlow ? List.of(name, name + "ClientCredentials", name + "TokenUrl") : List.of(name);
  }

  private static String describe(String scheme) {
    return scheme == null ? "the client builder" : "scheme '" + scheme + "'";
  }
}
