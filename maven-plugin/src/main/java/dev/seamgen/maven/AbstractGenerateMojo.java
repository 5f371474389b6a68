package dev.seamgen.maven;

import dev.seamgen.generator.GeneratorConfig;
import dev.seamgen.generator.Problem;
import dev.seamgen.generator.SpecException;
import java.io.File;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters the goals that generate share, and how they become a {@link GeneratorConfig}. */
abstract class AbstractGenerateMojo extends AbstractMojo {

  /** The OpenAPI 3.0 or 3.1 spec, YAML or JSON. */
  @Parameter(property = "seamgen.spec", required = true)
  File spec;

  /** The root Java package of the generated SDK, such as {@code com.example.sdk}. */
  @Parameter(property = "seamgen.packageName", required = true)
  String packageName;

  /** Mustache templates that replace the built-in ones of the same file name. */
  @Parameter(property = "seamgen.templateDirectory")
  File templateDirectory;

  /** The root client's class name; derived from the spec's title when unset. */
  @Parameter(property = "seamgen.clientName")
  String clientName;

  /** The name the generated client reports in its {@code seam-sdk-name} header. */
  @Parameter(property = "seamgen.sdkName", defaultValue = "${project.artifactId}")
  String sdkName;

  /** The version the generated client reports in its {@code seam-sdk-version} header. */
  @Parameter(property = "seamgen.sdkVersion", defaultValue = "${project.version}")
  String sdkVersion;

  /** Also generates what the spec marks {@code x-undocumented}; left out by default. */
  @Parameter(property = "seamgen.includeUndocumented", defaultValue = "false")
  boolean includeUndocumented;

  /** Skips the goal. */
  @Parameter(property = "seamgen.skip", defaultValue = "false")
  boolean skip;

  /** The configuration for output into {@code outputDirectory}. */
  GeneratorConfig config(File outputDirectory, boolean incremental) throws MojoFailureException {
    try {
      return GeneratorConfig.builder()
          .spec(spec.toPath())
          .outputDirectory(outputDirectory.toPath())
          .packageName(packageName)
          .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
          .clientName(clientName)
          .sdkName(sdkName)
          .sdkVersion(sdkVersion)
          .incremental(incremental)
          .includeUndocumented(includeUndocumented)
          .build();
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("seamgen: " + e.getMessage());
    }
  }

  /** Logs every problem of {@code e} and returns the build failure that names its errors. */
  MojoFailureException specFailure(SpecException e) {
    for (Problem problem : e.problems()) {
      if (problem.isError()) {
        getLog().error(problem.format());
      } else {
        getLog().warn(problem.format());
      }
    }
    return new MojoFailureException("seamgen: " + spec + " has errors; nothing was generated:\n"
        + e.problems().stream().filter(Problem::isError).map(Problem::format)
            .collect(Collectors.joining("\n")));
  }
}
