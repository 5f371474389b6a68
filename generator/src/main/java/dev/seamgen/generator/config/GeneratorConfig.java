package dev.seamgen.generator.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * Everything one generation run needs. The CLI and the Maven plugin only build one of these and
 * call {@code Generator.run}.
 *
 * @param spec the OpenAPI file (YAML or JSON) to read
 * @param outputDirectory the folder generated sources and docs go into; created if missing
 * @param packageName the root package, such as {@code dev.seamgen.sdk}
 * @param templateDirectory a folder whose templates replace the built-in ones of the same file name
 * @param clientName the root client's class name; derived from the spec's title when empty
 * @param sdkName what generated clients send as {@code seam-sdk-name}
 * @param sdkVersion what generated clients send as {@code seam-sdk-version}
 * @param incremental whether a run may skip generating when nothing it depends on changed since the
 *     last run into the same folder (the spec and the files it references, the templates, the
 *     generator's version, the configuration) and the files written then are all still there
 * @param includeUndocumented whether operations, properties, schemas and union variants the spec
 *     marks {@code x-undocumented} are generated; by default they are left out
 * @param conventions the API's habits the spec does not state; {@link Conventions#STANDARD} unless
 *     set
 * @param refPolicy where the spec's {@code $ref}s may lead: by default only to files in the spec's
 *     folder; the network and other folders only when allowed
 * @param force whether the run may take over an output folder that holds files seamgen did not
 *     write, writing over those with the names it generates. Without it, such a run stops before
 *     writing anything and names them. It never lets seamgen delete a file it did not write, nor
 *     write into a project's root, a home folder or the file system's root
 * @param reportFile where the run writes its coverage report (JSON: every operation, generated or
 *     left out and why, and every warning); none when empty
 * @param project when present, the output folder becomes a Maven project with these coordinates: a
 *     {@code pom.xml} from the {@code pom.xml.mustache} template, the Java sources under {@code
 *     src/main/java} and the docs at its root
 * @param settingNames how the interface that built this config spells its settings, for messages
 */
public record GeneratorConfig(
    Path spec,
    Path outputDirectory,
    String packageName,
    Optional<Path> templateDirectory,
    Optional<String> clientName,
    String sdkName,
    String sdkVersion,
    boolean incremental,
    boolean includeUndocumented,
    Conventions conventions,
    RefPolicy refPolicy,
    boolean force,
    Optional<Path> reportFile,
    Optional<MavenCoordinates> project,
    SettingNames settingNames) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link GeneratorConfig}s. */
  public static final class Builder {
    private Path spec;
    private Path outputDirectory;
    private String packageName;
    private Optional<String> clientName = Optional.empty();
    private Optional<MavenCoordinates> project = Optional.empty();
    private Optional<Path> templateDirectory = Optional.empty();
    private boolean allowRemoteRefs;
    private final List<Path> allowedRefDirectories = new ArrayList<>();
    private Optional<Path> reportFile = Optional.empty();
    private boolean force;
    private Conventions conventions = Conventions.STANDARD;
    private boolean incremental;
    private boolean includeUndocumented;
    private String sdkName = "seamgen-java";
    private String sdkVersion = Version.current();
    private SettingNames settingNames = SettingNames.JAVA_API;

    private Builder() {}

    private Builder(GeneratorConfig config) {
      this.spec = config.spec;
      this.outputDirectory = config.outputDirectory;
      this.packageName = config.packageName;
      this.clientName = config.clientName;
      this.project = config.project;
      this.templateDirectory = config.templateDirectory;
      this.allowRemoteRefs = config.refPolicy.allowRemote();
      this.allowedRefDirectories.addAll(config.refPolicy.allowedDirectories());
      this.reportFile = config.reportFile;
      this.force = config.force;
      this.conventions = config.conventions;
      this.incremental = config.incremental;
      this.includeUndocumented = config.includeUndocumented;
      this.sdkName = config.sdkName;
      this.sdkVersion = config.sdkVersion;
      this.settingNames = config.settingNames;
    }

    public Builder spec(Path spec) {
      this.spec = Objects.requireNonNull(spec, "spec == null");
      return this;
    }

    public Builder outputDirectory(Path outputDirectory) {
      this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory == null");
      return this;
    }

    /** The root package of the generated code; {@link #build} checks it is a package name. */
    public Builder packageName(String packageName) {
      this.packageName = Objects.requireNonNull(packageName, "packageName == null");
      return this;
    }

    /** The root client's class name; null to name it after the spec's title. */
    public Builder clientName(String clientName) {
      this.clientName = Optional.ofNullable(clientName);
      return this;
    }

    /** The Maven project the output folder becomes; null for sources and docs alone. */
    public Builder project(MavenCoordinates project) {
      this.project = Optional.ofNullable(project);
      return this;
    }

    /** A folder of templates that replace the built-in ones by name; null for none. */
    public Builder templateDirectory(Path templateDirectory) {
      this.templateDirectory = Optional.ofNullable(templateDirectory);
      return this;
    }

    /** Whether {@code $ref}s to {@code http(s)} URLs are fetched; refused by default. */
    public Builder allowRemoteRefs(boolean allowRemoteRefs) {
      this.allowRemoteRefs = allowRemoteRefs;
      return this;
    }

    /** A folder besides the spec's own whose files {@code $ref}s may read. */
    public Builder allowRefDirectory(Path directory) {
      allowedRefDirectories.add(Objects.requireNonNull(directory, "directory == null"));
      return this;
    }

    /** Where to write the coverage report; null for none. */
    public Builder reportFile(Path reportFile) {
      this.reportFile = Optional.ofNullable(reportFile);
      return this;
    }

    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    public Builder conventions(Conventions conventions) {
      this.conventions = Objects.requireNonNull(conventions, "conventions == null");
      return this;
    }

    public Builder incremental(boolean incremental) {
      this.incremental = incremental;
      return this;
    }

    public Builder includeUndocumented(boolean includeUndocumented) {
      this.includeUndocumented = includeUndocumented;
      return this;
    }

    public Builder sdkName(String sdkName) {
      this.sdkName = Objects.requireNonNull(sdkName, "sdkName == null");
      return this;
    }

    public Builder sdkVersion(String sdkVersion) {
      this.sdkVersion = Objects.requireNonNull(sdkVersion, "sdkVersion == null");
      return this;
    }

    /** How messages name the settings; {@link SettingNames#JAVA_API} unless set. */
    public Builder settingNames(SettingNames settingNames) {
      this.settingNames = Objects.requireNonNull(settingNames, "settingNames == null");
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException naming the setting that is missing or invalid
     */
    public GeneratorConfig build() {
      if (spec == null) {
        throw invalid(Setting.SPEC, "is not set: give the OpenAPI file to read");
      }
      if (outputDirectory == null) {
        throw invalid(Setting.OUTPUT_DIRECTORY, "is not set");
      }
      if (packageName == null) {
        throw invalid(Setting.PACKAGE_NAME, "is not set");
      }
      if (!SourceVersion.isName(packageName)) {
        throw invalid(
            Setting.PACKAGE_NAME,
            "'" + packageName + "' is not a valid Java package name, such as com.example.sdk");
      }
      if (clientName.isPresent()
          && (!SourceVersion.isName(clientName.get()) || clientName.get().contains("."))) {
        throw invalid(
            Setting.CLIENT_NAME, "'" + clientName.get() + "' is not a valid Java class name");
      }
      if (templateDirectory.isPresent() && !Files.isDirectory(templateDirectory.get())) {
        throw invalid(Setting.TEMPLATE_DIRECTORY, templateDirectory.get() + " is not a directory");
      }
      for (Path directory : allowedRefDirectories) {
        if (!Files.isDirectory(directory)) {
          throw invalid(Setting.ALLOWED_REF_DIRECTORY, directory + " is not a directory");
        }
      }
      reportFile.ifPresent(this::checkReportFile);
      return new GeneratorConfig(
          spec,
          outputDirectory,
          packageName,
          templateDirectory,
          clientName,
          sdkName,
          sdkVersion,
          incremental,
          includeUndocumented,
          conventions,
          new RefPolicy(allowRemoteRefs, allowedRefDirectories),
          force,
          reportFile,
          project,
          settingNames);
    }

    /**
     * A report in the output folder would be a file seamgen did not write there, which the next run
     * refuses; a folder cannot be written over.
     */
    private void checkReportFile(Path reportFile) {
      Path report = reportFile.toAbsolutePath().normalize();
      if (report.startsWith(outputDirectory.toAbsolutePath().normalize())) {
        throw invalid(
            Setting.REPORT_FILE,
            reportFile
                + " is inside "
                + settingNames.name(Setting.OUTPUT_DIRECTORY)
                + " "
                + outputDirectory
                + ": write it elsewhere, such as target/seamgen-report.json");
      }
      if (Files.isDirectory(report)) {
        throw invalid(
            Setting.REPORT_FILE, reportFile + " is a directory: name a file, such as report.json");
      }
    }

    /** A setting's problem, named as the interface that built this config names it. */
    private IllegalArgumentException invalid(Setting setting, String problem) {
      return new IllegalArgumentException(settingNames.name(setting) + " " + problem);
    }
  }
}
