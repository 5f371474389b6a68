package dev.seamgen.generator.incremental;

import dev.seamgen.generator.config.GeneratorConfig;
import dev.seamgen.generator.config.Version;
import dev.seamgen.generator.read.load.SpecSources;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of everything that decides a run's output: the spec and every file it references, the
 * templates, the generator's version and the configuration. Computed without parsing the spec as
 * OpenAPI (only its {@code $ref}s are read, under the same policy as generation, so a refused
 * reference is not read here either), so checking it takes milliseconds. Remote documents, when
 * allowed, are fetched and count like files.
 *
 * <p>It is kept per part, so that a changed fingerprint can say what changed.
 */
public final class Fingerprint {
  public static final String FILE = ".seamgen-fingerprint";
  public static final String NO_EARLIER_RUN = "no earlier run";

  /** Where seamgen's own classes and templates sit in a jar. */
  private static final String OWN_CODE = "dev/seamgen/";

  private final Map<String, String> parts;

  private Fingerprint(Map<String, String> parts) {
    this.parts = parts;
  }

  /** The fingerprint of what {@code config} would generate from. */
  public static Fingerprint of(GeneratorConfig config) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("spec", digestSources(SpecSources.read(config.spec(), config.refPolicy())));
    parts.put(
        "templates",
        config.templateDirectory().isPresent()
            ? digestFiles(filesUnder(config.templateDirectory().get()))
            : "built-in");
    parts.put("generator version", generatorVersion());
    parts.put(
        "configuration",
        digest(
            String.join(
                    "\n",
                    config.packageName(),
                    config.clientName().orElse(""),
                    config.sdkName(),
                    config.sdkVersion(),
                    "includeUndocumented=" + config.includeUndocumented(),
                    "conventions=" + config.conventions().configName(),
                    "refs=" + config.refPolicy())
                .getBytes(StandardCharsets.UTF_8)));
    // A part of its own, present only with --project, so that other runs' fingerprints stay.
    config.project().ifPresent(project -> parts.put("project", project.toString()));
    return new Fingerprint(parts);
  }

  /** The fingerprint {@link #text} wrote, or an empty one when there was no earlier run. */
  public static Fingerprint parse(Optional<String> text) throws IOException {
    if (text.isEmpty()) {
      return new Fingerprint(Map.of());
    }
    Properties properties = new Properties();
    properties.load(new StringReader(text.get()));
    Map<String, String> parts = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      parts.put(name, properties.getProperty(name));
    }
    return new Fingerprint(parts);
  }

  /** This fingerprint as the text of {@value #FILE}, sorted so the file is stable. */
  public String text() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(parts)
        .forEach((k, v) -> text.append(k.replace(" ", "\\ ")).append('=').append(v).append('\n'));
    return text.toString();
  }

  /**
   * What differs from {@code previous}, such as {@code spec} or {@code templates}; empty when
   * nothing does.
   */
  public List<String> changesSince(Fingerprint previous) {
    if (previous.parts.isEmpty()) {
      return List.of(NO_EARLIER_RUN);
    }
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> part : parts.entrySet()) {
      if (!part.getValue().equals(previous.parts.get(part.getKey()))) {
        changed.add(part.getKey());
      }
    }
    for (String name : previous.parts.keySet()) {
      if (!parts.containsKey(name)) {
        changed.add(name); // Such as a project asked for before and not now.
      }
    }
    return changed;
  }

  /**
   * The generator's version; for a SNAPSHOT, also a digest of its code, because a rebuilt SNAPSHOT
   * generator keeps its version but may generate something else.
   */
  private static String generatorVersion() throws IOException {
    String version = Version.current();
    if (!version.endsWith("-SNAPSHOT")) {
      return version;
    }
    try {
      Path code =
          Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return version
          + "+"
          + (Files.isDirectory(code) ? digestFiles(filesUnder(code)) : digestJarCode(code));
    } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
      return version;
    }
  }

  /**
   * A digest of seamgen's own classes and templates in {@code jar}, from the CRCs its directory
   * already lists: reading the whole jar (the command line's bundles every dependency) would cost
   * more than the rest of the check, and pinned dependencies change only with the version.
   */
  private static String digestJarCode(Path jar) throws IOException {
    // Plain loops, not streams: this runs in a cold JVM on every build, where each lambda's first
    // call costs a bootstrap.
    Map<String, Long> crcs = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.getName().startsWith(OWN_CODE)) {
          crcs.put(entry.getName(), entry.getCrc());
        }
      }
    }
    ContentHash digest = new ContentHash();
    for (Map.Entry<String, Long> entry : crcs.entrySet()) {
      digest.update(entry.getKey()).update(Long.toString(entry.getValue()));
    }
    return digest.hex();
  }

  /** Every file under {@code directory}, in a stable order. */
  private static Set<Path> filesUnder(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .sorted()
          .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }
  }

  private static String digestFiles(Set<Path> files) throws IOException {
    ContentHash digest = new ContentHash();
    for (Path file : files) {
      digest.update(file.getFileName().toString());
      if (Files.isRegularFile(file)) {
        digest.update(Files.readAllBytes(file));
      }
    }
    return digest.hex();
  }

  /** The spec and what its references reach, remote documents included. */
  private static String digestSources(SpecSources sources) {
    ContentHash digest = new ContentHash();
    for (SpecSources.Source source : sources.sources()) {
      digest.update(source.name());
      if (source.content().isPresent()) {
        digest.update(source.content().get());
      } else {
        digest.update("unreadable");
      }
    }
    return digest.hex();
  }

  private static String digest(byte[] bytes) {
    return new ContentHash().update(bytes).hex();
  }
}
