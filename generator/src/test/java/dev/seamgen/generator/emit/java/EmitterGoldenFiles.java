package dev.seamgen.generator.emit.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.seamgen.generator.config.Conventions;
import dev.seamgen.generator.emit.java.poet.JavaContext;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.problem.SpecException;
import dev.seamgen.generator.read.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * One emitter's output for one class of {@code specs/emitters.yaml}, against the file checked in
 * under {@code src/test/resources/golden/emitters}. After an intended change, rewrite them with
 * {@code ./mvnw -pl generator test -Dtest='*EmitterTest' -Dseamgen.updateGolden=true} and review
 * the diff, as for {@code GoldenFilesTest}.
 */
public final class EmitterGoldenFiles {
  static final Path FIXTURE = Paths.get("src/test/resources/specs/emitters.yaml");
  private static final Path GOLDEN = Paths.get("src/test/resources/golden/emitters");

  private EmitterGoldenFiles() {}

  /** The context the emitters of the fixture work in: package {@code com.example.kennel}. */
  public static JavaContext context() throws SpecException {
    ApiModel model = SpecReader.read(FIXTURE, warning -> {});
    return new JavaContext(
        model, "com.example.kennel", "Kennel", "kennel-sdk", "1.0.0", Conventions.STANDARD);
  }

  /** The operation {@code javaName} of {@code resource}. */
  public static Operation operation(Resource resource, String javaName) {
    return resource.operations().stream()
        .filter(o -> o.javaName().equals(javaName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + javaName));
  }

  /** The group {@code qualifiedName} ({@code kennels}, {@code kennels.staff}) of the fixture. */
  public static Resource resource(JavaContext context, String qualifiedName) {
    return context.model().allResources().stream()
        .filter(r -> r.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + qualifiedName));
  }

  /** Asserts that {@code actual} is the golden file {@code name}, or rewrites it when asked to. */
  public static void assertMatches(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("seamgen.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
    }
    assertEquals(Files.readString(golden), actual, name + " differs from its golden file");
  }
}
