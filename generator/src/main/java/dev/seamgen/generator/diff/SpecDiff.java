package dev.seamgen.generator.diff;

import dev.seamgen.generator.emit.java.poet.TypeMapper;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.ir.Result;
import dev.seamgen.generator.ir.TypeDef;
import dev.seamgen.generator.ir.TypeDef.EnumType;
import dev.seamgen.generator.ir.TypeDef.EnumValue;
import dev.seamgen.generator.ir.TypeDef.ObjectType;
import dev.seamgen.generator.ir.TypeDef.UnionType;
import dev.seamgen.generator.ir.TypeDef.Variant;
import dev.seamgen.generator.ir.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compares two versions of an API in terms of the Java SDK generated from them: which operations,
 * request parameters, model properties, enum values, union variants and credentials were added,
 * removed or changed, and whether each change breaks code written against the old SDK.
 *
 * <p>Open enums and unions keep unknown values, so an added enum value or union variant is not
 * breaking; a removed one is, because its constant or class disappears.
 */
public final class SpecDiff {
  private final List<Change> changes = new ArrayList<>();

  private SpecDiff() {}

  public static Changelog compare(ApiModel before, ApiModel after) {
    SpecDiff diff = new SpecDiff();
    diff.operations(before, after);
    diff.types(before, after);
    diff.credentials(before.auth(), after.auth());
    return new Changelog(diff.changes);
  }

  private void operations(ApiModel before, ApiModel after) {
    Map<String, Operation> old = operationsByName(before);
    Map<String, Operation> current = operationsByName(after);
    matchUp(
        old,
        current,
        (name, o) -> breaking(name, "operation removed"),
        (name, o) -> compatible(name, "added operation"),
        this::operation);
  }

  private void operation(String name, Operation before, Operation after) {
    String returnsBefore = returnType(before);
    String returnsAfter = returnType(after);
    if (!returnsBefore.equals(returnsAfter)) {
      breaking(name, "return type changed from " + returnsBefore + " to " + returnsAfter);
    }
    if (before.retrySafe() != after.retrySafe()) {
      compatible(
          name,
          "now "
              + (after.retrySafe()
                  ? "safe to retry on any transient failure"
                  : "a write: retried only where the server cannot have acted"));
    }
    String request = after.request().className();
    matchUp(
        byWireName(before.request().properties()),
        byWireName(after.request().properties()),
        (wire, p) -> breaking(request + "." + p.javaName() + "()", "request parameter removed"),
        (wire, p) -> {
          if (p.required()) {
            breaking(request + "." + p.javaName() + "()", "added required request parameter");
          } else {
            compatible(request + "." + p.javaName() + "()", "added optional request parameter");
          }
        },
        (wire, old, now) -> requestParameter(request + "." + now.javaName() + "()", old, now));
    if (!before.request().exactlyOneOf().equals(after.request().exactlyOneOf())) {
      breaking(
          request,
          "the parameters of which exactly one must be set changed from "
              + before.request().exactlyOneOf()
              + " to "
              + after.request().exactlyOneOf());
    }
  }

  private void requestParameter(String subject, Property before, Property after) {
    typeChange(subject, before.type(), after.type());
    if (!before.required() && after.required()) {
      breaking(subject, "became required");
    } else if (before.required() && !after.required()) {
      compatible(subject, "no longer required");
    }
  }

  private void types(ApiModel before, ApiModel after) {
    matchUp(
        byName(before.types(), TypeDef::name),
        byName(after.types(), TypeDef::name),
        (name, t) -> breaking(name, "type removed"),
        (name, t) -> compatible(name, "added " + kind(t)),
        this::type);
  }

  private void type(String name, TypeDef before, TypeDef after) {
    if (!kind(before).equals(kind(after))) {
      breaking(name, "changed from " + kind(before) + " to " + kind(after));
    } else if (before instanceof ObjectType old && after instanceof ObjectType now) {
      properties(name, old.properties(), now.properties());
    } else if (before instanceof EnumType old && after instanceof EnumType now) {
      matchUp(
          byName(old.values(), EnumValue::wireValue),
          byName(now.values(), EnumValue::wireValue),
          (wire, v) -> breaking(name + "." + v.constantName(), "enum value '" + wire + "' removed"),
          (wire, v) -> compatible(name + "." + v.constantName(), "added enum value '" + wire + "'"),
          (wire, o, n) -> {});
    } else if (before instanceof UnionType old && after instanceof UnionType now) {
      matchUp(
          byName(old.variants(), Variant::code),
          byName(now.variants(), Variant::code),
          (code, v) ->
              breaking(name + "." + v.type().name(), "union variant '" + code + "' removed"),
          (code, v) ->
              compatible(name + "." + v.type().name(), "added union variant '" + code + "'"),
          (code, o, n) ->
              properties(
                  name + "." + n.type().name(), o.type().properties(), n.type().properties()));
    }
  }

