package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.naming.Naming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The members a request body gives its request class, beside the parameters' members. */
final class BodyMembers {
  private BodyMembers() {}

  /** The one member of a body that is a single value, named {@code body} unless that is taken. */
  static Property single(
      TypeRef type, boolean required, String description, Location at, Set<String> taken) {
    return Property.builder()
        .wireName("body")
        .javaName(Naming.unique("body", taken::contains))
        .type(type)
        .required(required)
        .description(description)
        .location(at)
        .build();
  }

  /** The properties, renamed where a parameter already has their Java name. */
  static List<Property> avoiding(List<Property> properties, Set<String> taken) {
    List<Property> result = new ArrayList<>();
    Set<String> names = new HashSet<>(taken);
    properties.forEach(p -> names.add(p.javaName()));
    for (Property p : properties) {
      if (!taken.contains(p.javaName())) {
        result.add(p);
        continue;
      }
      String name = Naming.unique(p.javaName() + "Body", names::contains);
      names.add(name);
      result.add(p.withJavaName(name));
    }
    return result;
  }
}
