package dev.seamgen.generator.write;

import java.util.Objects;

/**
 * One output file, held in memory until every file has been generated, so that a failure part
 * way leaves the output folder as it was.
 *
 * @param path where the file goes, relative to the output folder, with {@code /} separators
 */
public record GeneratedFile(String path, String content) {
  public GeneratedFile {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(content, "content == null");
  }
}
