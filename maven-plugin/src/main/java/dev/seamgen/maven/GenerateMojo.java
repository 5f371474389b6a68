package dev.seamgen.maven;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.Generator.GenerationResult;
import dev.seamgen.generator.GeneratorConfig;
import dev.seamgen.generator.Problem;
import dev.seamgen.generator.SpecException;
import java.io.File;
import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a Java SDK from an OpenAPI spec and adds it to the compile sources. A thin adapter:
 * it maps its parameters onto a {@link GeneratorConfig} and calls {@link Generator#run}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  /** The OpenAPI 3.0 or 3.1 spec, YAML or JSON. */
  @Parameter(property = "seamgen.spec", required = true)
  private File spec;

  /** The root Java package of the generated SDK, such as {@code com.example.sdk}. */
  @Parameter(property = "seamgen.packageName", required = true)
  private String packageName;

  /** Where generated sources and docs go; added as a compile source root. */
  @Parameter(property = "seamgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/seamgen")
  private File outputDirectory;

  /** Mustache templates that replace the built-in ones of the same file name. */
  @Parameter(property = "seamgen.templateDirectory")
  private File templateDirectory;

  /** The root client's class name; derived from the spec's title when unset. */
  @Parameter(property = "seamgen.clientName")
  private String clientName;

  /** The name the generated client reports in its {@code seam-sdk-name} header. */
  @Parameter(property = "seamgen.sdkName", defaultValue = "${project.artifactId}")
  private String sdkName;

  /** The version the generated client reports in its {@code seam-sdk-version} header. */
  @Parameter(property = "seamgen.sdkVersion", defaultValue = "${project.version}")
  private String sdkVersion;

  /** Skips generation. */
  @Parameter(property = "seamgen.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("seamgen: skipped (seamgen.skip)");
      return;
    }
    GeneratorConfig config;
    try {
      config = GeneratorConfig.builder()
          .spec(spec.toPath())
          .outputDirectory(outputDirectory.toPath())
          .packageName(packageName)
          .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
          .clientName(clientName)
          .sdkName(sdkName)
          .sdkVersion(sdkVersion)
          .incremental(true)
          .build();
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("seamgen: " + e.getMessage());
    }
    try {
      GenerationResult result = Generator.run(config);
      result.warnings().forEach(w -> getLog().warn(w.format()));
      getLog().info("seamgen: " + result.summary());
    } catch (SpecException e) {
      for (Problem problem : e.problems()) {
        if (problem.isError()) {
          getLog().error(problem.format());
        } else {
          getLog().warn(problem.format());
        }
      }
      throw new MojoFailureException("seamgen: " + spec + " has errors; nothing was generated:\n"
          + e.problems().stream().filter(Problem::isError).map(Problem::format)
              .collect(Collectors.joining("\n")));
    } catch (IOException e) {
      throw new MojoExecutionException("seamgen: cannot write " + outputDirectory + ": "
          + e.getMessage(), e);
    }
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
  }
}
