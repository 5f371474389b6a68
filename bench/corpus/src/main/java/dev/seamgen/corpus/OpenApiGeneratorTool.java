package dev.seamgen.corpus;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * openapi-generator 7.25.0, {@code generate -g java --library native --skip-validate-spec}, run by
 * a long-lived {@link OpenApiGeneratorWorker} JVM. Validation is skipped as the benchmarks do: with
 * it, openapi-generator refuses many real-world specs outright, so this is its best case.
 */
final class OpenApiGeneratorTool implements Tool {
  private static final String GONE = "\u0000gone";

  private final List<String> command;
  private final Duration timeout;
  private Process worker;
  private Writer requests;
  private BlockingQueue<String> answers;

  OpenApiGeneratorTool(Path jar, Path workerClasses, Duration timeout) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    this.command =
        List.of(
            java,
            "-Xmx2g",
            "-cp",
            workerClasses + File.pathSeparator + jar,
            OpenApiGeneratorWorker.class.getName());
    this.timeout = timeout;
  }

  @Override
  public Generation generate(Path spec, Path output) throws IOException, InterruptedException {
    if (worker == null) {
      start(output.getParent());
    }
    Path log = output.resolveSibling(output.getFileName() + ".log");
    long start = System.nanoTime();
    requests.write(spec + "\t" + output + "\t" + log + "\n");
    requests.flush();
    String answer = answers.poll(timeout.toSeconds(), TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (answer == null) {
      stop();
      return new Generation(
          "timeout", 0, "no answer after " + timeout.toSeconds() + " s", output, seconds);
    }
    if (answer.equals(GONE)) {
      stop();
      return new Generation(
          "crashed", 0, "the JVM ended (System.exit or out of memory)", output, seconds);
    }
    if (answer.startsWith("fail\t")) {
      String error = answer.substring(5);
      String status = error.contains("SpecValidationException") ? "refused" : "crashed";
      return new Generation(status, 0, error, output, seconds);
    }
    Path sources = output.resolve("src/main/java");
    return new Generation("generated", operations(sources), "", sources, seconds);
  }

  /** Operations in the generated API classes: one {@code ...WithHttpInfo} method name each. */
  static int operations(Path sources) throws IOException {
    if (!Files.isDirectory(sources)) {
      return 0;
    }
    List<Path> apis;
    try (Stream<Path> walk = Files.walk(sources)) {
      apis =
          walk.filter(p -> p.getFileName().toString().endsWith("Api.java"))
              .filter(p -> p.getParent().getFileName().toString().equals("api"))
              .collect(Collectors.toList());
    }
    int count = 0;
    for (Path api : apis) {
      Set<String> names = new HashSet<>();
      for (String line : Files.readAllLines(api, StandardCharsets.UTF_8)) {
        String trimmed = line.strip();
        int at = trimmed.indexOf("WithHttpInfo(");
        if (trimmed.startsWith("public ApiResponse<") && at > 0) {
          names.add(trimmed.substring(trimmed.lastIndexOf(' ', at) + 1, at));
        }
      }
      count += names.size();
    }
    return count;
  }

  private void start(Path workDirectory) throws IOException {
    worker =
        new ProcessBuilder(command)
            .redirectError(
                ProcessBuilder.Redirect.appendTo(
                    workDirectory.resolve("openapi-generator-worker.err").toFile()))
            .start();
    requests = new OutputStreamWriter(worker.getOutputStream(), StandardCharsets.UTF_8);
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    answers = queue;
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
    Thread reader =
        new Thread(
            () -> {
              try {
                for (String line; (line = lines.readLine()) != null; ) {
                  queue.add(line);
                }
              } catch (IOException e) {
                // the worker was stopped; GONE below says so
              }
              queue.add(GONE);
            },
            "openapi-generator-answers");
    reader.setDaemon(true);
    reader.start();
  }

  private void stop() throws InterruptedException {
    if (worker != null) {
      worker.descendants().forEach(ProcessHandle::destroyForcibly);
      worker.destroyForcibly();
      worker.waitFor();
      worker = null;
    }
  }

  @Override
  public void close() {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
