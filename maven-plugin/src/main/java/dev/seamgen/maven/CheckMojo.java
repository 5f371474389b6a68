package dev.seamgen.maven;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.problem.SpecException;
import dev.seamgen.generator.write.OutputRefusedException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * For projects that commit generated sources: fails when the committed sources differ from what the
 * spec generates, naming each file that differs, is missing or should be gone. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractGenerateMojo {

  /** The folder where the generated sources are committed, such as {@code src/main/java}. */
  @Parameter(property = "seamgen.outputDirectory", required = true)
  private File outputDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("seamgen: check skipped (seamgen.skip)");
      return;
    }
    List<String> differences;
    try {
      differences = Generator.check(config(outputDirectory, false));
    } catch (SpecException e) {
      throw specFailure(e);
    } catch (OutputRefusedException e) {
      throw new MojoFailureException("seamgen: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "seamgen: cannot read " + outputDirectory + ": " + e.getMessage(), e);
    }
    if (!differences.isEmpty()) {
      differences.forEach(d -> getLog().error("seamgen: " + d));
      throw new MojoFailureException(
          "seamgen: "
              + differences.size()
              + " generated "
              + (differences.size() == 1 ? "file is" : "files are")
              + " out of date in "
              + outputDirectory
              + "; run seamgen:generate with outputDirectory "
              + outputDirectory
              + " and commit the result:\n  "
              + String.join("\n  ", differences));
    }
    getLog().info("seamgen: generated sources in " + outputDirectory + " match " + spec.getName());
  }
}
