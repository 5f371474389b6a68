package dev.seamgen.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files into an output folder, touching as little as possible.
 *
 * <p>A file whose content is unchanged is not rewritten, so its timestamp stays and incremental
 * compilation stays incremental. A file written by an earlier run but not generated now is
 * deleted: the folder's {@value #MANIFEST} lists what seamgen wrote, and nothing else in the
 * folder, nor anything outside it, is ever touched.
 */
public final class OutputWriter {
  public static final String MANIFEST = ".seamgen-files";

  private final Path root;

  public OutputWriter(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Writes {@code files}; throws before writing anything if a path would leave the folder. */
  public WriteResult write(List<GeneratedFile> files) throws IOException {
    Set<String> paths = new LinkedHashSet<>();
    for (GeneratedFile file : files) {
      target(file.path());
      if (!paths.add(file.path())) {
        throw new IllegalArgumentException("generated twice: " + file.path());
      }
    }
    Files.createDirectories(root);
    int written = 0;
    int unchanged = 0;
    for (GeneratedFile file : files) {
      Path target = target(file.path());
      byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
        unchanged++;
        continue;
      }
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".seamgen-", ".tmp");
      try {
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      written++;
    }
    List<String> deleted = deleteStale(paths);
    Files.write(root.resolve(MANIFEST), String.join("\n", paths).concat("\n")
        .getBytes(StandardCharsets.UTF_8));
    return new WriteResult(written, unchanged, deleted);
  }

  /**
   * How the folder differs from {@code files}, without changing it: one line per file whose
   * content differs, that is missing, or that an earlier run wrote but {@code files} no longer
   * has.
   */
  public List<String> differences(List<GeneratedFile> files) throws IOException {
    List<String> differences = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (GeneratedFile file : files) {
      paths.add(file.path());
      Path target = target(file.path());
      if (!Files.isRegularFile(target)) {
        differences.add("missing: " + file.path());
      } else if (!Arrays.equals(Files.readAllBytes(target),
          file.content().getBytes(StandardCharsets.UTF_8))) {
        differences.add("differs: " + file.path());
      }
    }
    Path manifest = root.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) {
      for (String previous : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        if (!previous.isBlank() && !paths.contains(previous)
            && Files.exists(root.resolve(previous))) {
          differences.add("no longer generated: " + previous);
        }
      }
    }
    return differences;
  }

  /** Whether every file the last run wrote is still there, unchanged or not. */
  public boolean isIntact() throws IOException {
    Path manifest = root.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    for (String file : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (!file.isBlank() && !Files.isRegularFile(root.resolve(file))) {
        return false;
      }
    }
    return true;
  }

  private List<String> deleteStale(Set<String> current) throws IOException {
    Path manifest = root.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    List<String> deleted = new ArrayList<>();
    Set<Path> parents = new HashSet<>();
    for (String previous : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (previous.isBlank() || current.contains(previous)) {
        continue;
      }
      Path stale;
      try {
        stale = target(previous);
      } catch (IllegalArgumentException outside) {
        continue; // A tampered manifest must not make us delete outside the folder.
      }
      if (Files.deleteIfExists(stale)) {
        deleted.add(previous);
        parents.add(stale.getParent());
      }
    }
    for (Path parent : parents) {
      deleteEmptyDirectories(parent);
    }
    return deleted;
  }

  private void deleteEmptyDirectories(Path directory) throws IOException {
    Path current = directory;
    while (current != null && current.startsWith(root) && !current.equals(root)) {
      try (Stream<Path> entries = Files.list(current)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      } catch (UncheckedIOException | IOException e) {
        return;
      }
      Files.delete(current);
      current = current.getParent();
    }
  }

  private Path target(String relative) {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IllegalArgumentException("refusing to write outside " + root + ": " + relative);
    }
    return target;
  }

  /** What a write did. */
  public record WriteResult(int written, int unchanged, List<String> deleted) {
    public WriteResult {
      deleted = List.copyOf(deleted);
    }
  }
}
