package dev.seamgen.bench;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the plugin's up-to-date check inside real Maven builds: a throwaway project generates
 * {@code spec/seam-connect.yaml} once, then builds again {@code runs} times with nothing changed;
 * the goal reports its own elapsed time in its summary line.
 *
 * <p>Usage: {@code UpToDateCheck <mvn> <plugin version> <spec> <runs> <project dir> <out.csv>}
 */
public final class UpToDateCheck {
  private static final Pattern UP_TO_DATE =
      Pattern.compile("seamgen: up to date: .*\\((\\d+) ms\\)");
  static final Pattern GENERATED =
      // "N operations" before REST support, "N of M operations" since.
      Pattern.compile("seamgen: \\d+ (?:of \\d+ )?operations.*\\((\\d+) ms\\)");

  private UpToDateCheck() {}

  public static void main(String[] args) throws Exception {
    String mvn = args[0];
    String version = args[1];
    Path spec = Path.of(args[2]).toAbsolutePath();
    int runs = Integer.parseInt(args[3]);
    Path project = Files.createDirectories(Path.of(args[4]));
    Path csv = Path.of(args[5]);
    Files.writeString(project.resolve("pom.xml"), pom(version, spec));
    // The first build must generate: nothing left from an earlier run.
    Timed.deleteTree(project.resolve("target"));
    try (Writer out = Files.newBufferedWriter(csv)) {
      out.write("run,state,goal_ms\n");
      for (int run = 0; run <= runs; run++) {
        String log = maven(mvn, project);
        Matcher matcher = (run == 0 ? GENERATED : UP_TO_DATE).matcher(log);
        if (!matcher.find()) {
          throw new IllegalStateException("no seamgen summary in build " + run + ":\n" + log);
        }
        String line = run + "," + (run == 0 ? "generated" : "up-to-date") + "," + matcher.group(1);
        out.write(line + "\n");
        System.out.println("up-to-date: " + line);
      }
    }
  }

  private static String maven(String mvn, Path project) throws Exception {
    Path log = project.resolve("build.log");
    Process process =
        new ProcessBuilder(List.of(mvn, "-B", "-o", "generate-sources"))
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("mvn failed:\n" + Files.readString(log));
    }
    return Files.readString(log);
  }

  private static String pom(String version, Path spec) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>up-to-date-check</artifactId>
          <version>1.0.0</version>
          <build>
            <plugins>
              <plugin>
                <groupId>dev.seamgen</groupId>
                <artifactId>seamgen-maven-plugin</artifactId>
                <version>%s</version>
                <executions>
                  <execution>
                    <goals><goal>generate</goal></goals>
                    <configuration>
                      <spec>%s</spec>
                      <packageName>dev.seamgen.sdk</packageName>
                      <clientName>Seam</clientName>
                    </configuration>
                  </execution>
                </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(version, spec);
  }
}
