package dev.seamgen.generator.write;

import java.util.Objects;

/**
 * One output file, held in memory until every file has been generated, so that a failure part way
 * leaves the output folder as it was.
 *
 * @param path where the file goes, relative to the output folder, with {@code /} separators
 * @param source where in the spec the file came from, as its header names it, such as {@code
 *     api.yaml (#/components/schemas/pet)}
 * @param body the file's text after the header, which the writer adds
 */
public record GeneratedFile(String path, String source, String body) {
  public GeneratedFile {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(body, "body == null");
  }

  /** The file's full text: its header, then its body. */
  public String content() {
    return FileHeader.of(path, source) + body;
  }
}
