package dev.seamgen.generator.config;

/**
 * How one interface spells each {@link Setting}, so that a message names what its reader typed:
 * {@code --package} on the command line, {@code <packageName>} in a POM. For a switch such as
 * {@link Setting#FORCE}, the name is how to turn it on.
 */
@FunctionalInterface
public interface SettingNames {
  /** The names of {@link GeneratorConfig.Builder}'s methods, for code that builds a config. */
  SettingNames JAVA_API =
      setting ->
          switch (setting) {
            case SPEC -> "spec";
            case OUTPUT_DIRECTORY -> "outputDirectory";
            case PACKAGE_NAME -> "packageName";
            case CLIENT_NAME -> "clientName";
            case TEMPLATE_DIRECTORY -> "templateDirectory";
            case ALLOWED_REF_DIRECTORY -> "allowRefDirectory";
            case REPORT_FILE -> "reportFile";
            case FORCE -> "force(true)";
          };

  /** How {@code setting} is given in this interface. */
  String name(Setting setting);
}
