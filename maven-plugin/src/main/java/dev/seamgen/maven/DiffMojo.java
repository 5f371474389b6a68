package dev.seamgen.maven;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.config.RefPolicy;
import dev.seamgen.generator.diff.Changelog;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the spec with an earlier version of it in terms of the generated Java API and logs the
 * changelog, with the semantic version bump it calls for; can fail the build on a breaking change.
 * Needs no project: {@code mvn seamgen:diff -Dseamgen.baseline=old.yaml -Dseamgen.spec=new.yaml}.
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = false)
public final class DiffMojo extends AbstractMojo {

  /** The earlier version of the spec. */
  @Parameter(property = "seamgen.baseline", required = true)
  private File baseline;

  /** The current spec. */
  @Parameter(property = "seamgen.spec", required = true)
  private File spec;

  /** Whether a breaking change fails the build. */
  @Parameter(property = "seamgen.failOnBreaking", defaultValue = "false")
  private boolean failOnBreaking;

  /** Fetches {@code $ref}s to {@code http(s)} URLs; refused by default. */
  @Parameter(property = "seamgen.allowRemoteRefs", defaultValue = "false")
  private boolean allowRemoteRefs;

  /** Folders besides each spec's own whose files {@code $ref}s may read. */
  @Parameter private List<File> allowedRefDirectories = new ArrayList<>();

  @Override
  public void execute() throws MojoFailureException {
    Changelog changelog;
    RefPolicy refs =
        new RefPolicy(
            allowRemoteRefs,
            allowedRefDirectories == null
                ? List.of()
                : allowedRefDirectories.stream().map(File::toPath).toList());
    try {
      changelog = Generator.diff(baseline.toPath(), spec.toPath(), refs);
    } catch (SpecException e) {
      throw new MojoFailureException(
          "seamgen: cannot compare the specs:\n"
              + e.problems().stream()
                  .filter(Problem::isError)
                  .map(Problem::format)
                  .collect(Collectors.joining("\n")));
    }
    for (String line : changelog.format(baseline.getName(), spec.getName()).split("\n", -1)) {
      if (!line.isEmpty()) {
        getLog().info(line);
      }
    }
    if (failOnBreaking && changelog.hasBreakingChanges()) {
      throw new MojoFailureException(
          "seamgen: "
              + changelog.breaking().size()
              + " breaking changes from "
              + baseline.getName()
              + " to "
              + spec.getName()
              + " (failOnBreaking is set)");
    }
  }
}
