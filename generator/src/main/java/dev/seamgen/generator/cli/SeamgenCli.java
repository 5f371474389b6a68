package dev.seamgen.generator.cli;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.Generator.GenerationResult;
import dev.seamgen.generator.config.Conventions;
import dev.seamgen.generator.config.GeneratorConfig;
import dev.seamgen.generator.config.MavenCoordinates;
import dev.seamgen.generator.config.RefPolicy;
import dev.seamgen.generator.config.SettingNames;
import dev.seamgen.generator.config.Version;
import dev.seamgen.generator.diff.Changelog;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import dev.seamgen.generator.write.OutputRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code seamgen} command line. Exit codes: 0 success, 1 the spec has problems (or the output
 * cannot be written, or {@code diff --fail-on-breaking} found a breaking change), 2 wrong usage.
 */
@Command(
    name = "seamgen",
    // --help, --version and the version provider reach every subcommand from here.
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = SeamgenCli.VersionProvider.class,
    description = "Generates a typed Java SDK from an OpenAPI spec.",
    subcommands = {SeamgenCli.Generate.class, SeamgenCli.Diff.class, CommandLine.HelpCommand.class})
public final class SeamgenCli implements Runnable {
  static final int SPEC_PROBLEM = 1;
  static final int USAGE = CommandLine.ExitCode.USAGE;

  /** A bug in seamgen rather than in the spec or the arguments. */
  static final int INTERNAL_ERROR = 3;

  private static final String DEBUG_VARIABLE = "SEAMGEN_DEBUG";

