package dev.seamgen.generator.emit.docs;

import com.palantir.javapoet.CodeBlock;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.emit.java.poet.TypeMapper;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.ir.Result;
import dev.seamgen.generator.ir.TypeDef;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.naming.Naming;
import java.util.ArrayList;
import java.util.List;

/** Writes the Java usage example of an operation, as shown in the README and reference pages. */
final class JavaExamples {
  private final JavaContext context;

  JavaExamples(JavaContext context) {
    this.context = context;
  }

  String example(Resource resource, Operation operation) {
    String client = Naming.memberName(context.clientName());
    String call = client + "." + context.accessorChain(resource) + "." + operation.javaName();
    List<Property> shown = shownProperties(operation);
    StringBuilder code = new StringBuilder();
    String result = resultDeclaration(operation);
    code.append(result);
    code.append(call).append("(").append(operation.request().className()).append(".builder()");
    for (Property p : shown) {
      code.append("\n    .").append(p.javaName()).append("(").append(value(p)).append(")");
    }
    if (isDownload(operation)) {
      // A download is closed when read: the example shows the block that does it.
      code.append("\n    .build())) {\n")
          .append("    Files.copy(download.body(), Path.of(\"download\"));\n}");
      return code.toString();
    }
    code.append("\n    .build());");
    if (operation.pagination().isPresent()) {
      String item = typeName(operation.pagination().get().itemType());
      code.append("\nfor (")
          .append(item)
          .append(" item : page.autoPager()) {\n")
          .append("    // every item of every page, each page fetched when reached\n}");
    }
    return code.toString();
  }

  private String resultDeclaration(Operation operation) {
    if (isDownload(operation)) {
      return "try (Download download = ";
    }
    if (operation.pagination().isPresent()) {
      return "Page<" + typeName(operation.pagination().get().itemType()) + "> page = ";
    }
    return operation
        .result()
        .map(
            r ->
                typeName(r.type())
                    + " "
                    + (r.key().isEmpty() ? "result" : Naming.memberName(r.key()))
                    + " = ")
        .orElse("");
  }

  /** The type an operation's call returns, as the docs name it, without {@code Page<...>}. */
  static String resultTypeName(Result result) {
    return result.kind() == Result.Kind.BINARY ? "Download" : typeName(result.type());
  }

  private static boolean isDownload(Operation operation) {
    return operation.result().map(r -> r.kind() == Result.Kind.BINARY).orElse(false);
  }

  /** The required properties, one choice of a oneOf, or else the first optional one. */
  private static List<Property> shownProperties(Operation operation) {
    List<Property> shown = new ArrayList<>();
    List<String> choices = operation.request().exactlyOneOf();
    for (Property p : operation.request().properties()) {
      if (p.required() || (!choices.isEmpty() && choices.get(0).equals(p.javaName()))) {
        shown.add(p);
      }
    }
    if (shown.isEmpty()) {
      operation.request().properties().stream()
          .filter(p -> !p.deprecated())
          .findFirst()
          .ifPresent(shown::add);
    }
    return shown;
  }

  private String value(Property p) {
    return value(p.type(), p.wireName());
  }

  private String value(TypeRef type, String wireName) {
    if (type instanceof TypeRef.Primitive primitive) {
      return switch (primitive.kind()) {
        case STRING -> stringLiteral(placeholder(wireName));
        case INT32 -> "50";
        case INT64 -> "50L";
        case NUMBER -> "1.0";
        case BOOLEAN -> "true";
        case DATE_TIME -> "OffsetDateTime.parse(\"2025-06-15T16:54:17Z\")";
        case DATE -> "LocalDate.parse(\"2025-06-15\")";
        case FILE -> "FilePart.of(Path.of(\"" + placeholder(wireName) + "\"))";
      };
    }
    if (type instanceof TypeRef.Named named) {
      return context
          .model()
          .type(named.name())
          .filter(t -> t instanceof TypeDef.EnumType e && !e.values().isEmpty())
          .map(t -> named.name() + "." + ((TypeDef.EnumType) t).values().get(0).constantName())
          .orElse(named.name() + ".builder().build()");
    }
    if (type instanceof TypeRef.ListOf list) {
      return "List.of(" + value(list.element(), Naming.singular(wireName)) + ")";
    }
    if (type instanceof TypeRef.MapOf map) {
      String mapValue =
          map.value() instanceof TypeRef.AnyOf ? "\"internalId1\"" : value(map.value(), "value");
      return "Map.of(\"id\", " + mapValue + ")";
    }
    return stringLiteral(placeholder(wireName));
  }

  /** {@code text} as a Java string literal, quotes and backslashes escaped. */
  private static String stringLiteral(String text) {
    return CodeBlock.of("$S", text).toString();
  }

  private static String placeholder(String wireName) {
    if (wireName.endsWith("email")) {
      return "jane@example.com";
    }
    return wireName.replace('_', '-') + "-1";
  }

  static String typeName(TypeRef type) {
    return TypeMapper.describe(type);
  }
}
