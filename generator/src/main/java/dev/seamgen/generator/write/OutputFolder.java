package dev.seamgen.generator.write;

import dev.seamgen.generator.config.Setting;
import dev.seamgen.generator.config.SettingNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output folder, and where a path in it really leads. Paths are resolved to real paths before
 * anything is read, written or deleted, so neither {@code ..} nor a symbolic link planted in the
 * folder leads out of it; a link above the folder (a {@code target} on another disk) is the user's
 * choice and is followed.
 */
final class OutputFolder {
  /** Files whose presence says a folder is a project's root, not a folder for generated code. */
  private static final List<String> PROJECT_MARKERS =
      List.of(
          "pom.xml",
          "build.gradle",
          "build.gradle.kts",
          "settings.gradle",
          "settings.gradle.kts",
          ".git");

  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final Path root;
  private final Path real;

  OutputFolder(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.real = realPath(this.root, this.root.toString());
  }

  /** The folder as the user named it, for messages. */
  Path root() {
    return root;
  }

  /** The folder with every link above it resolved; where writes happen. */
  Path real() {
    return real;
  }

  /**
   * Refuses a folder seamgen would share with other people's files: the file system's root, a home
   * folder or one that holds it, and a project's root. A {@code pom.xml} that seamgen wrote, listed
   * in {@code written} and still starting with its header, makes the folder a project seamgen
   * generated: neither it nor a {@code .git} beside it (that project under version control) is a
   * sign of someone else's project.
   */
  void refuseSharedFolders(Set<String> written, SettingNames names) throws OutputRefusedException {
    String problem = null;
    String instead = "a folder of its own";
    Path home = home();
    if (real.getParent() == null) {
      problem = "is the root of the file system";
    } else if (home != null && home.startsWith(real)) {
      problem = home.equals(real) ? "is your home folder" : "holds your home folder";
    } else {
      boolean generatedProject = isOwn("pom.xml", written);
      for (String marker : PROJECT_MARKERS) {
        boolean generated = generatedProject && (marker.equals("pom.xml") || marker.equals(".git"));
        if (Files.exists(real.resolve(marker), NOFOLLOW) && !generated) {
          problem = "holds " + marker + ", so it is a project's root";
          instead = root.resolve("target/generated-sources/seamgen").toString();
          break;
        }
      }
    }
    if (problem != null) {
      throw new OutputRefusedException(
          "refusing to generate into "
              + root
              + ": it "
              + problem
              + ", and seamgen would mix its files with others there. Generate into "
              + instead
              + " instead (add it as a source folder); "
              + names.name(Setting.FORCE)
              + " does not change this.");
    }
  }

  private boolean isOwn(String file, Set<String> written) {
    Path path = real.resolve(file);
    if (!written.contains(file) || !Files.isRegularFile(path, NOFOLLOW)) {
      return false;
    }
    try {
      return FileHeader.isGenerated(file, Files.readString(path));
    } catch (IOException notText) {
      return false;
    }
  }

  /**
   * Where {@code relative} really is, for {@code verb} ({@code write}, {@code delete}).
   *
   * @throws OutputRefusedException when it is outside the folder, or a link leads it out, or it is
   *     itself a link or a folder
   */
  Path resolve(String relative, String verb) throws IOException {
    Path textual = real.resolve(relative).normalize();
    if (relative.isEmpty()
        || Path.of(relative).isAbsolute()
        || !textual.startsWith(real)
        || textual.equals(real)) {
      throw new OutputRefusedException(
          "refusing to " + verb + " " + relative + ": it is " + "outside " + root);
    }
    Path parent = realPath(textual.getParent(), relative);
    if (!parent.startsWith(real)) {
      throw new OutputRefusedException(
          "refusing to "
              + verb
              + " "
              + relative
              + ": a symbolic "
              + "link in "
              + root
              + " leads it to "
              + parent
              + ", outside the output folder, and "
              + "seamgen never follows a link out of it. Remove the link and run again.");
    }
    Path target = parent.resolve(textual.getFileName());
    if (Files.isSymbolicLink(target)) {
      throw new OutputRefusedException(
          "refusing to "
              + verb
              + " "
              + relative
              + ": it is a "
              + "symbolic link (to "
              + Files.readSymbolicLink(target)
              + "), not a file seamgen "
              + "wrote. Remove the link and run again.");
    }
    if (Files.exists(target, NOFOLLOW) && !Files.isRegularFile(target, NOFOLLOW)) {
      throw new OutputRefusedException(
          "refusing to "
              + verb
              + " "
              + relative
              + ": it is a "
              + "folder or a special file, not a file seamgen wrote. Move it away and run again.");
    }
    return target;
  }

  /** The text of seamgen's own file {@code name} in the folder, if there is one. */
  Optional<String> readOwn(String name) throws IOException {
    Path file = real.resolve(name);
    if (!Files.exists(file, NOFOLLOW)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file, NOFOLLOW)) {
      throw new OutputRefusedException(
          root.resolve(name)
              + " is not a regular file (a link or "
              + "a folder); seamgen keeps its own records there and does not follow links. Delete "
              + "it and run again.");
    }
    return Optional.of(Files.readString(file));
  }

  /**
   * What the folder holds besides {@code own} and seamgen's temporary files: its files and links,
   * and its folders that hold any file (shown with a trailing {@code /}), sorted; empty when the
   * folder is missing.
   */
  List<String> contents(Set<String> own) throws IOException {
    if (!Files.isDirectory(real)) {
      return List.of();
    }
    List<String> contents = new ArrayList<>();
    try (Stream<Path> entries = Files.list(real)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (own.contains(name) || FileTransaction.isTemporary(name)) {
          continue;
        }
        if (!Files.isDirectory(entry, NOFOLLOW)) {
          contents.add(name);
        } else if (holdsAFile(entry)) {
          contents.add(name + "/");
        }
      }
    }
    return contents;
  }

  private static boolean holdsAFile(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.anyMatch(p -> !Files.isDirectory(p, NOFOLLOW));
    }
  }

  /**
   * {@code path} with its deepest existing folder resolved to its real path and the missing rest
   * appended.
   */
  private static Path realPath(Path path, String shown) throws IOException {
    Path existing = path;
    while (existing != null && !Files.exists(existing, NOFOLLOW)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(path).toString());
    } catch (NoSuchFileException dangling) {
      throw new OutputRefusedException(
          "refusing to write "
              + shown
              + ": "
              + existing
              + " is a symbolic link to nothing. Remove it and run again.");
    }
  }

  private static Path home() {
    try {
      String home = System.getProperty("user.home");
      return home == null || home.isEmpty() ? null : Path.of(home).toRealPath();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
