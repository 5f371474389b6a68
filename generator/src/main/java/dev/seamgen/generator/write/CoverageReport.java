package dev.seamgen.generator.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.LeftOutOperation;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.problem.Problem;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * What a run made of a spec, as JSON, for people and scripts that track coverage: every operation
 * (verb, path, and its group and method or why it was left out) and every warning (message, file,
 * line, pointer); for a spec that cannot be generated, its errors instead.
 *
 * <p>The file is replaced whole: written beside its target, then renamed over it, so a reader never
 * sees half of one.
 */
public final class CoverageReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root;

  private CoverageReport(ObjectNode root) {
    this.root = root;
  }

  /** The report of a run that generated {@code model}, with the spec's {@code warnings}. */
  public static CoverageReport generated(ApiModel model, List<Problem> warnings) {
    Objects.requireNonNull(model, "model == null");
    ObjectNode root = JSON.createObjectNode();
    root.put("spec", model.specFile());
    root.put("result", "generated");
    root.put("operationsGenerated", model.operationsGenerated());
    root.put("operationsInSpec", model.operationsInSpec());
    ArrayNode operations = root.putArray("operations");
    for (Resource resource : model.allResources()) {
      for (Operation operation : resource.operations()) {
        addGenerated(operations, resource, operation, operation.httpMethod());
        for (String twin : operation.otherMethods()) {
          addGenerated(operations, resource, operation, twin);
        }
      }
    }
    for (LeftOutOperation left : model.leftOut()) {
      ObjectNode node = operations.addObject();
      node.put("verb", left.httpMethod());
      node.put("path", left.path());
      node.put("generated", false);
      node.put("reason", left.reason());
      node.put("pointer", left.location().fragment());
    }
    problems(root.putArray("warnings"), warnings);
    root.putArray("errors");
    return new CoverageReport(root);
  }

  /** The report of a run that could not generate {@code spec}: its errors and warnings. */
  public static CoverageReport refused(String spec, List<Problem> problems) {
    ObjectNode root = JSON.createObjectNode();
    root.put("spec", Objects.requireNonNull(spec, "spec == null"));
    root.put("result", "refused");
    root.put("operationsGenerated", 0);
    root.putArray("operations");
    problems(root.putArray("warnings"), problems.stream().filter(p -> !p.isError()).toList());
    problems(root.putArray("errors"), problems.stream().filter(Problem::isError).toList());
    return new CoverageReport(root);
  }

  private static void addGenerated(
      ArrayNode operations, Resource resource, Operation operation, String verb) {
    ObjectNode node = operations.addObject();
    node.put("verb", verb);
    node.put("path", operation.pathKey());
    node.put("generated", true);
    node.put("group", resource.qualifiedName());
    node.put("method", operation.javaName());
    node.put("pointer", operation.location().fragment());
  }

  private static void problems(ArrayNode array, List<Problem> problems) {
    for (Problem problem : problems) {
      ObjectNode node = array.addObject();
      node.put("message", problem.message());
      node.put("file", problem.location().file());
      problem.line().ifPresentOrElse(line -> node.put("line", line), () -> node.putNull("line"));
      node.put("pointer", problem.location().fragment());
      node.put("hint", problem.hint());
    }
  }

  /** The report as JSON text. */
  public String json() {
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** Writes the report to {@code file}, replacing it whole; its folder is created if missing. */
  public void write(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(temporary, json());
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
