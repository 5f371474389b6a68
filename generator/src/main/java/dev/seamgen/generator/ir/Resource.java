package dev.seamgen.generator.ir;

import java.util.List;
import java.util.Objects;

/**
 * A group of operations that share a path prefix, such as {@code /connected_accounts}; becomes
 * one resource client.
 *
 * @param name the prefix as on the wire, such as {@code connected_accounts}
 * @param javaName the resource's Java name in upper camel case, such as {@code ConnectedAccounts}
 */
public record Resource(String name, String javaName, List<Operation> operations) {
  public Resource {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(javaName, "javaName == null");
    operations = List.copyOf(operations);
  }
}
