package dev.seamgen.generator.emit.java.value;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.TypeDef.ObjectType;

/** Emits the immutable model class of an object schema, such as {@code ConnectedAccount}. */
public final class ModelClassEmitter {
  private final JavaContext context;
  private final ValueClassWriter writer;

  public ModelClassEmitter(JavaContext context) {
    this.context = context;
    this.writer = ValueClassWriter.forModels(context.types());
  }

  public JavaFile emit(ObjectType type) {
    ClassName className = context.types().named(type.name());
    TypeSpec spec =
        writer
            .write(className, type.properties(), CodeBlock.of(""), "")
            .addJavadoc("$L\n", javadoc(type))
            .addAnnotation(context.generated(type.location()))
            .build();
    return context.file(className.packageName(), spec, type.location());
  }

  static String javadoc(ObjectType type) {
    return type.description().isEmpty()
        ? "The {@code " + type.name() + "} object."
        : SpecText.javadoc(type.description());
  }
}