  /** The options of {@code generate}, for messages about the settings they give. */
  static final SettingNames NAMES =
      setting ->
          switch (setting) {
            case SPEC -> "--spec";
            case OUTPUT_DIRECTORY -> "--output";
            case PACKAGE_NAME -> "--package";
            case CLIENT_NAME -> "--client-name";
            case TEMPLATE_DIRECTORY -> "--templates";
            case ALLOWED_REF_DIRECTORY -> "--allow-ref-dir";
            case REPORT_FILE -> "--report";
            case FORCE -> "--force";
          };

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(
        execute(
            args,
            new PrintWriter(System.out, true, Charset.defaultCharset()),
            new PrintWriter(System.err, true, Charset.defaultCharset())));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new SeamgenCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> internalError(e, err));
    return commandLine.execute(args);
  }

  /**
   * Reports a failure that is seamgen's fault in one line; the stack trace only when {@value
   * #DEBUG_VARIABLE} is set, since it means nothing to someone fixing their spec.
   */
  private static int internalError(Exception e, PrintWriter err) {
    err.println(
        "seamgen: internal error ("
            + e
            + "); nothing was written. This is a bug in "
            + "seamgen: please report it with the spec that caused it, or set "
            + DEBUG_VARIABLE
            + "=1 to see where it happened.");
    if (System.getenv(DEBUG_VARIABLE) != null) {
      e.printStackTrace(err);
    }
    return INTERNAL_ERROR;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: " + "try 'seamgen generate --help'");
  }

  @Command(
      name = "generate",
      description =
          "Reads the spec and writes Java sources and Markdown docs into the output "
              + "folder. Unchanged files are left alone; files an earlier run wrote for parts of the "
              + "spec that are gone are deleted. Files seamgen did not write are never written over "
              + "or deleted, and on any error nothing is written.")
  static final class Generate extends Subcommand {
    @Option(
        names = "--spec",
        required = true,
        paramLabel = "FILE",
        description = "OpenAPI 3.0 or 3.1 spec, or Swagger 2.0, YAML or JSON.")
    Path specFile;

    @Option(
        names = "--output",
        required = true,
        paramLabel = "DIR",
        description =
            "Folder for the generated sources (a Java source root) and docs; with --project, "
                + "the root of a Maven project.")
    Path output;

    @Option(
        names = "--package",
        required = true,
        paramLabel = "NAME",
        description = "Root Java package, such as com.example.sdk.")
    String packageName;

    @Option(
        names = "--client-name",
        paramLabel = "NAME",
        description = "Root client class name (default: from the spec's title).")
    String clientName;

    @Option(
        names = "--templates",
        paramLabel = "DIR",
        description = "Folder of Mustache templates that replace the built-in ones by name.")
    Path templates;

    @Option(
        names = "--sdk-version",
        paramLabel = "VERSION",
        description = "Version the generated client reports (default: the generator's).")
    String sdkVersion;

    @Option(
        names = "--conventions",
        paramLabel = "NAME",
        converter = ConventionsConverter.class,
        description =
            "The API's habits the spec does not state: standard (default) or seam "
                + "(Seam's request-id header, error envelope and SDK headers).")
    Conventions conventions = Conventions.STANDARD;

    @Option(
        names = "--include-undocumented",
        description = "Also generate what the spec marks x-undocumented (left out by default).")
    boolean includeUndocumented;

    @Mixin RefOptions refs;

    @Option(
        names = "--report",
        paramLabel = "FILE",
        description =
            "Also write a JSON coverage report: every operation (generated, or left out and why) "
                + "and every warning; written for a spec with errors too. Not inside --output.")
    Path report;

    @Option(
        names = "--project",
        paramLabel = "GROUP:ARTIFACT:VERSION",
        converter = CoordinatesConverter.class,
        description =
            "Make the output folder a Maven project with these coordinates, such as "
                + "com.example:pets-sdk:1.0.0: a pom.xml (template pom.xml.mustache) with the "
                + "runtime and Jackson, the sources under src/main/java; mvn install there gives "
                + "a jar. The version is also the client's, unless --sdk-version says otherwise.")
    MavenCoordinates project;

    @Option(
        names = "--force",
        description =
            "Take over an output folder that holds files seamgen did not write, "
                + "writing over those with the names it generates and naming each (others are "
                + "left alone). "
                + "Without it such a run stops, writes nothing and names them.")
    boolean force;

    @Override
    public Integer call() {
      PrintWriter out = out();
      PrintWriter err = err();
      GeneratorConfig config;
      try {
        GeneratorConfig.Builder builder =
            GeneratorConfig.builder()
                .spec(specFile)
                .outputDirectory(output)
                .packageName(packageName)
                .templateDirectory(templates)
                .clientName(clientName)
                .includeUndocumented(includeUndocumented)
                .conventions(conventions)
                .allowRemoteRefs(refs.allowRemoteRefs)
                .force(force)
                .reportFile(report)
                .project(project)
                .settingNames(NAMES);
        refs.allowedRefDirectories.forEach(builder::allowRefDirectory);
        if (sdkVersion != null) {
          builder.sdkVersion(sdkVersion);
        } else if (project != null) {
          builder.sdkVersion(project.version());
        }
        config = builder.build();
      } catch (IllegalArgumentException e) {
        err.println("seamgen: " + e.getMessage());
        return USAGE;
      }
      try {
        GenerationResult result = Generator.run(config);
        result.warnings().forEach(w -> err.println(w.format()));
        result.notDeleted().forEach(n -> err.println("seamgen: warning: " + n));
        result.replacedNotes().forEach(n -> err.println("seamgen: warning: " + n));
        out.println("seamgen: " + result.summary() + " in " + output);
        return 0;
      } catch (SpecException e) {
        for (Problem problem : e.problems()) {
          err.println(problem.format());
        }
        long errors = e.problems().stream().filter(Problem::isError).count();
        err.println(
            "seamgen: "
                + errors
                + (errors == 1 ? " error" : " errors")
                + " in "
                + specFile
                + "; nothing was written");
        return SPEC_PROBLEM;
      } catch (OutputRefusedException e) {
        err.println("seamgen: " + e.getMessage());
        return SPEC_PROBLEM;
      } catch (IOException e) {
        err.println(
            "seamgen: cannot write " + output + ": " + e.getMessage() + "; nothing was written");
        return SPEC_PROBLEM;
      }
    }
  }

  @Command(
      name = "diff",
      description =
          "Compares two versions of a spec in terms of the generated Java API and "
              + "prints a changelog: added, removed and changed operations, parameters, properties, "
              + "enum values and union variants, each breaking or compatible, and the semantic "
              + "version bump they call for.")
  static final class Diff extends Subcommand {
    @Option(
        names = "--old",
        required = true,
        paramLabel = "FILE",
        description = "The earlier spec.")
    Path oldSpec;

    @Option(names = "--new", required = true, paramLabel = "FILE", description = "The later spec.")
    Path newSpec;

    @Option(
        names = "--fail-on-breaking",
        description = "Exit with 1 when a change breaks code written against the old SDK.")
    boolean failOnBreaking;

    @Mixin RefOptions refs;

    @Override
    public Integer call() {
      PrintWriter out = out();
      PrintWriter err = err();
      Changelog changelog;
      try {
        changelog = Generator.diff(oldSpec, newSpec, refs.policy());
      } catch (SpecException e) {
        e.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format()));
        err.println("seamgen: cannot compare: a spec has errors");
        return SPEC_PROBLEM;
      }
      out.print(
          changelog.format(oldSpec.getFileName().toString(), newSpec.getFileName().toString()));
      out.flush();
      return failOnBreaking && changelog.hasBreakingChanges() ? SPEC_PROBLEM : 0;
    }
  }

  /** A subcommand: its exit code, and the streams the command line was given. */
  abstract static class Subcommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }
  }

  /** Where a spec's {@code $ref}s may lead; strict unless these options say otherwise. */
  static final class RefOptions {
    @Option(
        names = "--allow-remote-refs",
        description = "Fetch $refs to http(s) URLs (refused by default: no network access).")
    boolean allowRemoteRefs;

    @Option(
        names = "--allow-ref-dir",
        paramLabel = "DIR",
        description = "A folder besides the spec's own whose files $refs may read; repeatable.")
    List<Path> allowedRefDirectories = new ArrayList<>();

    RefPolicy policy() {
      return new RefPolicy(allowRemoteRefs, allowedRefDirectories);
    }
  }

  /** Reports the version Maven built the generator as. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"seamgen " + Version.current()};
    }
  }

  /** Reads {@code --project}, naming the form expected when the given text is not it. */
  static final class CoordinatesConverter implements CommandLine.ITypeConverter<MavenCoordinates> {
    @Override
    public MavenCoordinates convert(String value) {
      try {
        return MavenCoordinates.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --conventions}, naming the allowed values when the given one is unknown. */
  static final class ConventionsConverter implements CommandLine.ITypeConverter<Conventions> {
    @Override
    public Conventions convert(String value) {
      try {
        return Conventions.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
