package dev.seamgen.generator.emit.java.value;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The value-class overrides of {@link Object}: {@code equals} and {@code hashCode} over every
 * member, and a {@code toString} that shows each one but secrets, for any class with named fields.
 */
final class ModelMethodOverrides {
  /** What {@code toString()} shows in place of a secret. */
  static final String REDACTED = "[REDACTED]";

  private ModelMethodOverrides() {}

  static MethodSpec equalsMethod(ClassName className, List<String> members) {
    MethodSpec.Builder equals =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "other")
            .beginControlFlow("if (this == other)")
            .addStatement("return true")
            .endControlFlow()
            .beginControlFlow("if (!(other instanceof $T))", className)
            .addStatement("return false")
            .endControlFlow();
    if (members.isEmpty()) {
      return equals.addStatement("return true").build();
    }
    equals.addStatement("$T that = ($T) other", className, className);
    CodeBlock.Builder comparison = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      comparison.add(i == 0 ? "" : "\n    && ");
      // this. and that. both: a member may be called other or that.
      comparison.add("$T.equals(this.$N, that.$N)", Objects.class, members.get(i), members.get(i));
    }
    return equals.addStatement("return $L", comparison.build()).build();
  }

  static MethodSpec hashCodeMethod(List<String> members) {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($L)", Objects.class, String.join(", ", members))
        .build();
  }

  /**
   * {@code Pet{petId=..., name=...}}, with {@code [REDACTED]} for each of {@code secrets}: a
   * password or token an answer carries must not reach a log through it.
   */
  static MethodSpec toStringMethod(ClassName className, List<String> members, Set<String> secrets) {
    CodeBlock.Builder body = CodeBlock.builder().add("return $S", className.simpleName() + "{");
    for (int i = 0; i < members.size(); i++) {
      String label = (i == 0 ? "" : ", ") + members.get(i) + "=";
      if (secrets.contains(members.get(i))) {
        body.add("\n    + $S", label + REDACTED);
      } else {
        body.add("\n    + $S + $N", label, members.get(i));
      }
    }
    body.add("\n    + $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("$L", body.build())
        .build();
  }
}
