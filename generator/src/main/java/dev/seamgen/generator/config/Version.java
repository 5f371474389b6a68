package dev.seamgen.generator.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The generator's own version, as Maven built it, and the versions a generated Maven project asks
 * for: those seamgen itself was built and tested with.
 */
public final class Version {
  private static final Properties BUILT = load();

  private Version() {}

  public static String current() {
    return BUILT.getProperty("version", "unknown");
  }

  /** The Jackson version {@code seamgen-runtime} was built against. */
  public static String jackson() {
    return BUILT.getProperty("jackson", "unknown");
  }

  /** The version of {@code maven-compiler-plugin} seamgen is built with. */
  public static String compilerPlugin() {
    return BUILT.getProperty("compilerPlugin", "unknown");
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
