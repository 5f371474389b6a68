package dev.seamgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.ValueClassWriter.Flavor;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Resource;

/** Emits the request class of an operation, such as {@code ConnectedAccountsGetRequest}. */
final class RequestClassEmitter {
  private final JavaContext context;
  private final ValueClassWriter writer;

  RequestClassEmitter(JavaContext context) {
    this.context = context;
    this.writer = new ValueClassWriter(context.types(), Flavor.REQUEST);
  }

  static ClassName className(JavaContext context, Resource resource, Operation operation) {
    return ClassName.get(context.resourcePackage(resource), operation.request().className());
  }

  JavaFile emit(Resource resource, Operation operation) {
    ClassName name = className(context, resource, operation);
    CodeBlock.Builder checks = CodeBlock.builder();
    if (!operation.request().exactlyOneOf().isEmpty()) {
      CodeBlock.Builder args = CodeBlock.builder();
      for (String choice : operation.request().exactlyOneOf()) {
        args.add(", $S, $N", choice, choice);
      }
      checks.addStatement("$T.checkExactlyOne($S$L)", JavaNames.FIELDS, name.simpleName(),
          args.build());
    }
    StringBuilder javadoc = new StringBuilder("The request of {@link ")
        .append(context.resourceClientClass(resource).simpleName())
        .append("#").append(operation.javaName()).append("}: ")
        .append(SpecText.javadoc(operation.title())).append(".");
    if (!operation.description().isEmpty()) {
      javadoc.append("\n\n<p>").append(SpecText.javadoc(operation.description()));
    }
    if (!operation.request().exactlyOneOf().isEmpty()) {
      javadoc.append("\n\n<p>Set exactly one of {@code ")
          .append(String.join("}, {@code ", operation.request().exactlyOneOf()))
          .append("}.");
    }
    CodeBlock constraints = new ConstraintChecks(context.types())
        .checks(name.simpleName(), operation.request().properties());
    checks.add(constraints);
    StringBuilder throwsDoc = new StringBuilder();
    if (!operation.request().exactlyOneOf().isEmpty()) {
      throwsDoc.append("@throws IllegalStateException unless exactly one of ")
          .append(String.join(", ", operation.request().exactlyOneOf())).append(" is set\n");
    }
    if (!constraints.isEmpty()) {
      throwsDoc.append("@throws IllegalArgumentException naming a value the API does not "
          + "accept, before anything is sent\n");
    }
    TypeSpec spec = writer.write(name, operation.request().properties(), checks.build(),
        throwsDoc.toString())
        .addJavadoc("$L\n", javadoc)
        .addAnnotation(context.generated(operation.request().location()))
        .build();
    return context.file(name.packageName(), spec, operation.request().location());
  }
}
