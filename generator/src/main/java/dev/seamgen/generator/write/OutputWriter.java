package dev.seamgen.generator.write;

import dev.seamgen.generator.config.Setting;
import dev.seamgen.generator.config.SettingNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files into an output folder, touching as little as possible, and only what is
 * seamgen's.
 *
 * <p>A file whose content is unchanged is not rewritten, so its timestamp stays and incremental
 * compilation stays incremental. A file written by an earlier run but not generated now is deleted:
 * the folder's {@value #MANIFEST} lists what seamgen wrote. A file seamgen did not write is never
 * written over nor deleted (unless the run is forced), no path leaves the folder through {@code ..}
 * or a symbolic link, and a run writes everything or, on any error, nothing.
 */
public final class OutputWriter {
  public static final String MANIFEST = ".seamgen-files";

  /** How many names a refusal lists before saying how many more there are. */
  private static final int NAMES_SHOWN = 10;

  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final Path root;
  private final boolean force;
  private final SettingNames names;

  /** A writer that refuses to write over files it did not write. */
  public OutputWriter(Path root) {
    this(root, false);
  }

  /** A writer, forced or not, whose refusals name the settings of the Java API. */
  public OutputWriter(Path root, boolean force) {
    this(root, force, SettingNames.JAVA_API);
  }

  /**
   * A writer; when {@code force} is set, it takes the folder over, writing over files of the same
   * name that it did not write (it still deletes only files it wrote). Its refusals name the
   * settings as {@code names} spells them.
   */
  public OutputWriter(Path root, boolean force, SettingNames names) {
    this.root = root.toAbsolutePath().normalize();
    this.force = force;
    this.names = Objects.requireNonNull(names, "names == null");
  }

