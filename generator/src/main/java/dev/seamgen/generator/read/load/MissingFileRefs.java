package dev.seamgen.generator.read.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.source.SchemaPositions;
import dev.seamgen.generator.read.source.SpecStrings;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Schema references to files that do not exist, read as untyped JSON: one missing file should not
 * refuse a spec whose every other part can be generated. Each becomes a schema with no type, with a
 * warning at the {@code $ref}.
 *
 * <p>Only references the {@link SpecSources} policy allows get here (the spec reader refuses the
 * others first), so reading them leniently never reads or fetches what the policy forbids.
 */
final class MissingFileRefs {
  private MissingFileRefs() {}

  /**
   * The pointers of the objects in {@code spec} whose schema {@code $ref} names a local file that
   * does not exist; {@code refs} holds the file's references by the pointer of the object that
   * holds each.
   */
  static List<String> holders(Path spec, Map<String, String> refs) {
    return refs.entrySet().stream()
        .filter(e -> SchemaPositions.isSchema(SchemaPositions.split(e.getKey())))
        .filter(e -> namesMissingFile(spec, e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Drops the {@code $ref} of each holder in {@code root}, leaving a schema without a type, and
   * adds a warning at each to {@code warnings}.
   */
  static void untype(
      JsonNode root,
      List<String> holders,
      Map<String, String> refs,
      String file,
      List<Problem> warnings) {
    for (String holder : holders) {
      if (root.at(holder) instanceof ObjectNode object) {
        object.remove("$ref");
        String ref = refs.get(holder);
        warnings.add(
            Problem.warning(
                new Location(file, holder + "/$ref"),
                "reference "
                    + SpecStrings.quoted(ref)
                    + " names a file that does not exist; its schema is read as untyped JSON",
                "Create the file, or fix the $ref; its path is relative to the spec's folder"));
      }
    }
  }

  /** Whether {@code ref} names a local file, relative or {@code file:}, that does not exist. */
  private static boolean namesMissingFile(Path spec, String ref) {
    int hash = ref.indexOf('#');
    String target = hash < 0 ? ref : ref.substring(0, hash);
    if (target.isEmpty()) {
      return false;
    }
    try {
      Path file;
      if (target.regionMatches(true, 0, "file:", 0, 5)) {
        file = Path.of(new URI(target));
      } else if (target.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
        // Fetched, not read from disk: whether it exists is the network's to say.
        return false;
      } else {
        Path folder = spec.toAbsolutePath().getParent();
        // Missing only when neither spelling (as written, percent-decoded) names a file.
        if (Files.exists(folder.resolve(target))) {
          return false;
        }
        file = folder.resolve(URLDecoder.decode(target, StandardCharsets.UTF_8));
      }
      return !Files.exists(file);
    } catch (URISyntaxException | IllegalArgumentException e) {
      // Not a path seamgen can check; Swagger Parser reports the reference.
      return false;
    }
  }
}
