package dev.seamgen.maven;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.Generator.GenerationResult;
import dev.seamgen.generator.problem.SpecException;
import dev.seamgen.generator.write.OutputRefusedException;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a Java SDK from an OpenAPI spec and adds it to the compile sources (or the test compile
 * sources). Skips, without parsing the spec, when nothing that decides the output changed since the
 * last run; rewrites only files whose content changed and deletes files for parts of the spec that
 * are gone.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractGenerateMojo {

  /** Where generated sources and docs go; added as a compile source root. */
  @Parameter(
      property = "seamgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/seamgen")
  private File outputDirectory;

  /** Adds {@code outputDirectory} to the main compile sources: the generated SDK ships. */
  @Parameter(property = "seamgen.addCompileSourceRoot", defaultValue = "true")
  private boolean addCompileSourceRoot;

  /**
   * Adds {@code outputDirectory} to the test compile sources instead, for a client that only the
   * project's tests use; set {@code addCompileSourceRoot} to false with it.
   */
  @Parameter(property = "seamgen.addTestCompileSourceRoot", defaultValue = "false")
  private boolean addTestCompileSourceRoot;

  /**
   * Takes over an output folder that holds files seamgen did not write, writing over those with the
   * names it generates (others are left alone), and names each one it writes over. Without it such
   * a build fails, writes nothing and names them. A project's root is refused all the same.
   */
  @Parameter(property = "seamgen.force", defaultValue = "false")
  private boolean force;

  /**
   * Also writes a JSON coverage report here: every operation (generated, or left out and why) and
   * every warning; for a spec with errors too. Outside {@code outputDirectory}, such as {@code
   * ${project.build.directory}/seamgen-report.json}; none when unset.
   */
  @Parameter(property = "seamgen.reportFile")
  private File reportFile;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("seamgen: skipped (seamgen.skip)");
      return;
    }
    long start = System.nanoTime();
    try {
      GenerationResult result =
          Generator.run(
              config(outputDirectory, true).toBuilder()
                  .force(force)
                  .reportFile(reportFile == null ? null : reportFile.toPath())
                  .build());
      result.warnings().forEach(w -> getLog().warn(w.format()));
      result.earlierWarningsNote().ifPresent(note -> getLog().warn("seamgen: " + note));
      result.notDeleted().forEach(n -> getLog().warn("seamgen: " + n));
      result.replacedNotes().forEach(n -> getLog().warn("seamgen: " + n));
      long millis = (System.nanoTime() - start) / 1_000_000;
      getLog().info("seamgen: " + result.summary() + " (" + millis + " ms)");
    } catch (SpecException e) {
      throw specFailure(e);
    } catch (OutputRefusedException e) {
      throw new MojoFailureException("seamgen: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "seamgen: cannot write " + outputDirectory + ": " + e.getMessage(), e);
    }
    if (addCompileSourceRoot) {
      project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }
    if (addTestCompileSourceRoot) {
      project.addTestCompileSourceRoot(outputDirectory.getAbsolutePath());
    }
  }
}