  /**
   * Writes {@code files}, and seamgen's own records {@code records} (name to text, such as the
   * fingerprint), and deletes what an earlier run wrote that {@code files} no longer has: all of
   * it, or, on any error, nothing.
   *
   * @throws OutputRefusedException naming what is not seamgen's to touch; nothing was written
   */
  public WriteResult write(List<GeneratedFile> files, Map<String, String> records)
      throws IOException {
    OutputFolder folder = new OutputFolder(root);
    Optional<String> manifest = folder.readOwn(MANIFEST);
    Set<String> previous = manifest.map(OutputWriter::entries).orElse(Set.of());
    folder.refuseSharedFolders(previous, names);
    Set<String> own = new HashSet<>(records.keySet());
    own.add(MANIFEST);

    FileTransaction transaction = new FileTransaction();
    Map<String, Path> targets = new LinkedHashMap<>();
    List<String> foreign = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    int written = 0;
    for (GeneratedFile file : files) {
      if (own.contains(file.path()) || targets.containsKey(file.path())) {
        throw new IllegalArgumentException("generated twice: " + file.path());
      }
      Path target = folder.resolve(file.path(), "write");
      targets.put(file.path(), target);
      byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
      boolean exists = Files.exists(target, NOFOLLOW);
      boolean isForeign = exists && !previous.contains(file.path());
      if (isForeign) {
        foreign.add(file.path());
      }
      if (!exists || !Arrays.equals(Files.readAllBytes(target), content)) {
        transaction.write(target, content);
        written++;
        if (isForeign) {
          replaced.add(file.path());
        }
      }
    }
    if (!force) {
      refuseForeignFiles(
          manifest.isPresent() ? foreign : folder.contents(own), manifest.isPresent());
    }

    List<String> deleted = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<Path> emptied = new HashSet<>();
    for (String stale : previous) {
      if (targets.containsKey(stale) || own.contains(stale)) {
        continue;
      }
      try {
        Path target = folder.resolve(stale, "delete");
        if (Files.isRegularFile(target, NOFOLLOW)) {
          transaction.delete(target);
          deleted.add(stale);
          emptied.add(target.getParent());
        }
      } catch (OutputRefusedException e) {
        skipped.add(e.getMessage()); // A tampered manifest or a planted link: leave it be.
      }
    }

    Map<String, String> allRecords = new LinkedHashMap<>(records);
    allRecords.put(MANIFEST, String.join("\n", targets.keySet()) + "\n");
    for (Map.Entry<String, String> record : allRecords.entrySet()) {
      Path target = folder.resolve(record.getKey(), "write");
      byte[] content = record.getValue().getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(target, NOFOLLOW) || !Arrays.equals(Files.readAllBytes(target), content)) {
        transaction.write(target, content);
      }
    }
    transaction.commit();
    for (Path folderEmptied : emptied) {
      deleteEmptyFolders(folderEmptied, folder.real());
    }
    return new WriteResult(written, files.size() - written, deleted, skipped, replaced);
  }

  /**
   * How the folder differs from {@code files}, without changing it: one line per file whose content
   * differs, that is missing, or that an earlier run wrote but {@code files} no longer has.
   */
  public List<String> differences(List<GeneratedFile> files) throws IOException {
    OutputFolder folder = new OutputFolder(root);
    List<String> differences = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (GeneratedFile file : files) {
      paths.add(file.path());
      Path target = folder.resolve(file.path(), "read");
      if (!Files.isRegularFile(target, NOFOLLOW)) {
        differences.add("missing: " + file.path());
      } else if (!Arrays.equals(
          Files.readAllBytes(target), file.content().getBytes(StandardCharsets.UTF_8))) {
        differences.add("differs: " + file.path());
      }
    }
    for (String previous : folder.readOwn(MANIFEST).map(OutputWriter::entries).orElse(Set.of())) {
      if (!paths.contains(previous) && Files.exists(folder.resolve(previous, "read"), NOFOLLOW)) {
        differences.add("no longer generated: " + previous);
      }
    }
    return differences;
  }

  /** Whether every file the last run wrote is still there, unchanged or not. */
  public boolean isIntact() throws IOException {
    OutputFolder folder = new OutputFolder(root);
    Optional<String> manifest = folder.readOwn(MANIFEST);
    if (manifest.isEmpty()) {
      return false;
    }
    try {
      for (String file : entries(manifest.get())) {
        if (!Files.isRegularFile(folder.resolve(file, "read"), NOFOLLOW)) {
          return false;
        }
      }
    } catch (OutputRefusedException e) {
      return false; // Regenerating will name the problem.
    }
    return true;
  }

  /** seamgen's own record {@code name} in the folder, such as the fingerprint, if there is one. */
  public Optional<String> readRecord(String name) throws IOException {
    return new OutputFolder(root).readOwn(name);
  }

  private void refuseForeignFiles(List<String> foreign, boolean earlierRun)
      throws OutputRefusedException {
    if (foreign.isEmpty()) {
      return;
    }
    String files =
        String.join(", ", foreign.subList(0, Math.min(NAMES_SHOWN, foreign.size())))
            + (foreign.size() > NAMES_SHOWN
                ? " and " + (foreign.size() - NAMES_SHOWN) + " more"
                : "");
    String what =
        earlierRun
            ? "it would write over " + files + ", which seamgen did not write"
            : "it already holds files seamgen did not write: " + files;
    throw new OutputRefusedException(
        "refusing to generate into "
            + root
            + ": "
            + what
            + ". seamgen never writes over or deletes a file it did not write: generate into a "
            + "folder of its own, or run again with "
            + names.name(Setting.FORCE)
            + " to take this folder over, writing over files of the names it generates and "
            + "leaving the others alone.");
  }

  /** The paths a manifest lists, without blank lines. */
  private static Set<String> entries(String manifest) {
    Set<String> entries = new LinkedHashSet<>();
    for (String line : manifest.split("\n", -1)) {
      if (!line.isBlank()) {
        entries.add(line.strip());
      }
    }
    return entries;
  }

  /** Deletes {@code folder} and its parents up to {@code root} while they are empty. */
  private static void deleteEmptyFolders(Path folder, Path root) {
    for (Path current = folder;
        current != null && current.startsWith(root) && !current.equals(root);
        current = current.getParent()) {
      try (Stream<Path> entries = Files.list(current)) {
        if (entries.findAny().isPresent()) {
          return;
        }
        Files.delete(current);
      } catch (IOException | RuntimeException e) {
        return; // Not empty after all, or not ours to delete: it stays.
      }
    }
  }

  /**
   * What a write did.
   *
   * @param skipped files an earlier run wrote that were left in place, each with why: a path
   *     through a link out of the folder, or a file that is now a link
   * @param replaced files seamgen did not write that a forced run wrote over
   */
  public record WriteResult(
      int written,
      int unchanged,
      List<String> deleted,
      List<String> skipped,
      List<String> replaced) {
    public WriteResult {
      deleted = List.copyOf(deleted);
      skipped = List.copyOf(skipped);
      replaced = List.copyOf(replaced);
    }
  }
}
