package dev.seamgen.corpus;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

/**
 * A JVM that runs openapi-generator's command line once per line of its standard input ({@code spec
 * TAB output TAB log}), so that only the first spec pays for starting it. It answers each line with
 * {@code ok}, or {@code fail TAB} the exception that ended the run. Its classpath is this class and
 * openapi-generator-cli.jar, called by name: the fat jar is not a compile-time dependency. {@link
 * OpenApiGeneratorTool} restarts it when a run times out or ends the JVM.
 */
public final class OpenApiGeneratorWorker {
  private OpenApiGeneratorWorker() {}

  public static void main(String[] args) throws Exception {
    PrintStream answers = System.out;
    var main =
        Class.forName("org.openapitools.codegen.OpenAPIGenerator")
            .getMethod("main", String[].class);
    BufferedReader requests =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = requests.readLine()) != null; ) {
      String[] request = line.split("\t");
      String[] cli = {
        "generate",
        "-g",
        "java",
        "--library",
        "native",
        "--skip-validate-spec",
        "-i",
        request[0],
        "-o",
        request[1]
      };
      try (PrintStream log = new PrintStream(new FileOutputStream(request[2]), true, "UTF-8")) {
        System.setOut(log);
        System.setErr(log);
        main.invoke(null, (Object) cli);
        answers.println("ok");
      } catch (InvocationTargetException e) {
        answers.println("fail\t" + Result.clean(String.valueOf(rootCause(e.getCause()))));
      } catch (RuntimeException | LinkageError e) {
        answers.println("fail\t" + Result.clean(e.toString()));
      }
      answers.flush();
    }
  }

  private static Throwable rootCause(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
