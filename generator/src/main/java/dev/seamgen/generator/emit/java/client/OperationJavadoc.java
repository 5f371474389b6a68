package dev.seamgen.generator.emit.java.client;

import static dev.seamgen.generator.emit.java.poet.JavaNames.DOWNLOAD;

import com.palantir.javapoet.MethodSpec;
import dev.seamgen.generator.emit.SpecText;
import dev.seamgen.generator.emit.java.poet.JavaNames;
import dev.seamgen.generator.emit.java.poet.TypeMapper;
import dev.seamgen.generator.ir.Operation;

/**
 * The Javadoc every overload of an operation starts with: the spec's text, the HTTP method and
 * path, what a download asks of the caller, the error bodies and any deprecation.
 */
final class OperationJavadoc {
  /** Errors as a blocking method documents them: it throws. */
  static final String THROWS = "\n@throws $T for an error status; $L\n";

  private final TypeMapper types;
  private final String errorsJavadoc;

  /**
   * @param errorsJavadoc as {@link MethodStyle#errorsJavadoc()}
   */
  OperationJavadoc(TypeMapper types, String errorsJavadoc) {
    this.types = types;
    this.errorsJavadoc = errorsJavadoc;
  }

  /** A method of the operation's name, documented. */
  MethodSpec.Builder method(Operation operation) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(operation.javaName());
    String text =
        operation.description().isEmpty()
            ? SpecText.javadoc(operation.title())
            : SpecText.javadoc(operation.description());
    method.addJavadoc(
        "$L\n\n<p>$L$L\n",
        text,
        SpecText.code(operation.httpMethod() + " " + operation.pathWithFixedQuery()),
        operation.otherMethods().isEmpty()
            ? ""
            : " (also stands for "
                + SpecText.code(String.join(", ", operation.otherMethods()))
                + ")");
    if (Answers.isDownload(operation)) {
      method.addJavadoc(
          "\n<p>The answer's body is streamed, not read into memory: close the {@link $T} when"
              + " done.\n",
          DOWNLOAD);
    }
    ErrorBodyDocs.of(operation, types)
        .ifPresent(errors -> method.addJavadoc(errorsJavadoc, JavaNames.API_EXCEPTION, errors));
    operation
        .deprecation()
        .ifPresent(
            note ->
                method
                    .addAnnotation(Deprecated.class)
                    .addJavadoc(
                        "\n@deprecated $L\n",
                        note.isEmpty()
                            ? "The API marks this deprecated."
                            : SpecText.javadoc(note)));
    return method;
  }
}
