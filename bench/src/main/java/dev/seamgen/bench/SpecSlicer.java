package dev.seamgen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a JSON spec into the family the scaling benchmark measures: for each divisor n, every n-th
 * of its paths (in document order, so each cut spreads over the whole API and contains the smaller
 * ones) with only the components those paths reach through {@code $ref}s; security schemes, which
 * operations name without {@code $ref}, all stay. Writes {@code <name>-1of<n>.json} and a CSV of
 * each cut's size.
 *
 * <p>Usage: {@code SpecSlicer <spec.json> <out dir> <sizes.csv> <divisor>...}
 */
public final class SpecSlicer {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final String COMPONENTS = "#/components/";

  private SpecSlicer() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Path source = Path.of(args[0]);
    JsonNode spec = mapper.readTree(source.toFile());
    Path out = Files.createDirectories(Path.of(args[1]));
    String name = source.getFileName().toString().replaceFirst("\\.json$", "");
    try (Writer csv = Files.newBufferedWriter(Path.of(args[2]))) {
      csv.write("spec,divisor,paths,operations,schemas,bytes\n");
      for (String divisor : List.of(args).subList(3, args.length)) {
        ObjectNode cut = cut(spec, Integer.parseInt(divisor));
        Path file = out.resolve(name + "-1of" + divisor + ".json");
        mapper.writeValue(file.toFile(), cut);
        String line =
            String.join(
                ",",
                file.getFileName().toString(),
                divisor,
                Integer.toString(cut.path("paths").size()),
                Integer.toString(operations(cut)),
                Integer.toString(cut.path("components").path("schemas").size()),
                Long.toString(Files.size(file)));
        csv.write(line + "\n");
        System.out.println("slice: " + line);
      }
    }
  }

  /** Every {@code divisor}-th path and the components they reach. */
  static ObjectNode cut(JsonNode spec, int divisor) {
    if (divisor < 1) {
      throw new IllegalArgumentException("divisor < 1: " + divisor);
    }
    ObjectNode cut = spec.deepCopy();
    ObjectNode paths = cut.putObject("paths");
    int index = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      if (index++ % divisor == 0) {
        paths.set(path.getKey(), path.getValue());
      }
    }
    if (!spec.has("components")) {
      return cut;
    }
    Set<String> reached = reached(spec, cut);
    ObjectNode components = cut.putObject("components");
    for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("components").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> section = it.next();
      if (section.getKey().equals("securitySchemes")) {
        components.set(section.getKey(), section.getValue());
        continue;
      }
      ObjectNode kept = components.putObject(section.getKey());
      section
          .getValue()
          .fields()
          .forEachRemaining(
              entry -> {
                if (reached.contains(section.getKey() + "/" + entry.getKey())) {
                  kept.set(entry.getKey(), entry.getValue());
                }
              });
    }
    return cut;
  }

  /** The components ({@code section/name}) reachable from everything but the components. */
  private static Set<String> reached(JsonNode spec, ObjectNode cut) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    cut.fields()
        .forEachRemaining(
            entry -> {
              if (!entry.getKey().equals("components")) {
                pending.push(entry.getValue());
              }
            });
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isObject()) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS)) {
          String key = ref.asText().substring(COMPONENTS.length());
          String[] parts = key.split("/", 2);
          JsonNode target = spec.path("components").path(parts[0]).path(unescape(parts[1]));
          if (!target.isMissingNode() && reached.add(parts[0] + "/" + unescape(parts[1]))) {
            pending.push(target);
          }
        }
      }
      node.elements().forEachRemaining(pending::push);
    }
    return reached;
  }

  /** A JSON pointer segment's text: {@code ~1} is {@code /}, {@code ~0} is {@code ~}. */
  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  private static int operations(JsonNode spec) {
    int count = 0;
    for (JsonNode path : spec.path("paths")) {
      for (Iterator<String> it = path.fieldNames(); it.hasNext(); ) {
        if (METHODS.contains(it.next())) {
          count++;
        }
      }
    }
    return count;
  }
}
