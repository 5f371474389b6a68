package dev.seamgen.sdk.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.seamgen.sdk.FakeSeamServer;
import dev.seamgen.sdk.Seam;
import dev.seamgen.sdk.readme.ReadmeBlocks.Block;
import dev.seamgen.sdk.readme.ReadmeBlocks.Kind;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every {@code ```java} block of the project's README compiles against this SDK and runs against
 * Seam's fake server, as a newcomer would copy it: programs in a process of their own with {@code
 * SEAM_API_KEY} and {@code SEAM_ENDPOINT} set, snippets with the README's own import block and the
 * {@code seam} and {@code accounts} its first program creates. See {@link ReadmeBlocks} for how a
 * block says how it runs.
 */
class ReadmeTest {
  private static final Path README = Paths.get("../README.md");
  private static final Path WORK = Paths.get("target/readme-test");
  private static final Pattern PUBLIC_CLASS = Pattern.compile("public class (\\w+)");

  @RegisterExtension static final FakeSeamServer SERVER = new FakeSeamServer();

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesAndRuns() throws IOException {
    List<Block> blocks = ReadmeBlocks.parse(Files.readString(README)).blocks();
    assertTrue(
        blocks.stream().anyMatch(b -> b.kind() == Kind.PROGRAM),
        "the README starts with a whole program");
    List<DynamicTest> tests = new ArrayList<>();
    String imports = "";
    for (Block block : blocks) {
      if (block.kind() == Kind.PETSTORE
          || block.kind() == Kind.AUTH
          || block.kind() == Kind.FILES) {
        continue; // PublishedArtifactsIT runs it against Prism, with a REST client.
      }
      if (block.kind() == Kind.IMPORTS) {
        imports = block.code();
      }
      String importsForBlock = imports;
      tests.add(
          DynamicTest.dynamicTest(
              "README.md:"
                  + block.line()
                  + " ("
                  + block.kind().name().toLowerCase(Locale.ROOT)
                  + ")",
              () -> run(block, importsForBlock)));
    }
    return tests.stream();
  }

  private static void run(Block block, String imports) throws Exception {
    switch (block.kind()) {
      case PROGRAM -> runProgram(block);
      case IMPORTS ->
          compile(
              block,
              "ReadmeImports" + block.line(),
              block.code() + "class ReadmeImports" + block.line() + " {}\n",
              0);
      case SNIPPET -> runSnippet(block, imports, null);
      case THROWS -> runSnippet(block, imports, block.expectedThrow());
      case PETSTORE, AUTH, FILES -> throw new IllegalStateException("run by PublishedArtifactsIT");
    }
  }

  private static void runProgram(Block block) throws Exception {
    Matcher name = PUBLIC_CLASS.matcher(block.code());
    assertTrue(name.find(), "README.md:" + block.line() + ": a program needs a public class");
    Path classes = compile(block, name.group(1), block.code(), 0);

    ProcessBuilder java =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classes + File.pathSeparator + classPath(),
                name.group(1))
            .redirectErrorStream(true);
    java.environment().keySet().removeIf(key -> key.startsWith("SEAM_"));
    java.environment().put("SEAM_API_KEY", FakeSeamServer.API_KEY);
    java.environment().put("SEAM_ENDPOINT", SERVER.endpoint());
    Process process = java.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "README.md:" + block.line() + " hangs");
    assertEquals(0, process.exitValue(), "README.md:" + block.line() + " failed:\n" + output);
    assertFalse(output.isBlank(), "README.md:" + block.line() + " printed nothing");
    if (block.output() != null) {
      assertEquals(
          block.output(), output, "README.md:" + block.line() + ": the output the README shows");
    }
  }

  /** Runs the snippet as {@code run(seam, accounts)}; {@code expectedThrow} is "Name: message". */
  private static void runSnippet(Block block, String imports, String expectedThrow)
      throws Exception {
    String className = "ReadmeSnippet" + block.line();
    String header =
        imports
            + "public class "
            + className
            + " {\n"
            + "  public static void run(dev.seamgen.sdk.Seam seam,\n"
            + "      dev.seamgen.sdk.connectedaccounts.ConnectedAccountsClient accounts)\n"
            + "      throws Exception {\n";
    Path classes =
        compile(block, className, header + block.code() + "  }\n}\n", (int) header.lines().count());
    Seam seam = SERVER.client();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeTest.class.getClassLoader())) {
      loader
          .loadClass(className)
          .getDeclaredMethod(
              "run", Seam.class, dev.seamgen.sdk.connectedaccounts.ConnectedAccountsClient.class)
          .invoke(null, seam, seam.connectedAccounts());
      if (expectedThrow != null) {
        fail(
            "README.md:"
                + block.line()
                + " says it throws "
                + expectedThrow
                + ", but it ran to the end");
      }
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      String actual = thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
      if (expectedThrow == null) {
        throw new AssertionError("README.md:" + block.line() + " threw " + actual, thrown);
      }
      assertEquals(
          expectedThrow,
          actual,
          "README.md:" + block.line() + ": the comment must say what the code throws");
    }
  }

  /**
   * Compiles {@code source} as {@code className} into a folder of its own; a compile error fails
   * with the README line it is on ({@code offset} lines of wrapping come before the block).
   */
  private static Path compile(Block block, String className, String source, int offset)
      throws IOException {
    Path sources = WORK.resolve("src").resolve(className);
    Path classes = WORK.resolve("classes").resolve(className);
    Files.createDirectories(sources);
    Files.createDirectories(classes);
    Path file = sources.resolve(className + ".java");
    Files.writeString(file, source);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean ok =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of("-classpath", classPath(), "-d", classes.toString(), "-proc:none"),
                  null,
                  files.getJavaFileObjects(file))
              .call();
      if (!ok) {
        fail(
            diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(
                    d ->
                        "README.md:"
                            + (block.line() + d.getLineNumber() - 1 - offset)
                            + ": "
                            + d.getMessage(Locale.ROOT))
                .collect(
                    Collectors.joining(
                        "\n",
                        "a README example does not compile against "
                            + "the Seam SDK (every ```java block must; ReadmeBlocks says how a block is "
                            + "marked to run):\n",
                        "")));
      }
    }
    return classes;
  }

  /** The SDK, the runtime and their dependencies, as the test itself sees them. */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
