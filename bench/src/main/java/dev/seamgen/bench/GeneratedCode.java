package dev.seamgen.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the generated code itself: each tool generates each spec once ({@code java -jar}, as in
 * the race), then its Java sources are counted and compiled with {@code javac --release 11} against
 * that tool's dependencies ({@code seamgen-runtime} for seamgen; the dependencies of the {@code
 * pom.xml} openapi-generator writes beside its code), {@code runs} times from scratch. Records
 * lines of Java, {@code javac}'s wall time and errors, and the bytes of {@code .class} files
 * written.
 *
 * <p>Usage: {@code GeneratedCode <seamgen-cli.jar> <openapi-generator-cli.jar> <mvn> <seamgen
 * version> <runs> <work dir> <out.csv> <spec>...}
 */
public final class GeneratedCode {
  private static final Pattern ERRORS = Pattern.compile("^(\\d+) errors?$", Pattern.MULTILINE);

  private GeneratedCode() {}

  public static void main(String[] args) throws Exception {
    Path ours = Path.of(args[0]).toAbsolutePath();
    Path theirs = Path.of(args[1]).toAbsolutePath();
    String mvn = args[2];
    String version = args[3];
    int runs = Integer.parseInt(args[4]);
    Path work = Files.createDirectories(Path.of(args[5]));
    Path csv = Path.of(args[6]);
    try (Writer out = Files.newBufferedWriter(csv)) {
      out.write(
          "tool,spec,java_files,java_lines,run,javac_seconds,javac_exit,errors,class_files,"
              + "class_bytes\n");
      for (String arg : List.of(args).subList(7, args.length)) {
        Path spec = Path.of(arg).toAbsolutePath();
        for (String tool : List.of(GenerationRace.SEAMGEN, GenerationRace.OPENAPI_GENERATOR)) {
          Path folder = work.resolve(tool + "-" + spec.getFileName());
          Timed.deleteTree(folder);
          Files.createDirectories(folder);
          Path output = folder.resolve("generated");
          Timed.Run generated =
              Timed.run(
                  GenerationRace.command(tool, ours, theirs, null, spec, output),
                  folder,
                  folder.resolve("generate.log"));
          if (!generated.ok()) {
            String line = String.join(",", tool, spec.getFileName().toString(), "0,0,0,,,,,");
            out.write(line + "\n");
            System.out.println("code: " + line + " (generation failed)");
            continue;
          }
          boolean ourTool = tool.equals(GenerationRace.SEAMGEN);
          Path sources = ourTool ? output : output.resolve("src/main/java");
          Path pom = ourTool ? runtimePom(folder, version) : output.resolve("pom.xml");
          String classpath = classpath(mvn, pom, folder);
          List<Path> files = javaFiles(sources);
          long lines = 0;
          for (Path file : files) {
            try (Stream<String> text = Files.lines(file, StandardCharsets.UTF_8)) {
              lines += text.count();
            }
          }
          Path argFile = folder.resolve("sources.txt");
          Files.write(argFile, files.stream().map(Path::toString).toList());
          for (int run = 1; run <= runs; run++) {
            Path classes = folder.resolve("classes");
            Timed.deleteTree(classes);
            Files.createDirectories(classes);
            Path log = folder.resolve("javac.log");
            Timed.Run javac =
                Timed.run(
                    List.of(
                        "javac",
                        "--release",
                        "11",
                        "-proc:none",
                        "-nowarn",
                        // All of them: javac stops counting at 100 by default.
                        "-Xmaxerrs",
                        "1000000",
                        "-encoding",
                        "UTF-8",
                        "-cp",
                        classpath,
                        "-d",
                        classes.toString(),
                        "@" + argFile),
                    folder,
                    log);
            Matcher errors = ERRORS.matcher(Files.readString(log));
            long classFiles = 0;
            long classBytes = 0;
            try (Stream<Path> paths = Files.walk(classes)) {
              for (Path path : paths.filter(p -> p.toString().endsWith(".class")).toList()) {
                classFiles++;
                classBytes += Files.size(path);
              }
            }
            String line =
                String.join(
                    ",",
                    tool,
                    spec.getFileName().toString(),
                    Integer.toString(files.size()),
                    Long.toString(lines),
                    Integer.toString(run),
                    javac.seconds(),
                    Integer.toString(javac.exitCode()),
                    errors.find() ? errors.group(1) : javac.ok() ? "0" : "?",
                    Long.toString(classFiles),
                    Long.toString(classBytes));
            out.write(line + "\n");
            out.flush();
            System.out.println("code: " + line);
          }
        }
      }
    }
  }

  private static List<Path> javaFiles(Path sources) throws IOException {
    try (Stream<Path> paths = Files.walk(sources)) {
      return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** A project that depends on what every seamgen SDK depends on: {@code seamgen-runtime}. */
  private static Path runtimePom(Path folder, String version) throws IOException {
    Path pom = folder.resolve("runtime-pom.xml");
    Files.writeString(
        pom,
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>seamgen-sdk-classpath</artifactId>
          <version>1.0.0</version>
          <dependencies>
            <dependency>
              <groupId>dev.seamgen</groupId>
              <artifactId>seamgen-runtime</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
        </project>
        """
            .formatted(version));
    return pom;
  }

  /** The compile classpath of {@code pom}, resolved by Maven (online: its first use fetches). */
  private static String classpath(String mvn, Path pom, Path folder) throws IOException {
    Path file = folder.resolve("classpath.txt");
    Path log = folder.resolve("classpath.log");
    Timed.Run run =
        Timed.run(
            List.of(
                mvn,
                "-B",
                "-q",
                "-f",
                pom.toString(),
                "dependency:build-classpath",
                "-Dmdep.includeScope=compile",
                "-Dmdep.outputFile=" + file),
            folder,
            log);
    if (!run.ok()) {
      throw new IllegalStateException(
          "could not resolve the dependencies of " + pom + "; see " + log);
    }
    return Files.readString(file).strip();
  }
}
