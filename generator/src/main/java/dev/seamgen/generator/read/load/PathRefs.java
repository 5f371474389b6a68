package dev.seamgen.generator.read.load;

import dev.seamgen.generator.read.source.SchemaPositions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Follows {@code $ref}s that point into {@code #/paths} rather than {@code #/components}: a
 * parameter, request body or response written once under one operation and referenced from others
 * ({@code $ref: '#/paths/~1books/get/parameters/0'}). Swagger Parser leaves such request bodies and
 * responses in place, and drops such parameters; the passes follow only references into components.
 * So this pass puts the target in place of each such reference, and back in place of each dropped
 * parameter (found in the spec file's own references), before the passes run. A reference that
 * leads nowhere is left for the passes to report.
 */
public final class PathRefs {
  private static final String PREFIX = "#/paths/";

  /** How many references one chain may pass through; more is a cycle. */
  private static final int MAX_HOPS = 16;

  private final OpenAPI api;

  private PathRefs(OpenAPI api) {
    this.api = api;
  }

  /**
   * Replaces every reference into {@code #/paths} in {@code api}'s operations by its target; {@code
   * written} holds the spec file's references by the pointer of the object that holds each.
   */
  public static void inline(OpenAPI api, Map<String, String> written) {
    if (api.getPaths() == null) {
      return;
    }
    PathRefs refs = new PathRefs(api);
    refs.restoreDroppedParameters(written);
    for (PathItem item : api.getPaths().values()) {
      refs.parameters(item.getParameters());
      for (Operation op : item.readOperations()) {
        refs.parameters(op.getParameters());
        if (op.getRequestBody() != null) {
          op.setRequestBody(refs.follow(op.getRequestBody(), RequestBody.class));
        }
        refs.responses(op.getResponses());
      }
    }
  }

  /**
   * Puts back, at their index, the parameters written as references into {@code #/paths} that
   * Swagger Parser dropped. Their targets are taken before any is put back, so that indexes name
   * the parameters as written.
   */
  private void restoreDroppedParameters(Map<String, String> written) {
    List<Dropped> found = new ArrayList<>();
    for (Map.Entry<String, String> entry : written.entrySet()) {
      List<String> at = SchemaPositions.tokens("#" + entry.getKey());
      boolean parameter =
          (at.size() == 4 || at.size() == 5)
              && at.get(0).equals("paths")
              && at.get(at.size() - 2).equals("parameters")
              && at.get(at.size() - 1).chars().allMatch(Character::isDigit);
      if (!parameter || !entry.getValue().startsWith(PREFIX)) {
        continue;
      }
      Parameter target = follow(new Parameter().$ref(entry.getValue()), Parameter.class);
      if (target.get$ref() == null || !target.get$ref().startsWith(PREFIX)) {
        found.add(new Dropped(at, entry.getValue(), target));
      }
    }
    for (Dropped each : found) {
      List<String> at = each.at();
      PathItem item = api.getPaths().get(at.get(1));
      if (item == null) {
        continue;
      }
      Operation op = at.size() == 5 ? operation(item, at.get(2)) : null;
      if (at.size() == 5 && op == null) {
        continue;
      }
      List<Parameter> list = op != null ? op.getParameters() : item.getParameters();
      if (list == null) {
        list = new ArrayList<>();
        if (op != null) {
          op.setParameters(list);
        } else {
          item.setParameters(list);
        }
      }
      Parameter parameter = each.target();
      // The Swagger 2.0 converter keeps such references: they are followed below.
      boolean kept = list.stream().anyMatch(p -> p != null && each.ref().equals(p.get$ref()));
      if (!kept && !list.contains(parameter)) {
        list.add(Math.min(Integer.parseInt(at.get(at.size() - 1)), list.size()), parameter);
      }
    }
  }

  /**
   * A parameter written as reference {@code ref} at {@code at} (pointer tokens), and its target.
   */
  private record Dropped(List<String> at, String ref, Parameter target) {}

  private void parameters(List<Parameter> parameters) {
    if (parameters != null) {
      parameters.replaceAll(p -> p == null ? null : follow(p, Parameter.class));
    }
  }

  private void responses(ApiResponses responses) {
    if (responses != null) {
      responses.replaceAll((code, r) -> r == null ? null : follow(r, ApiResponse.class));
    }
  }

  /** {@code value}, or what its chain of references into {@code #/paths} leads to. */
  private <T> T follow(T value, Class<T> kind) {
    T current = value;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      String ref = ref(current);
      if (ref == null || !ref.startsWith(PREFIX)) {
        return current;
      }
      Object target = target(SchemaPositions.tokens("#/" + ref.substring(PREFIX.length())));
      if (!kind.isInstance(target)) {
        return current;
      }
      current = kind.cast(target);
    }
    return value;
  }

  private static String ref(Object value) {
    if (value instanceof Parameter p) {
      return p.get$ref();
    }
    if (value instanceof RequestBody b) {
      return b.get$ref();
    }
    return value instanceof ApiResponse r ? r.get$ref() : null;
  }

  /**
   * What {@code [path, verb, parameters, 0]} and the like name: a path's or an operation's
   * parameter, an operation's request body, or one of its responses; null for anything else.
   */
  private Object target(List<String> tokens) {
    if (tokens.size() < 2) {
      return null;
    }
    PathItem item = api.getPaths().get(tokens.get(0));
    if (item == null) {
      return null;
    }
    if (tokens.get(1).equals("parameters")) {
      return tokens.size() == 3 ? element(item.getParameters(), tokens.get(2)) : null;
    }
    Operation op = operation(item, tokens.get(1));
    if (op == null || tokens.size() < 3) {
      return null;
    }
    String part = tokens.get(2);
    if (part.equals("requestBody") && tokens.size() == 3) {
      return op.getRequestBody();
    }
    if (part.equals("parameters") && tokens.size() == 4) {
      return element(op.getParameters(), tokens.get(3));
    }
    if (part.equals("responses") && tokens.size() == 4 && op.getResponses() != null) {
      return op.getResponses().get(tokens.get(3));
    }
    return null;
  }

  private static Operation operation(PathItem item, String verb) {
    for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
      if (entry.getKey().name().toLowerCase(Locale.ROOT).equals(verb)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static <T> T element(List<T> list, String index) {
    if (list == null || index.isEmpty() || !index.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int i = Integer.parseInt(index);
    return i < list.size() ? list.get(i) : null;
  }
}
