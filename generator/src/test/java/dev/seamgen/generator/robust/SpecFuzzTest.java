package dev.seamgen.generator.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.seamgen.generator.Generator;
import dev.seamgen.generator.config.GeneratorConfig;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid specs mutated at random (with fixed seeds, so a failure reproduces): a node dropped,
 * duplicated under a new key, or given another type. Every mutant must either generate code that
 * compiles or be refused with clean problems; any other exception is a bug.
 */
class SpecFuzzTest {
  /** 40 per spec in the build; -Dseamgen.fuzzMutants=500 searches further. */
  private static final int MUTANTS_PER_SPEC = Integer.getInteger("seamgen.fuzzMutants", 40);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;

  @TestFactory
  Stream<DynamicTest> petsMutants() throws Exception {
    return mutants(Path.of("src/test/resources/specs/pets.yaml"), 1000);
  }

  @TestFactory
  Stream<DynamicTest> seamMutants() throws Exception {
    return mutants(Path.of("../spec/seam-connect.yaml"), 2000);
  }

  private static Stream<DynamicTest> mutants(Path spec, int firstSeed) throws Exception {
    JsonNode original = new YAMLMapper().readTree(spec.toFile());
    return IntStream.range(firstSeed, firstSeed + MUTANTS_PER_SPEC)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(original, seed)));
  }

  private static void check(JsonNode original, int seed) throws Exception {
    Random random = new Random(seed);
    JsonNode mutant = original.deepCopy();
    String mutation = mutate(mutant, random);
    Path dir = Files.createDirectories(work.resolve("seed-" + seed));
    Path spec = dir.resolve("mutant.json");
    Files.writeString(spec, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(mutant));
    String context = "seed " + seed + ", " + mutation + ", spec " + spec;
    Path output = dir.resolve("out");
    try {
      Generator.run(
          GeneratorConfig.builder()
              .spec(spec)
              .outputDirectory(output)
              .packageName("com.example.fuzz")
              .build());
    } catch (SpecException e) {
      assertFalse(e.problems().isEmpty(), context);
      for (Problem problem : e.problems()) {
        String line = problem.format();
        assertTrue(line.startsWith("mutant.json"), context + ": " + line);
        assertTrue(problem.location().fragment().startsWith("#"), context + ": " + line);
        assertFalse(problem.message().isBlank(), context + ": " + line);
      }
      assertFalse(Files.exists(output), context + ": a refused spec wrote output");
      return;
    } catch (RuntimeException e) {
      fail(context + ": " + e, e);
    }
    assertEquals("", compile(output, dir.resolve("classes")), context);
  }

  /** Applies one random mutation to {@code root}; returns what it did. */
  private static String mutate(JsonNode root, Random random) {
    List<String> pointers = new ArrayList<>();
    collect(root, "", pointers);
    String target = pointers.get(random.nextInt(pointers.size()));
    int slash = target.lastIndexOf('/');
    JsonNode parent = root.at(target.substring(0, slash));
    String key = unescape(target.substring(slash + 1));
    switch (random.nextInt(3)) {
      case 0:
        remove(parent, key);
        return "dropped " + target;
      case 1:
        JsonNode copy = get(parent, key).deepCopy();
        if (parent instanceof ObjectNode object) {
          object.set(key + "_copy", copy);
        } else {
          ((ArrayNode) parent).add(copy);
        }
        return "duplicated " + target;
      default:
        JsonNode replacement =
            switch (random.nextInt(5)) {
              case 0 -> NODES.textNode("retyped");
              case 1 -> NODES.numberNode(42);
              case 2 -> NODES.arrayNode().add("x");
              case 3 -> NODES.objectNode().put("type", "string");
              default -> NODES.booleanNode(true);
            };
        if (parent instanceof ObjectNode object) {
          object.set(key, replacement);
        } else {
          ((ArrayNode) parent).set(Integer.parseInt(key), replacement);
        }
        return "retyped " + target + " to " + replacement;
    }
  }

  private static void collect(JsonNode node, String pointer, List<String> pointers) {
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        pointers.add(child);
        collect(node.get(name), child, pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers.add(pointer + "/" + i);
        collect(node.get(i), pointer + "/" + i, pointers);
      }
    }
  }

  private static JsonNode get(JsonNode parent, String key) {
    return parent.isArray() ? parent.get(Integer.parseInt(key)) : parent.get(key);
  }

  private static void remove(JsonNode parent, String key) {
    if (parent instanceof ObjectNode object) {
      object.remove(key);
    } else {
      ((ArrayNode) parent).remove(Integer.parseInt(key));
    }
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  /** Compiles for Java 11; warnings are allowed, errors are not. */
  private static String compile(Path sources, Path classes) throws Exception {
    Files.createDirectories(classes);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release",
                "11",
                "-proc:none",
                "-nowarn",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString()));
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        ToolProvider.getSystemJavaCompiler().run(null, out, out, args.toArray(String[]::new));
    return status == 0 ? "" : out.toString(StandardCharsets.UTF_8);
  }
}
