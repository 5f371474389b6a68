package dev.seamgen.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with {@code --release 11} in this JVM: a {@code javac} process per
 * spec would spend most of its time starting up.
 */
final class Compilation {
  private final String classpath;

  Compilation(String classpath) {
    this.classpath = classpath;
  }

  /** The first error, as {@code File.java:line: message}; empty when the sources compiled. */
  String compile(Path sourceRoot, Path classes) throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    if (sources.isEmpty()) {
      return "no Java sources in " + sourceRoot.getFileName();
    }
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "11",
              "-classpath",
              classpath,
              "-d",
              classes.toString(),
              "-proc:none",
              "-nowarn",
              "-Xmaxerrs",
              "5",
              "-encoding",
              "UTF-8");
      boolean ok =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      if (ok) {
        return "";
      }
    } catch (UncheckedIOException e) {
      return "javac: " + e.getMessage();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .findFirst()
        .map(Compilation::describe)
        .orElse("javac failed without an error message");
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String where =
        d.getSource() == null
            ? ""
            : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
    return where + d.getMessage(Locale.ROOT).lines().findFirst().orElse("");
  }
}
