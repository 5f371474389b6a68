package dev.seamgen.corpus;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * seamgen's command line called in this JVM through {@code SeamgenCli.execute}, which returns the
 * exit code {@code main} would exit with (0 generated, 1 the spec has problems, 2 wrong usage, 3
 * internal error), so that every spec after the first runs on a warm JVM.
 */
final class SeamgenTool implements Tool {
  private static final Pattern SUMMARY = Pattern.compile("(\\d+) of (\\d+) operations");

  private final Method execute;
  private final Duration timeout;
  private ExecutorService thread = newThread();

  SeamgenTool(ClassLoader cli, Duration timeout) throws ReflectiveOperationException {
    this.execute =
        cli.loadClass("dev.seamgen.generator.cli.SeamgenCli")
            .getMethod("execute", String[].class, PrintWriter.class, PrintWriter.class);
    this.timeout = timeout;
  }

  @Override
  public Generation generate(Path spec, Path output) throws InterruptedException {
    String[] args = {
      "generate",
      "--spec",
      spec.toString(),
      "--output",
      output.toString(),
      "--package",
      "com.example.corpus",
      "--conventions",
      "standard"
    };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    Future<Integer> run =
        thread.submit(
            () -> (Integer) execute.invoke(null, args, new PrintWriter(out), new PrintWriter(err)));
    int exit;
    try {
      exit = run.get(timeout.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      // The run may ignore the interrupt: later specs get a thread of their own.
      thread.shutdownNow();
      thread = newThread();
      return new Generation(
          "timeout", 0, "no answer after " + timeout.toSeconds() + " s", output, seconds(start));
    } catch (ExecutionException e) {
      // execute() turns exceptions into exit code 3; what comes out here is an Error.
      Throwable cause = e.getCause().getCause() != null ? e.getCause().getCause() : e.getCause();
      return new Generation("crashed", 0, cause.toString(), output, seconds(start));
    }
    double seconds = seconds(start);
    switch (exit) {
      case 0:
        Matcher summary = SUMMARY.matcher(out.toString());
        int operations = summary.find() ? Integer.parseInt(summary.group(1)) : 0;
        // When operations were left out, the first warning saying why (shown if it compiles).
        String leftOut =
            err.toString()
                .lines()
                .filter(l -> l.contains(" left out: "))
                .findFirst()
                .map(l -> l.replace(spec.toString(), "").replaceFirst("^:", ""))
                .orElse("");
        return new Generation("generated", operations, leftOut, output, seconds);
      case 1:
        return new Generation("refused", 0, firstError(err.toString(), spec), output, seconds);
      default:
        return new Generation(
            "crashed",
            0,
            "exit " + exit + ": " + firstError(err.toString(), spec),
            output,
            seconds);
    }
  }

  /** The first line naming an error, without the spec's path (the row names the spec). */
  private static String firstError(String err, Path spec) {
    String line =
        err.lines()
            .filter(l -> l.contains(": error: ") || l.startsWith("seamgen: "))
            .findFirst()
            .orElse(err.lines().findFirst().orElse(""));
    return line.replace(spec.toString(), "").replaceFirst("^:", "");
  }

  private static ExecutorService newThread() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "seamgen");
          t.setDaemon(true); // a run past its timeout must not keep the JVM alive
          return t;
        });
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
