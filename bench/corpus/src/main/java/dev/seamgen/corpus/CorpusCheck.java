package dev.seamgen.corpus;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs one generator over every spec of the sample, compiles each output, and writes one row per
 * spec. Usage: {@code CorpusCheck TOOL SAMPLE MODULES TOOLS CLASSPATH_FILE WORK RESULTS JOBS
 * TIMEOUT_S [FILTER]}, where TOOL is {@code seamgen} or {@code openapi-generator} and FILTER, if
 * given, keeps only the specs whose path contains it.
 */
public final class CorpusCheck {
  private CorpusCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 9) {
      System.err.println(
          "usage: CorpusCheck seamgen|openapi-generator SAMPLE MODULES TOOLS CLASSPATH_FILE WORK"
              + " RESULTS JOBS TIMEOUT_S [FILTER]");
      System.exit(2);
    }
    String tool = args[0];
    Path modules = Path.of(args[2]);
    Path tools = Path.of(args[3]);
    String classpath = Files.readString(Path.of(args[4])).strip();
    Path work = Path.of(args[5]).toAbsolutePath();
    Path results = Path.of(args[6]);
    int jobs = Integer.parseInt(args[7]);
    Duration timeout = Duration.ofSeconds(Long.parseLong(args[8]));
    String filter = args.length > 9 ? args[9] : "";

    List<String> sample = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    // Rows are appended as specs finish, so that an interrupted run resumes where it stopped.
    Map<String, Result> finished = new LinkedHashMap<>();
    if (Files.exists(results)) {
      List<String> earlier = Files.readAllLines(results, StandardCharsets.UTF_8);
      for (String line : earlier.subList(Math.min(1, earlier.size()), earlier.size())) {
        Result row = Result.fromTsv(line);
        finished.put(row.file(), row);
      }
    } else {
      Files.createDirectories(results.toAbsolutePath().getParent());
      Files.writeString(results, String.join("\t", Result.HEADER) + "\n", StandardCharsets.UTF_8);
    }
    List<String> specs = new ArrayList<>();
    for (String line : sample.subList(1, sample.size())) {
      String file = line.split("\t")[0];
      if (file.contains(filter) && !finished.containsKey(file)) {
        specs.add(file);
      }
    }
    // A scrambled but fixed order, so that the specs done when a run is stopped early are spread
    // over the whole sample (its providers, sizes and versions), not its first letters.
    specs.sort(Comparator.comparingInt(file -> file.hashCode() * 0x9E3779B1));
    if (!finished.isEmpty()) {
      System.out.println(
          "corpus: " + finished.size() + " specs done earlier, " + specs.size() + " to go");
    }
    deleteTree(work);
    Files.createDirectories(work);
    ClassLoader seamgenCli =
        new URLClassLoader(
            new URL[] {tools.resolve("seamgen-cli.jar").toUri().toURL()},
            ClassLoader.getPlatformClassLoader());
    Path workerClasses =
        Path.of(CorpusCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    ConcurrentLinkedQueue<Integer> todo = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < specs.size(); i++) {
      todo.add(i);
    }
    Result[] rows = new Result[specs.size()];
    AtomicInteger done = new AtomicInteger();
    Compilation compilation = new Compilation(classpath);
    List<Thread> threads = new ArrayList<>();
    List<Exception> failures = new ArrayList<>();
    for (int j = 0; j < jobs; j++) {
      Thread thread =
          new Thread(
              () -> {
                try (Tool generator =
                    tool.equals("seamgen")
                        ? new SeamgenTool(seamgenCli, timeout)
                        : new OpenApiGeneratorTool(
                            tools.resolve("openapi-generator-cli.jar"), workerClasses, timeout)) {
                  for (Integer i; (i = todo.poll()) != null; ) {
                    rows[i] =
                        check(
                            generator,
                            compilation,
                            modules.resolve(specs.get(i)),
                            specs.get(i),
                            work.resolve(Integer.toString(i)));
                    append(results, rows[i]);
                    System.out.printf(
                        "[%d/%d] %s: %s, compiled %s %s%n",
                        done.incrementAndGet(),
                        specs.size(),
                        specs.get(i),
                        rows[i].status(),
                        rows[i].compiled(),
                        rows[i].message());
                  }
                } catch (Exception e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              },
              "corpus-" + j);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    // In the sample's order, whatever order the workers finished in.
    for (int i = 0; i < specs.size(); i++) {
      finished.put(specs.get(i), rows[i]);
    }
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", Result.HEADER));
    for (String line : sample.subList(1, sample.size())) {
      Result row = finished.get(line.split("\t")[0]);
      if (row != null) {
        lines.add(row.toTsv());
      }
    }
    Files.write(results, lines, StandardCharsets.UTF_8);
    System.out.println("corpus: wrote " + results);
    System.exit(0); // a seamgen run past its timeout may still be going on a daemon thread
  }

  private static Result check(
      Tool generator, Compilation compilation, Path spec, String file, Path output)
      throws IOException, InterruptedException {
    Generation generation = generator.generate(spec, output);
    String compiled = "-";
    double compileSeconds = 0;
    String message = generation.message();
    boolean leftover = false;
    if (generation.generated()) {
      long start = System.nanoTime();
      String error =
          compilation.compile(
              generation.sources(), output.resolveSibling(output.getFileName() + ".classes"));
      compileSeconds = (System.nanoTime() - start) / 1e9;
      compiled = error.isEmpty() ? "yes" : "no";
      message = error.isEmpty() ? generation.message() : error;
    } else {
      leftover = holdsFiles(output);
    }
    deleteTree(output);
    deleteTree(output.resolveSibling(output.getFileName() + ".classes"));
    Files.deleteIfExists(output.resolveSibling(output.getFileName() + ".log"));
    return new Result(
        file,
        generation.status(),
        generation.operations(),
        compiled,
        generation.seconds(),
        compileSeconds,
        leftover,
        message);
  }

  private static synchronized void append(Path results, Result row) throws IOException {
    Files.writeString(
        results, row.toTsv() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static boolean holdsFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.anyMatch(Files::isRegularFile);
    }
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
