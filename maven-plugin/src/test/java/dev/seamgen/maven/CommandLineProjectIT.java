package dev.seamgen.maven;

import static dev.seamgen.maven.MavenBuilds.deleteTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.cli.SeamgenCli;
import dev.seamgen.maven.MavenBuilds.Build;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Follows the README's command-line path from a fresh folder: its {@code generate --project}
 * command (the same code as the CLI jar's), then its {@code mvn install} in the output folder, a
 * real offline Maven build against the runtime the plugin build installed. The commands are read
 * from the README itself, so that what it shows is what is tested.
 */
class CommandLineProjectIT {
  private static final Path README = Paths.get("../README.md");
  private static final Path SPEC =
      Paths.get("src/it/library-consumer/src/main/openapi/library.yaml");
  private static final Path FOLDER = Paths.get("target/it/command-line").toAbsolutePath();

  @Test
  void theReadmesProjectCommandGivesAFolderWhereMavenInstallBuildsAJar() throws Exception {
    List<String> commands = readmeProjectCommands();
    List<String> generate = argumentsAfter(commands.get(0), "generate");
    deleteTree(FOLDER);
    Files.createDirectories(FOLDER);
    // The reader's own spec, under the name the README gives it; paths as seen from the folder.
    Files.copy(SPEC, FOLDER.resolve(valueOf(generate, "--spec")));
    resolveAgainstFolder(generate, "--spec");
    resolveAgainstFolder(generate, "--output");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        SeamgenCli.execute(
            generate.toArray(String[]::new),
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertEquals(0, code, err.toString());
    Path project = Paths.get(valueOf(generate, "--output"));
    String[] cd = commands.get(1).split("\\s*&&\\s*");
    assertEquals("cd " + project.getFileName(), cd[0], "the README moves into the output folder");
    List<String> mavenGoals = argumentsAfter(cd[1], "mvn");
    Build build = MavenBuilds.run(project, mavenGoals.toArray(String[]::new));

    assertEquals(0, build.exitCode, build.log);
    String[] coordinates = valueOf(generate, "--project").split(":");
    Path jar = project.resolve("target/" + coordinates[1] + "-" + coordinates[2] + ".jar");
    assertTrue(Files.isRegularFile(jar), build.log);
    String client = valueOf(generate, "--package").replace('.', '/') + "/Library.class";
    try (JarFile contents = new JarFile(jar.toFile())) {
      assertNotNull(contents.getEntry(client), "the jar holds the client " + client);
    }
  }

  /**
   * The README's command-line section's block that uses {@code --project}: the generate command
   * (its continued lines joined) and the Maven command after it.
   */
  private static List<String> readmeProjectCommands() throws IOException {
    String readme = Files.readString(README);
    String block = "";
    for (int start = readme.indexOf("```sh\n", readme.indexOf("## Use the command line"));
        !block.contains("--project");
        start = readme.indexOf("```sh\n", start + 1)) {
      assertTrue(start >= 0, "the README shows a command with --project");
      block = readme.substring(start + "```sh\n".length(), readme.indexOf("```\n", start + 1));
    }
    String[] lines = block.replace("\\\n", " ").split("\n");
    List<String> commands = new ArrayList<>();
    for (String line : lines) {
      String command = line.replaceAll("\\s+#.*", "").strip();
      if (!command.isEmpty()) {
        commands.add(command);
      }
    }
    assertEquals(2, commands.size(), "generate, then build: " + commands);
    return commands;
  }

  private static List<String> argumentsAfter(String command, String word) {
    List<String> tokens = Arrays.asList(command.strip().split("\\s+"));
    int at = tokens.indexOf(word);
    assertTrue(at >= 0, word + " in " + command);
    return new ArrayList<>(tokens.subList(word.equals("generate") ? at : at + 1, tokens.size()));
  }

  private static String valueOf(List<String> arguments, String option) {
    return arguments.get(arguments.indexOf(option) + 1);
  }

  private static void resolveAgainstFolder(List<String> arguments, String option) {
    int at = arguments.indexOf(option) + 1;
    arguments.set(at, FOLDER.resolve(arguments.get(at)).toString());
  }
}
