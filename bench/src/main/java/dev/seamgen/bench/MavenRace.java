package dev.seamgen.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates each spec inside {@code mvn -o generate-sources} of two throwaway projects, one with
 * seamgen's plugin and one with openapi-generator-maven-plugin ({@code java}, library {@code
 * native}), from a clean {@code target/} every time, and records the goal's time and Maven's peak
 * resident memory. Both goals are timed the same way, from Maven's log with timestamps: from the
 * line that starts the goal to the separator Maven prints when the build ends.
 *
 * <p>Usage: {@code MavenRace <mvn> <seamgen version> <openapi-generator version> <rounds> <work
 * dir> <out.csv> <warm-up spec> <spec>...}
 */
public final class MavenRace {
  private static final Pattern TIMESTAMP = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) ");
  private static final Pattern SEPARATOR = Pattern.compile("\\[INFO\\] -{20,}");

  private MavenRace() {}

  public static void main(String[] args) throws Exception {
    String mvn = args[0];
    String ours = args[1];
    String theirs = args[2];
    int rounds = Integer.parseInt(args[3]);
    Path work = Files.createDirectories(Path.of(args[4]));
    Path csv = Path.of(args[5]);
    Path warmUp = Path.of(args[6]).toAbsolutePath();
    List<Path> specs =
        List.of(args).subList(7, args.length).stream()
            .map(s -> Path.of(s).toAbsolutePath())
            .toList();
    List<String> tools = List.of(GenerationRace.SEAMGEN, GenerationRace.OPENAPI_GENERATOR);
    for (String tool : tools) {
      Path project = project(work, tool, tool.equals(GenerationRace.SEAMGEN) ? ours : theirs);
      // Online once, on the small spec, so the timed builds can run offline.
      Build build = build(mvn, project, warmUp, false);
      if (build.run().exitCode() != 0) {
        throw new IllegalStateException(
            "the warm-up build of " + project + " failed; see " + project.resolve("build.log"));
      }
    }
    try (Writer out = Files.newBufferedWriter(csv)) {
      out.write("tool,spec,round,goal_ms,build_seconds,max_rss_kb,exit_code\n");
      for (int round = 1; round <= rounds; round++) {
        for (Path spec : specs) {
          List<String> order = new ArrayList<>(tools);
          Collections.rotate(order, round - 1);
          for (String tool : order) {
            Build build = build(mvn, work.resolve(tool), spec, true);
            String line =
                String.join(
                    ",",
                    tool,
                    spec.getFileName().toString(),
                    Integer.toString(round),
                    Long.toString(build.goalMillis()),
                    build.run().seconds(),
                    build.run().maxRssKb(),
                    Integer.toString(build.run().exitCode()));
            out.write(line + "\n");
            out.flush();
            System.out.println("maven: " + line);
          }
        }
      }
    }
  }

  private record Build(Timed.Run run, long goalMillis) {}

  private static Build build(String mvn, Path project, Path spec, boolean offline)
      throws IOException {
    Timed.deleteTree(project.resolve("target"));
    List<String> command = new ArrayList<>(List.of(mvn, "-B"));
    if (offline) {
      command.add("-o");
    }
    command.addAll(
        List.of(
            "-Dbench.spec=" + spec,
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
            "generate-sources"));
    Path log = project.resolve("build.log");
    Timed.Run run = Timed.run(command, project, log);
    return new Build(run, run.ok() ? goalMillis(Files.readAllLines(log), project) : -1);
  }

  /** From the line that starts the {@code generate} goal to the next separator line. */
  static long goalMillis(List<String> log, Path project) {
    LocalTime start = null;
    for (String line : log) {
      Matcher time = TIMESTAMP.matcher(line);
      if (!time.find()) {
        continue;
      }
      if (start == null && line.contains(":generate (") && line.contains(" --- ")) {
        start = LocalTime.parse(time.group(1));
      } else if (start != null && SEPARATOR.matcher(line).find()) {
        return Duration.between(start, LocalTime.parse(time.group(1))).toMillis();
      }
    }
    throw new IllegalStateException(
        "no timestamped generate goal in " + project.resolve("build.log"));
  }

  private static Path project(Path work, String tool, String version) throws IOException {
    Path project = Files.createDirectories(work.resolve(tool));
    // Its own .mvn, so Maven does not take the seamgen checkout's configuration from a parent.
    Files.createDirectories(project.resolve(".mvn"));
    String plugin =
        tool.equals(GenerationRace.SEAMGEN)
            ? """
              <groupId>dev.seamgen</groupId>
              <artifactId>seamgen-maven-plugin</artifactId>
              <version>%s</version>
              <executions>
                <execution>
                  <goals><goal>generate</goal></goals>
                  <configuration>
                    <spec>${bench.spec}</spec>
                    <packageName>com.example.race</packageName>
                    <clientName>Race</clientName>
                  </configuration>
                </execution>
              </executions>
            """
            : """
              <groupId>org.openapitools</groupId>
              <artifactId>openapi-generator-maven-plugin</artifactId>
              <version>%s</version>
              <executions>
                <execution>
                  <goals><goal>generate</goal></goals>
                  <configuration>
                    <inputSpec>${bench.spec}</inputSpec>
                    <generatorName>java</generatorName>
                    <library>native</library>
                    <skipValidateSpec>true</skipValidateSpec>
                  </configuration>
                </execution>
              </executions>
            """;
    Files.writeString(
        project.resolve("pom.xml"),
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>maven-race-%s</artifactId>
          <version>1.0.0</version>
          <build>
            <plugins>
              <plugin>
        %s
              </plugin>
            </plugins>
          </build>
        </project>
        """
            .formatted(tool, plugin.formatted(version)));
    return project;
  }
}
