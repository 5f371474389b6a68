package dev.seamgen.generator.read.schema;

import dev.seamgen.generator.ir.TypeDef;
import dev.seamgen.generator.naming.Naming;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The named types found so far, and the names already given out.
 *
 * <p>A name is reserved before its type is built, so that recursive schemas refer to the name
 * instead of recursing forever. Inline schemas that are the same JSON under the same name share one
 * type.
 */
public final class TypeRegistry {
  private final Map<String, TypeDef> types = new LinkedHashMap<>();
  private final Map<String, String> nameByComponent = new HashMap<>();
  private final Map<String, String> plannedByComponent = new HashMap<>();
  private final Map<String, List<InlineType>> inlineByPreferredName = new HashMap<>();

  /** Ignoring case: two files whose names differ only in case are one file on macOS and Windows. */
  private final Map<String, String> reserved = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  /** Names of java.lang classes: a model called {@code Error} would shadow one. */
  private static final List<String> JAVA_LANG =
      List.of(
          "Boolean",
          "Byte",
          "Character",
          "Class",
          "Deprecated",
          "Double",
          "Enum",
          "Error",
          "Exception",
          "Float",
          "Integer",
          "Iterable",
          "Long",
          "Math",
          "Number",
          "Object",
          "Override",
          "Process",
          "Record",
          "Runtime",
          "Short",
          "String",
          "System",
          "Thread",
          "Void");

  public TypeRegistry() {
    JAVA_LANG.forEach(name -> reserved.put(name, "java.lang"));
  }

  /** The name given to component schema {@code component}, if it has one yet. */
  Optional<String> componentName(String component) {
    return Optional.ofNullable(nameByComponent.get(component));
  }

  /**
   * Plans the names of all component schemas before any type is built, so that a component keeps
   * its own name even when an inline schema met earlier would want it; clashes among components
   * themselves are settled in name order, the same on every run.
   */
  void planComponents(Collection<String> components) {
    List<String> sorted = new ArrayList<>(components);
    Collections.sort(sorted);
    for (String component : sorted) {
      String name = Naming.unique(Naming.typeName(component), this::isTaken);
      reserved.put(name, "#/components/schemas/" + component);
      plannedByComponent.put(component, name);
    }
  }

  /** The name planned for component schema {@code component}. */
  String plannedName(String component) {
    return plannedByComponent.get(component);
  }

  /** Reserves a name for a component schema: the planned one, else the first free variant. */
  String reserveComponent(String component) {
    String name = plannedByComponent.get(component);
    if (name == null) {
      name = Naming.unique(Naming.typeName(component), this::isTaken);
      reserved.put(name, "#/components/schemas/" + component);
    }
    nameByComponent.put(component, name);
    return name;
  }

  /**
   * Reserves the name of an inline object or enum: {@code suggestedName} as a type name, else
   * prefixed with its owner's name; an identical schema that wanted the same name shares its type.
   */
  Reservation reserveInline(Schema<?> schema, String suggestedName, String owner) {
    String preferred = Naming.typeName(suggestedName);
    return reserveInline(preferred, owner + preferred, () -> Schemas.canonical(schema));
  }

  /**
   * The name an inline schema of {@code shape} (its canonical JSON) gets: the one it already got if
   * an identical schema wanted the same name, else {@code preferred}, else {@code fallback}, else a
   * numbered variant. A shape is only worked out when another inline schema wants the same name:
   * most names are wanted once, and the canonical JSON of a large spec's inline schemas was half
   * the time spent translating them.
   *
   * @return the name, and whether the type must still be built
   */
  Reservation reserveInline(String preferred, String fallback, Supplier<String> shape) {
    List<InlineType> sameName =
        inlineByPreferredName.computeIfAbsent(preferred, k -> new ArrayList<>());
    Supplier<String> mine = shape;
    if (!sameName.isEmpty()) {
      String known = shape.get();
      for (InlineType earlier : sameName) {
        if (earlier.shape().equals(known)) {
          return new Reservation(earlier.name, false);
        }
      }
      mine = () -> known;
    }
    String name = !isTaken(preferred) ? preferred : Naming.unique(fallback, this::isTaken);
    reserved.put(name, preferred);
    sameName.add(new InlineType(name, mine));
    return new Reservation(name, true);
  }

  /** A type made for an inline schema, and the schema's shape, worked out when first asked. */
  private static final class InlineType {
    final String name;
    private Supplier<String> source;
    private String shape;

    InlineType(String name, Supplier<String> source) {
      this.name = name;
      this.source = source;
    }

    String shape() {
      if (shape == null) {
        shape = source.get();
        source = null;
      }
      return shape;
    }
  }

  /** Given out already, in any case, or a file name Windows keeps for a device. */
  private boolean isTaken(String name) {
    return reserved.containsKey(name) || Naming.isWindowsDeviceName(name);
  }

  void define(TypeDef type) {
    types.put(type.name(), type);
  }

  public List<TypeDef> all() {
    return new ArrayList<>(types.values());
  }

  record Reservation(String name, boolean isNew) {}
}
