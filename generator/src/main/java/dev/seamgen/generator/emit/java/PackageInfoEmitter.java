package dev.seamgen.generator.emit.java;

import com.palantir.javapoet.CodeBlock;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.write.GeneratedFile;

/** Emits {@code package-info.java}, which JavaPoet does not write. */
final class PackageInfoEmitter {
  private final JavaContext context;

  PackageInfoEmitter(JavaContext context) {
    this.context = context;
  }

  GeneratedFile emit(String packageName, String javadoc) {
    Location source = Location.root(context.model().specFile());
    String body =
        "\n"
            + "/**\n"
            + " * "
            + javadoc.replace("\n", "\n * ")
            + "\n"
            + " */\n"
            + CodeBlock.of(
                "@javax.annotation.processing.Generated(value = $S, comments = $S)\n",
                JavaContext.GENERATOR,
                "from " + source.file())
            + "package "
            + packageName
            + ";\n";
    return new GeneratedFile(
        packageName.replace('.', '/') + "/package-info.java", source.file(), body);
  }
}