  private void properties(String owner, List<Property> before, List<Property> after) {
    matchUp(
        byWireName(before),
        byWireName(after),
        (wire, p) -> breaking(owner + "." + p.javaName() + "()", "property removed"),
        (wire, p) -> compatible(owner + "." + p.javaName() + "()", "added property"),
        (wire, old, now) -> {
          String subject = owner + "." + now.javaName() + "()";
          if (!typeChange(subject, old.type(), now.type())
              && TypeMapper.modelReadsPlain(old) != TypeMapper.modelReadsPlain(now)) {
            breaking(
                subject,
                TypeMapper.modelReadsPlain(now)
                    ? "now required: returns "
                        + TypeMapper.describe(now.type())
                        + " instead of Optional"
                    : "no longer required: returns Optional<"
                        + TypeMapper.describe(now.type())
                        + ">");
          }
          if (old.deprecation().isEmpty() && now.deprecation().isPresent()) {
            compatible(subject, "deprecated");
          }
        });
  }

  private void credentials(Auth before, Auth after) {
    matchUp(
        byName(before.credentials(), Auth.Credential::name),
        byName(after.credentials(), Auth.Credential::name),
        (name, c) -> breaking("builder." + name + "(...)", "credential removed"),
        (name, c) -> compatible("builder." + name + "(...)", "added credential"),
        (name, o, n) -> {});
  }

  /** Reports a changed Java type; returns whether it did. */
  private boolean typeChange(String subject, TypeRef before, TypeRef after) {
    String old = TypeMapper.describe(before);
    String now = TypeMapper.describe(after);
    if (!old.equals(now)) {
      breaking(subject, "type changed from " + old + " to " + now);
      return true;
    }
    return false;
  }

  private static String returnType(Operation operation) {
    if (operation.pagination().isPresent()) {
      return "Page<" + TypeMapper.describe(operation.pagination().get().itemType()) + ">";
    }
    return operation
        .result()
        .map(r -> r.kind() == Result.Kind.BINARY ? "Download" : TypeMapper.describe(r.type()))
        .orElse("void");
  }

  private static String kind(TypeDef type) {
    if (type instanceof EnumType) {
      return "enum";
    }
    return type instanceof UnionType ? "union" : "model";
  }

  private static Map<String, Operation> operationsByName(ApiModel model) {
    Map<String, Operation> operations = new LinkedHashMap<>();
    for (Resource resource : model.allResources()) {
      for (Operation operation : resource.operations()) {
        operations.put(resource.javaName() + "Client." + operation.javaName() + "()", operation);
      }
    }
    return operations;
  }

  private static Map<String, Property> byWireName(List<Property> properties) {
    return byName(properties, Property::wireName);
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> result = new LinkedHashMap<>();
    items.forEach(item -> result.putIfAbsent(name.apply(item), item));
    return result;
  }

  /** Calls {@code removed}, {@code added} or {@code both} for every key of either map. */
  private static <T> void matchUp(
      Map<String, T> before,
      Map<String, T> after,
      java.util.function.BiConsumer<String, T> removed,
      java.util.function.BiConsumer<String, T> added,
      Both<T> both) {
    before.forEach(
        (key, old) -> {
          T now = after.get(key);
          if (now == null) {
            removed.accept(key, old);
          } else {
            both.accept(key, old, now);
          }
        });
    after.forEach(
        (key, now) -> {
          if (!before.containsKey(key)) {
            added.accept(key, now);
          }
        });
  }

  @FunctionalInterface
  private interface Both<T> {
    void accept(String key, T before, T after);
  }

  private void breaking(String subject, String description) {
    changes.add(new Change(true, subject, description));
  }

  private void compatible(String subject, String description) {
    changes.add(new Change(false, subject, description));
  }
}
