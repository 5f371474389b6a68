package dev.seamgen.bench;

import com.palantir.javapoet.JavaFile;
import dev.seamgen.generator.config.Conventions;
import dev.seamgen.generator.emit.java.JavaEmitter;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.read.SpecReader;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the libraries seamgen must use cost by themselves on each spec, as a floor under its
 * generation time: Swagger Parser reading the spec in a JVM of its own (started as {@code java}
 * with the defaults, wall time and peak memory from {@code /usr/bin/time}), and JavaPoet turning
 * seamgen's classes into text inside a generation run (the time spent in {@code
 * JavaFile.toString()} and the bytes it allocates, measured on the one thread that renders).
 *
 * <p>Usage: {@code LibraryFloor <seamgen-cli.jar> <rounds> <work dir> <out.csv> <spec>...}; the two
 * measurements run as {@code LibraryFloor parse <spec>} and {@code LibraryFloor render <spec>
 * <out>}, each in a fresh JVM with seamgen's jar on the class path.
 */
public final class LibraryFloor {
  private LibraryFloor() {}

  static final String CSV_HEADER = "part,spec,round,seconds,max_rss_kb,allocated_mb\n";
  static final String SWAGGER_PARSER = "swagger-parser";
  static final String JAVAPOET = "javapoet";

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "parse" -> parse(Path.of(args[1]));
      case "render" -> render(Path.of(args[1]), Path.of(args[2]));
      default -> race(args);
    }
  }

  private static void race(String[] args) throws Exception {
    Path cli = Path.of(args[0]).toAbsolutePath();
    int rounds = Integer.parseInt(args[1]);
    Path work = Files.createDirectories(Path.of(args[2]).toAbsolutePath());
    // seamgen's jar first, so that every library class comes from it as in `java -jar`.
    String classPath =
        cli
            + File.pathSeparator
            + Path.of(
                LibraryFloor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Writer out = Files.newBufferedWriter(Path.of(args[3]))) {
      out.write(CSV_HEADER);
      for (int round = 1; round <= rounds; round++) {
        for (String spec : List.of(args).subList(4, args.length)) {
          Path specFile = Path.of(spec).toAbsolutePath();
          String name = specFile.getFileName().toString();
          Timed.Run parsed = inNewJvm(classPath, work, "parse", specFile.toString());
          out.write(
              String.join(
                      ",",
                      SWAGGER_PARSER,
                      name,
                      Integer.toString(round),
                      parsed.ok() ? parsed.seconds() : "nan",
                      parsed.maxRssKb(),
                      "")
                  + "\n");
          Path measured = work.resolve("render.txt");
          Timed.Run rendered =
              inNewJvm(classPath, work, "render", specFile.toString(), measured.toString());
          String[] figures =
              rendered.ok()
                  ? Files.readString(measured).strip().split(" ")
                  : new String[] {"nan", "nan"};
          out.write(
              String.join(",", JAVAPOET, name, Integer.toString(round), figures[0], "", figures[1])
                  + "\n");
          out.flush();
          System.out.printf(
              Locale.ROOT,
              "floor %s round %d: Swagger Parser %s s, %s KB; JavaPoet %s s, %s MB%n",
              name,
              round,
              parsed.seconds(),
              parsed.maxRssKb(),
              figures[0],
              figures[1]);
        }
      }
    }
  }

  /** {@code LibraryFloor <mode> <arguments>} in a JVM of its own, with the defaults. */
  private static Timed.Run inNewJvm(String classPath, Path work, String mode, String... arguments)
      throws IOException {
    List<String> command =
        new ArrayList<>(List.of("java", "-cp", classPath, LibraryFloor.class.getName(), mode));
    command.addAll(List.of(arguments));
    return Timed.run(command, work, work.resolve(mode + ".log"));
  }

  /** Swagger Parser alone, with the options seamgen reads a one-file spec with. */
  private static void parse(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    if (new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options).getOpenAPI()
        == null) {
      throw new IllegalStateException("Swagger Parser read no document from " + spec);
    }
  }

  /** A seamgen run up to its Java sources, timing JavaPoet's rendering; writes "seconds MB". */
  private static void render(Path spec, Path out) throws Exception {
    ApiModel model = SpecReader.read(spec, warning -> {});
    JavaContext context =
        new JavaContext(model, "com.example.floor", "Client", "floor", "1", Conventions.STANDARD);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] spent = new long[2];
    Function<JavaFile, String> timed =
        file -> {
          long bytes = threads.getCurrentThreadAllocatedBytes();
          long start = System.nanoTime();
          String text = file.toString();
          spent[0] += System.nanoTime() - start;
          spent[1] += threads.getCurrentThreadAllocatedBytes() - bytes;
          return text;
        };
    new JavaEmitter(context).emit(timed);
    Files.writeString(
        out, String.format(Locale.ROOT, "%.2f %d", spent[0] / 1e9, spent[1] / (1024 * 1024)));
  }
}
