package dev.seamgen.generator.read;

import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.OperationTranslator.Candidate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the Java names of groups and operations before any operation is translated, so that every
 * name depends only on the set of paths, not on the order they are met in.
 *
 * <p>A group's class names join its whole path ({@code AcsUsersClient}), which keeps them unique
 * across the SDK; its accessor and package segment are its own name ({@code acs().users()}, {@code
 * .acs.users}), made unique among its siblings. Method names are unique within their group and do
 * not clash with the group's accessors of nested groups or with {@code withRawResponse()}.
 */
final class ResourceNames {
  /** Members the root and resource clients have themselves. */
  private static final Set<String> CLIENT_MEMBERS = Set.of("withRawResponse", "async", "builder");

  /** Package segments the SDK uses itself. */
  private static final Set<String> ROOT_PACKAGES = Set.of("model");

  /** Every group, prefixes included, in the order its first operation appears. */
  private final Set<List<String>> groups = new LinkedHashSet<>();

  private final Map<List<String>, String> javaNames = new HashMap<>();
  private final Map<List<String>, String> accessors = new HashMap<>();
  private final Map<List<String>, String> packages = new HashMap<>();
  private final IdentityHashMap<Candidate, String> methodNames = new IdentityHashMap<>();

  ResourceNames(List<Candidate> candidates) {
    for (Candidate candidate : candidates) {
      for (int i = 1; i <= candidate.group().size(); i++) {
        groups.add(List.copyOf(candidate.group().subList(0, i)));
      }
    }
    Set<String> takenJavaNames = new HashSet<>();
    Map<List<String>, Set<String>> takenMembers = new HashMap<>();
    Map<List<String>, Set<String>> takenPackages = new HashMap<>();
    for (List<String> group : sortedByPath(groups)) {
      String javaName =
          Naming.unique(Naming.typeName(String.join("_", group)), takenJavaNames::contains);
      takenJavaNames.add(javaName);
      javaNames.put(group, javaName);
      List<String> parent = group.subList(0, group.size() - 1);
      Set<String> siblings =
          takenMembers.computeIfAbsent(parent, k -> Naming.ignoringCase(CLIENT_MEMBERS));
      String accessor = Naming.unique(Naming.propertyName(last(group)), siblings::contains);
      siblings.add(accessor);
      accessors.put(group, accessor);
      Set<String> siblingPackages =
          takenPackages.computeIfAbsent(
              parent, k -> new HashSet<>(parent.isEmpty() ? ROOT_PACKAGES : Set.of()));
      String segment = Naming.unique(Naming.packageSegment(last(group)), siblingPackages::contains);
      siblingPackages.add(segment);
      packages.put(group, parent.isEmpty() ? segment : packages.get(parent) + "." + segment);
    }
    List<Candidate> byPath = new ArrayList<>(candidates);
    byPath.sort(
        (a, b) ->
            a.path().equals(b.path())
                ? a.httpMethod().compareTo(b.httpMethod())
                : a.path().compareTo(b.path()));
    for (Candidate candidate : byPath) {
      Set<String> members =
          takenMembers.computeIfAbsent(candidate.group(), k -> Naming.ignoringCase(CLIENT_MEMBERS));
      String name = Naming.unique(Naming.propertyName(candidate.method()), members::contains);
      members.add(name);
      methodNames.put(candidate, name);
    }
  }

  String methodName(Candidate candidate) {
    return methodNames.get(candidate);
  }

  /** {@code AcsUsersListRequest}: unique in its package, since method names are. */
  String requestClass(Candidate candidate) {
    return javaNames.get(candidate.group()) + Naming.typeName(methodName(candidate)) + "Request";
  }

  /**
   * The top-level resources, each holding its operations and nested groups; groups left with
   * neither (all their operations were left out) are dropped.
   */
  List<Resource> tree(Map<List<String>, List<Operation>> operationsByGroup) {
    List<Resource> roots = new ArrayList<>();
    for (List<String> group : groups) {
      if (group.size() == 1) {
        Resource resource = resource(group, operationsByGroup);
        if (resource != null) {
          roots.add(resource);
        }
      }
    }
    return roots;
  }

  private Resource resource(List<String> group, Map<List<String>, List<Operation>> operations) {
    List<Resource> children = new ArrayList<>();
    for (List<String> candidate : groups) {
      if (candidate.size() == group.size() + 1
          && candidate.subList(0, group.size()).equals(group)) {
        Resource child = resource(candidate, operations);
        if (child != null) {
          children.add(child);
        }
      }
    }
    List<Operation> own = operations.getOrDefault(group, List.of());
    if (own.isEmpty() && children.isEmpty()) {
      return null;
    }
    return new Resource(
        group, javaNames.get(group), accessors.get(group), packages.get(group), own, children);
  }

  /** Groups by their path, so that names made unique get the same suffix on every run. */
  private static List<List<String>> sortedByPath(Set<List<String>> groups) {
    List<List<String>> sorted = new ArrayList<>(groups);
    sorted.sort((a, b) -> String.join("/", a).compareTo(String.join("/", b)));
    return sorted;
  }

  private static String last(List<String> group) {
    return group.get(group.size() - 1);
  }
}
