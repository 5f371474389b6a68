package dev.seamgen.generator;

import dev.seamgen.generator.config.GeneratorConfig;
import dev.seamgen.generator.config.RefPolicy;
import dev.seamgen.generator.diff.Changelog;
import dev.seamgen.generator.diff.SpecDiff;
import dev.seamgen.generator.emit.docs.DocsEmitter;
import dev.seamgen.generator.emit.docs.Templates;
import dev.seamgen.generator.emit.java.JavaEmitter;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.emit.project.MavenProjectEmitter;
import dev.seamgen.generator.incremental.Fingerprint;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import dev.seamgen.generator.read.ReadOptions;
import dev.seamgen.generator.read.SpecReader;
import dev.seamgen.generator.write.CoverageReport;
import dev.seamgen.generator.write.GeneratedFile;
import dev.seamgen.generator.write.OutputWriter;
import dev.seamgen.generator.write.OutputWriter.WriteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one entry point: reads the spec, emits Java sources and Markdown docs in memory, then writes
 * what changed. The CLI and the Maven plugin both call {@link #run}.
 */
public final class Generator {
  /**
   * Where a run keeps the spec's warnings, one a line, so that a build skipped as up to date can
   * still say there are some.
   */
  public static final String WARNINGS = ".seamgen-warnings";

  private static final String OUTPUT_MISSING = "output files missing";

  private Generator() {}

  /**
   * Generates an SDK as {@code config} says.
   *
   * @throws SpecException when the spec has errors; nothing is written then
   * @throws IOException when the output cannot be written
   */
  public static GenerationResult run(GeneratorConfig config) throws SpecException, IOException {
    OutputWriter writer =
        new OutputWriter(config.outputDirectory(), config.force(), config.settingNames());
    Fingerprint fingerprint = Fingerprint.of(config);
    List<String> changes =
        fingerprint.changesSince(Fingerprint.parse(writer.readRecord(Fingerprint.FILE)));
    if (changes.isEmpty() && !writer.isIntact()) {
      changes = List.of(OUTPUT_MISSING);
    }
    // A report asked for but missing is made again, though the SDK is up to date.
    boolean reportMissing =
        config.reportFile().isPresent() && !Files.exists(config.reportFile().get());
    if (config.incremental() && changes.isEmpty() && !reportMissing) {
      // No streams or lambdas on this path: it runs in a cold JVM on every build, where each
      // one's first call costs a bootstrap, and the whole check should take milliseconds.
      int earlier = 0;
      for (String line : writer.readRecord(WARNINGS).orElse("").split("\n", -1)) {
        earlier += line.isBlank() ? 0 : 1;
      }
      return GenerationResult.skipped(
          earlier, config.outputDirectory().toAbsolutePath().resolve(WARNINGS));
    }
    List<Problem> warnings = new ArrayList<>();
    ApiModel model;
    try {
      model = SpecReader.read(config.spec(), readOptions(config), warnings::add);
    } catch (SpecException e) {
      try {
        writeReport(
            config, CoverageReport.refused(config.spec().getFileName().toString(), e.problems()));
      } catch (IOException notWritten) {
        // The spec's errors matter more than the report's.
        e.addSuppressed(notWritten);
      }
      throw e;
    }
    List<GeneratedFile> files = emit(model, config);
    // Before the SDK, so that a report that cannot be written leaves the SDK as it was.
    writeReport(config, CoverageReport.generated(model, warnings));
    StringBuilder warningsText = new StringBuilder();
    warnings.forEach(w -> warningsText.append(w.format()).append('\n'));
    WriteResult result =
        writer.write(
            files, Map.of(Fingerprint.FILE, fingerprint.text(), WARNINGS, warningsText.toString()));
    return new GenerationResult(
        false,
        changes,
        model.operationsGenerated(),
        model.operationsInSpec(),
        model.types().size(),
        files.size(),
        result.written(),
        result.unchanged(),
        result.deleted(),
        result.skipped(),
        result.replaced(),
        warnings,
        0,
        null);
  }

  private static void writeReport(GeneratorConfig config, CoverageReport report)
      throws IOException {
    if (config.reportFile().isEmpty()) {
      return;
    }
    Path file = config.reportFile().get();
    try {
      report.write(file);
    } catch (IOException e) {
      throw new IOException("the report " + file + " cannot be written (" + e + ")", e);
    }
  }

  /**
   * What {@code config} would generate, compared with what is in its output folder: for projects
   * that commit generated sources. Nothing is written.
   *
   * @return one line per file that differs, is missing, or would no longer be generated; empty when
   *     the folder is up to date
   * @throws SpecException when the spec has errors
   */
  public static List<String> check(GeneratorConfig config) throws SpecException, IOException {
    List<GeneratedFile> files =
        emit(SpecReader.read(config.spec(), readOptions(config), w -> {}), config);
    return new OutputWriter(config.outputDirectory()).differences(files);
  }

  private static ReadOptions readOptions(GeneratorConfig config) {
    return new ReadOptions(config.includeUndocumented(), config.refPolicy());
  }

  private static List<GeneratedFile> emit(ApiModel model, GeneratorConfig config) {
    String clientName = config.clientName().orElseGet(() -> Naming.typeName(model.title()));
    JavaContext context =
        new JavaContext(
            model,
            config.packageName(),
            clientName,
            config.sdkName(),
            config.sdkVersion(),
            config.conventions());
    Templates templates = new Templates(config.templateDirectory());
    List<GeneratedFile> files = new ArrayList<>(new JavaEmitter(context).emit());
    files.addAll(new DocsEmitter(context, templates).emit());
    return config.project().isEmpty()
        ? files
        : new MavenProjectEmitter(config.project().get(), model, templates).emit(files);
  }

  /**
   * Compares two versions of a spec in terms of the SDK generated from them.
   *
   * @throws SpecException when either spec has errors
   */
  public static Changelog diff(Path before, Path after) throws SpecException {
    return diff(before, after, RefPolicy.strict());
  }

  /**
   * Compares two versions of a spec whose {@code $ref}s may lead where {@code refs} allows.
   *
   * @throws SpecException when either spec has errors
   */
  public static Changelog diff(Path before, Path after, RefPolicy refs) throws SpecException {
    ReadOptions options = new ReadOptions(false, refs);
    return SpecDiff.compare(
        SpecReader.read(before, options, w -> {}), SpecReader.read(after, options, w -> {}));
  }

  /**
   * What a run did, for a one-line summary.
   *
   * @param upToDate whether generation was skipped because nothing it depends on changed
   * @param changes what changed since the last run: {@code spec}, {@code templates} ...
   * @param operations how many of the spec's operations the SDK has
   * @param operationsInSpec how many operations the spec has; each one left out was warned of
   * @param notDeleted files an earlier run wrote that were left in place, each with why
   * @param replaced files seamgen did not write that a forced run wrote over
   * @param earlierWarnings when skipped, how many warnings the spec had when last generated
   * @param warningsFile when skipped, where those warnings are listed
   */
  public record GenerationResult(
      boolean upToDate,
      List<String> changes,
      int operations,
      int operationsInSpec,
      int types,
      int files,
      int written,
      int unchanged,
      List<String> deleted,
      List<String> notDeleted,
      List<String> replaced,
      List<Problem> warnings,
      int earlierWarnings,
      Path warningsFile) {
    public GenerationResult {
      changes = List.copyOf(changes);
      deleted = List.copyOf(deleted);
      notDeleted = List.copyOf(notDeleted);
      replaced = List.copyOf(replaced);
      warnings = List.copyOf(warnings);
    }

    static GenerationResult skipped(int earlierWarnings, Path warningsFile) {
      return new GenerationResult(
          true,
          List.of(),
          0,
          0,
          0,
          0,
          0,
          0,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          earlierWarnings,
          warningsFile);
    }

    public String summary() {
      if (upToDate) {
        return "up to date: spec, templates, generator version and configuration unchanged "
            + "since the last run, so nothing was generated";
      }
      if (changes.isEmpty() && written == 0 && deleted.isEmpty()) {
        return "up to date: all "
            + files
            + " files unchanged, as the spec, templates, "
            + "generator version and configuration are unchanged since the last run";
      }
      return operations
          + " of "
          + operationsInSpec
          + " operations, "
          + types
          + " types: "
          + files
          + " files ("
          + written
          + " written, "
          + unchanged
          + " unchanged, "
          + deleted.size()
          + " deleted)"
          + "; "
          + reason();
    }

    /** One line per file of someone else's that a forced run wrote over, naming it. */
    public List<String> replacedNotes() {
      List<String> notes = new ArrayList<>();
      for (String file : replaced) {
        notes.add("wrote over " + file + ", which seamgen did not write (forced)");
      }
      return notes;
    }

    /**
     * When skipped and the spec had warnings when last generated: one line saying how many and
     * where to read them, since they are not shown again.
     */
    public Optional<String> earlierWarningsNote() {
      if (!upToDate || earlierWarnings == 0) {
        return Optional.empty();
      }
      return Optional.of(
          earlierWarnings
              + (earlierWarnings == 1 ? " warning" : " warnings")
              + " about the spec when it was last generated, not repeated: see "
              + warningsFile);
    }

    private String reason() {
      if (changes.contains(Fingerprint.NO_EARLIER_RUN)) {
        return "first run into this folder";
      }
      if (changes.contains(OUTPUT_MISSING)) {
        return "files written earlier were missing or are no longer regular files";
      }
      if (changes.isEmpty()) {
        return "generated files had been edited since the last run and were written again";
      }
      String changed = String.join(" and ", changes) + " changed";
      return written == 0 && deleted.isEmpty()
          ? changed + ", but not in a way that changes the generated files"
          : changed;
    }
  }
}
