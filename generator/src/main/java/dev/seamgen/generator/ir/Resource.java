package dev.seamgen.generator.ir;

import java.util.List;
import java.util.Objects;

/**
 * A group of operations, such as {@code connected_accounts}, and the groups nested in it, such as
 * {@code connected_accounts.simulate}; becomes one resource client with an accessor per nested
 * group: {@code seam.connectedAccounts().simulate()}.
 *
 * @param group the group's path of names as on the wire, such as {@code [acs, users]}; from {@code
 *     x-fern-sdk-group-name}, else from the operation's path
 * @param javaName the group's Java name in upper camel case, the whole path joined so that it is
 *     unique in the SDK, such as {@code AcsUsers}
 * @param accessor the method that returns this group's client from its parent's, such as {@code
 *     users}
 * @param javaPackage the package of the group's classes relative to the SDK's root package, such as
 *     {@code acs.users}
 * @param operations the group's own operations, possibly none when it only holds groups
 * @param children the groups nested in this one
 */
public record Resource(
    List<String> group,
    String javaName,
    String accessor,
    String javaPackage,
    List<Operation> operations,
    List<Resource> children) {
  public Resource {
    group = List.copyOf(group);
    if (group.isEmpty()) {
      throw new IllegalArgumentException("group is empty");
    }
    Objects.requireNonNull(javaName, "javaName == null");
    Objects.requireNonNull(accessor, "accessor == null");
    Objects.requireNonNull(javaPackage, "javaPackage == null");
    operations = List.copyOf(operations);
    children = List.copyOf(children);
  }

  /** The last name of the group, such as {@code users} for {@code acs.users}. */
  public String name() {
    return group.get(group.size() - 1);
  }

  /** The group path joined with dots, such as {@code acs.users}. */
  public String qualifiedName() {
    return String.join(".", group);
  }

  /** This resource and every resource nested in it, parents first. */
  public List<Resource> flatten() {
    List<Resource> all = new java.util.ArrayList<>();
    all.add(this);
    children.forEach(child -> all.addAll(child.flatten()));
    return all;
  }
}
