package dev.seamgen.generator.read.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/** Streaming parsers for spec files, JSON or YAML, sized for large real-world specs. */
public final class SpecFiles {
  /** Seam's published document alone is over 3 MB, SnakeYAML's default limit. */
  public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  // A key written twice in one object is an error, reported at its second occurrence: Swagger
  // Parser would name neither line.
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final YAMLFactory YAML;

  static {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    YAML =
        YAMLFactory.builder()
            .loaderOptions(options)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  private SpecFiles() {}

  /** A parser for {@code file}: JSON for {@code .json}, YAML (a superset of JSON) otherwise. */
  public static JsonParser parser(Path file) throws IOException {
    return isJson(file.getFileName().toString())
        ? JSON.createParser(file.toFile())
        : YAML.createParser(file.toFile());
  }

  /** A parser for {@code content} of a document called {@code name}, as for a file. */
  public static JsonParser parser(byte[] content, String name) throws IOException {
    return isJson(name == null ? "" : name)
        ? JSON.createParser(content)
        : YAML.createParser(content);
  }

  private static boolean isJson(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
