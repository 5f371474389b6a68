package dev.seamgen.maven;

import dev.seamgen.generator.config.Conventions;
import dev.seamgen.generator.config.GeneratorConfig;
import dev.seamgen.generator.config.SettingNames;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters the goals that generate share, and how they become a {@link GeneratorConfig}. */
abstract class AbstractGenerateMojo extends AbstractMojo {
  /** The goals' parameters, for messages about the settings they give; a switch as set on. */
  static final SettingNames NAMES =
      setting ->
          switch (setting) {
            case SPEC -> "<spec>";
            case OUTPUT_DIRECTORY -> "<outputDirectory>";
            case PACKAGE_NAME -> "<packageName>";
            case CLIENT_NAME -> "<clientName>";
            case TEMPLATE_DIRECTORY -> "<templateDirectory>";
            case ALLOWED_REF_DIRECTORY -> "<allowedRefDirectories>";
            case REPORT_FILE -> "<reportFile>";
            case FORCE -> "<force>true</force> (-Dseamgen.force=true)";
          };

  /** The OpenAPI 3.0 or 3.1 spec, or a Swagger 2.0 one, YAML or JSON. */
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

  /**
   * The API's habits the spec does not state: {@code standard}, or {@code seam} for Seam's
   * request-id header, error envelope and SDK headers.
   */
  @Parameter(property = "seamgen.conventions", defaultValue = "standard")
  String conventions;

  /**
   * Fetches {@code $ref}s to {@code http(s)} URLs. Refused by default, so that a build reaches the
   * network only when its user says so.
   */
  @Parameter(property = "seamgen.allowRemoteRefs", defaultValue = "false")
  boolean allowRemoteRefs;

  /**
   * Folders besides the spec's own whose files {@code $ref}s may read; by default a reference to a
   * file outside the spec's folder is refused.
   */
  @Parameter List<File> allowedRefDirectories = new ArrayList<>();

  /** Skips the goal. */
  @Parameter(property = "seamgen.skip", defaultValue = "false")
  boolean skip;

  /** The configuration for output into {@code outputDirectory}. */
  GeneratorConfig config(File outputDirectory, boolean incremental) throws MojoFailureException {
    try {
      GeneratorConfig.Builder builder =
          GeneratorConfig.builder()
              .spec(spec.toPath())
              .outputDirectory(outputDirectory.toPath())
              .packageName(packageName)
              .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
              .clientName(clientName)
              .sdkName(sdkName)
              .sdkVersion(sdkVersion)
              .incremental(incremental)
              .includeUndocumented(includeUndocumented)
              .conventions(
                  conventions == null ? Conventions.STANDARD : Conventions.parse(conventions))
              .allowRemoteRefs(allowRemoteRefs)
              .settingNames(NAMES);
      if (allowedRefDirectories != null) {
        allowedRefDirectories.forEach(d -> builder.allowRefDirectory(d.toPath()));
      }
      return builder.build();
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
    return new MojoFailureException(
        "seamgen: "
            + spec
            + " has errors; nothing was generated:\n"
            + e.problems().stream()
                .filter(Problem::isError)
                .map(Problem::format)
                .collect(Collectors.joining("\n")));
  }
}
