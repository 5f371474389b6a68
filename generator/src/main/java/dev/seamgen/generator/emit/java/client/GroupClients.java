package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.API_CORE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Resource;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * What the clients that hold groups share: the public constructor from the runtime's {@code
 * ApiCore}, a field and an accessor per group they lead to ({@code seam.acs().users()}), and the
 * spec location a group's clients come from.
 */
final class GroupClients {
  private GroupClients() {}

  /** A group's clients come from the spec's paths as a whole. */
  static Location source(JavaContext context) {
    return new Location(context.model().specFile(), "/paths");
  }

  /** The constructor the root client calls, with the {@code core} field set. */
  static MethodSpec.Builder constructor(JavaContext context) {
    return MethodSpec.constructorBuilder()
        .addJavadoc(
            "For {@link $T}; applications get this client from it.\n", context.clientClass())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(API_CORE, "core")
        .addStatement("this.core = $T.requireNonNull(core, $S)", Objects.class, "core == null");
  }

  /**
   * The field {@code constructor} sets to {@code client} of the group {@code child}, and its
   * accessor.
   *
   * @param note what follows "The group operations" in the accessor's Javadoc: {@code ""} or {@code
   *     ", without blocking"}
   */
  static void addAccessor(
      TypeSpec.Builder spec,
      MethodSpec.Builder constructor,
      Resource child,
      ClassName client,
      String note) {
    String field = child.accessor();
    spec.addField(client, field, Modifier.PRIVATE, Modifier.FINAL);
    constructor.addStatement("this.$N = new $T(core)", field, client);
    spec.addMethod(
        MethodSpec.methodBuilder(field)
            .addJavadoc("The $L operations$L.\n", SpecText.code(child.qualifiedName()), note)
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addStatement("return $N", field)
            .build());
  }
}
