package dev.seamgen.generator.config;

/**
 * A setting of a run that a message may have to name. Each interface (the Java API, the command
 * line, the Maven plugin) spells it its own way; {@link SettingNames} says how.
 */
public enum Setting {
  SPEC,
  OUTPUT_DIRECTORY,
  PACKAGE_NAME,
  CLIENT_NAME,
  TEMPLATE_DIRECTORY,
  ALLOWED_REF_DIRECTORY,
  REPORT_FILE,
  /** A switch: its name is how to turn it on. */
  FORCE
}
