package dev.seamgen.generator.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole API as the emitters see it: immutable, free of Swagger Parser types, with every Java
 * name already chosen.
 *
 * @param specFile the spec's file name, named in every generated file's header
 * @param defaultServerUrl the first server URL of the spec, if it has one, variables at their
 *     defaults
 * @param serverTemplate that URL with its variables, when it has any
 * @param operationsInSpec how many operations the spec has (less those left out on purpose, such as
 *     undocumented ones), to compare with how many {@link #resources()} have
 * @param leftOut the spec's operations the SDK does not have, undocumented ones included
 */
public record ApiModel(
    String specFile,
    String title,
    String version,
    String description,
    Optional<String> defaultServerUrl,
    Optional<ServerTemplate> serverTemplate,
    List<Resource> resources,
    List<TypeDef> types,
    Auth auth,
    int operationsInSpec,
    List<LeftOutOperation> leftOut) {

  public ApiModel {
    Objects.requireNonNull(specFile, "specFile == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(defaultServerUrl, "defaultServerUrl == null");
    Objects.requireNonNull(serverTemplate, "serverTemplate == null");
    resources = List.copyOf(resources);
    types = List.copyOf(types);
    Objects.requireNonNull(auth, "auth == null");
    leftOut = List.copyOf(leftOut);
  }

  /** Every resource, nested ones included, parents before their children. */
  public List<Resource> allResources() {
    return resources.stream().flatMap(r -> r.flatten().stream()).toList();
  }

  /**
   * How many of the spec's operations the SDK has: Seam's twin verbs count with the method that
   * stands for them.
   */
  public int operationsGenerated() {
    return allResources().stream()
        .flatMap(r -> r.operations().stream())
        .mapToInt(o -> 1 + o.otherMethods().size())
        .sum();
  }

  public Optional<TypeDef> type(String name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
