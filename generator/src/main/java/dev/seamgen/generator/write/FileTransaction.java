package dev.seamgen.generator.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Writes and deletes a set of files all at once or not at all. Every new content is first written
 * to a temporary file beside its target; only when all are written are they renamed into place,
 * each replaced or deleted file first renamed aside, so that a failure at any step puts every file
 * back as it was and removes the folders it created.
 *
 * <p>Files are created like any other, so their mode follows the umask.
 */
final class FileTransaction {
  static final String TEMPORARY_PREFIX = ".seamgen-";

  private final List<Step> steps = new ArrayList<>();

  /** Adds writing {@code content} to {@code target}, which is replaced if it exists. */
  void write(Path target, byte[] content) {
    steps.add(new Step(target, content.clone()));
  }

  /** Adds deleting {@code target}. */
  void delete(Path target) {
    steps.add(new Step(target, null));
  }

  /** Carries out every step, or none. */
  void commit() throws IOException {
    Deque<Path> createdFolders = new ArrayDeque<>();
    List<Path> temporaries = new ArrayList<>();
    Deque<Runnable> undo = new ArrayDeque<>();
    List<Path> backups = new ArrayList<>();
    try {
      for (Step step : steps) {
        if (step.content != null) {
          createFolders(step.target.getParent(), createdFolders);
          step.temporary = sibling(step.target, ".tmp");
          temporaries.add(step.temporary);
          Files.write(
              step.temporary,
              step.content,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
        }
      }
      for (Step step : steps) {
        if (Files.exists(step.target, LinkOption.NOFOLLOW_LINKS)) {
          Path backup = sibling(step.target, ".bak");
          move(step.target, backup);
          backups.add(backup);
          undo.push(() -> moveQuietly(backup, step.target));
        }
        if (step.temporary != null) {
          move(step.temporary, step.target);
          undo.push(() -> moveQuietly(step.target, step.temporary));
        }
      }
    } catch (IOException | RuntimeException e) {
      undo.forEach(Runnable::run);
      for (Path temporary : temporaries) {
        deleteQuietly(temporary);
      }
      while (!createdFolders.isEmpty()) {
        deleteQuietly(createdFolders.pop());
      }
      throw e;
    }
    for (Path backup : backups) {
      deleteQuietly(backup);
    }
  }

  /** Whether {@code name} is one of the files a transaction keeps while it runs. */
  static boolean isTemporary(String name) {
    return name.matches("(.*/)?\\" + TEMPORARY_PREFIX + "[0-9a-f-]{36}\\.(tmp|bak)");
  }

  private static Path sibling(Path target, String suffix) {
    return target.resolveSibling(TEMPORARY_PREFIX + UUID.randomUUID() + suffix);
  }

  /** Creates {@code folder} and missing parents, remembering each, deepest last. */
  private static void createFolders(Path folder, Deque<Path> created) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = folder;
        p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      created.push(p);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void moveQuietly(Path from, Path to) {
    try {
      move(from, to);
    } catch (IOException | RuntimeException ignored) {
      // Undoing goes on with the other files; the one left is still named in the error.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException | RuntimeException ignored) {
      // A folder that is not empty, or already gone: nothing more to undo.
    }
  }

  private static final class Step {
    final Path target;
    final byte[] content;
    Path temporary;

    Step(Path target, byte[] content) {
      this.target = target;
      this.content = content;
    }
  }
}
