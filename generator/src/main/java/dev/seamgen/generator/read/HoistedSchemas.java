package dev.seamgen.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Makes a schema {@code $ref} that points at a schema anywhere in the document an ordinary
 * reference to a component schema, before Swagger Parser reads the document: a parameter's schema
 * ({@code #/components/parameters/companyId/schema}), a schema inline in an operation or a
 * response, a property deep inside one, a schema under a component schema's {@code definitions}.
 * Each distinct target is moved into {@code components/schemas} under a name made from where it was
 * ({@code CompanyId}, {@code LastHandshakeToken}); the place it was written and every reference to
 * it then refer to that component, so all of them share one class.
 *
 * <p>A reference into a component schema that {@link SchemaPointers} follows is left as written; so
 * is one that leads nowhere, for the passes to report. A reference to a response whose content has
 * the referring media type is read as that content's schema, with a warning; one to anything else
 * that is not a schema leaves the operation that holds it out (see {@link #leftOut()}).
 *
 * <p>{@link #apply} turns a pointer into a moved schema back into where the user wrote it, so that
 * problems and generated files name the place in the spec.
 */
final class HoistedSchemas implements UnaryOperator<String> {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String COMPONENT_SCHEMAS = "/components/schemas/";

  /** How many references one chain may pass through; more is a cycle. */
  private static final int MAX_HOPS = 16;

  private final JsonNode root;
  private final String file;
  private final Optional<String> document;

  /** Whether the document is OpenAPI 3.1. */
  private final boolean v31;

  /** Where each moved schema was written, by its pointer in components/schemas. */
  private final Map<String, String> origins;

  private final List<Problem> warnings;
  private final Map<String, Problem> leftOut;

  private HoistedSchemas(
      JsonNode root,
      String file,
      Optional<String> document,
      boolean v31,
      Map<String, String> origins,
      List<Problem> warnings,
      Map<String, Problem> leftOut) {
    this.root = root;
    this.file = file;
    this.document = document;
    this.v31 = v31;
    this.origins = origins;
    this.warnings = warnings;
    this.leftOut = leftOut;
  }

  /** Nothing moved: the spec is read as written. */
  static HoistedSchemas none() {
    return new HoistedSchemas(null, "", Optional.empty(), false, Map.of(), List.of(), Map.of());
  }

  /**
   * The schemas of {@code spec} that its schema references point at outside {@code
   * components/schemas}, moved there; {@code refs} holds the file's references by the pointer of
   * the object that holds each, and tells cheaply whether there is anything to do.
   */
  static HoistedSchemas of(Path spec, Map<String, String> refs) {
    List<Map.Entry<String, String>> candidates =
        refs.entrySet().stream().filter(e -> needsHoisting(e.getKey(), e.getValue())).toList();
    if (candidates.isEmpty()) {
      return none();
    }
    JsonNode tree;
    try {
      String text = Files.readString(spec, StandardCharsets.UTF_8);
      tree = DeserializationUtils.deserializeIntoTree(text, spec.toString());
    } catch (Exception unreadable) {
      // Swagger Parser reads the file next and reports what is wrong with it.
      return none();
    }
    boolean v31 = tree != null && tree.path("openapi").asText().startsWith("3.1");
    if (!(tree instanceof ObjectNode)
        || (v31 && refs.values().stream().anyMatch(r -> !r.startsWith("#")))) {
      // Swagger Parser resolves a 3.1 document's references in the file as written, so the
      // rewritten one is read unresolved (see readUnresolved): it must not need other files.
      return none();
    }
    HoistedSchemas hoisted =
        new HoistedSchemas(
            tree,
            spec.getFileName().toString(),
            Optional.empty(),
            v31,
            new LinkedHashMap<>(),
            new ArrayList<>(),
            new LinkedHashMap<>());
    return hoisted.hoist(candidates);
  }

  /**
   * The document to parse in place of the file, when anything was moved; references to other files
   * are still read relative to the spec.
   */
  Optional<String> document() {
    return document;
  }

  /**
   * Whether {@link #document()} is to be read without resolving references: a 3.1 document, whose
   * references Swagger Parser would resolve in the file as written.
   */
  boolean readUnresolved() {
    return document.isPresent() && v31;
  }

  /** Warnings about references read in a way the spec does not spell out. */
  List<Problem> warnings() {
    return warnings;
  }

  /**
   * The operations to leave out, by the pointer of the operation (or of the path, for a path's
   * parameters), each with the warning that says why.
   */
  Map<String, Problem> leftOut() {
    return leftOut;
  }

  /** {@code pointer}, or where it was written when it points into a moved schema. */
  @Override
  public String apply(String pointer) {
    for (Map.Entry<String, String> origin : origins.entrySet()) {
      String moved = origin.getKey();
      if (pointer.equals(moved) || pointer.startsWith(moved + "/")) {
        return origin.getValue() + pointer.substring(moved.length());
      }
    }
    return pointer;
  }

  /**
   * Whether the reference {@code ref}, written in the object at {@code holder}, is a schema's that
   * points at something other than a component schema or a place inside one that {@link
   * SchemaPointers} follows.
   */
  private static boolean needsHoisting(String holder, String ref) {
    List<String> target = SchemaPositions.tokens(ref);
    return target != null
        && SchemaPositions.isSchema(SchemaPositions.split(holder))
        && !isComponentSchema(SchemaPositions.pointer(target));
  }

  /** Whether {@link SchemaPointers} follows these tokens inside a component schema. */
  private static boolean followable(List<String> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      String token = tokens.get(i);
      switch (token) {
        case "items", "additionalProperties" -> i++;
        case "properties", "allOf", "oneOf", "anyOf" -> i += 2;
        default -> {
          return false;
        }
      }
    }
    return i == tokens.size();
  }

  /** Rewrites the candidates' references and moves their targets; none when nothing changes. */
  private HoistedSchemas hoist(List<Map.Entry<String, String>> candidates) {
    // Where each target goes, by the pointer it has as written; found before anything moves.
    Map<String, String> names = new LinkedHashMap<>();
    HoistedNames free = new HoistedNames(root, schemas());
    // By identity: holders written alike are equal JsonNodes.
    IdentityHashMap<JsonNode, String> rewrites = new IdentityHashMap<>();
    boolean dropped = false;
    for (Map.Entry<String, String> candidate : candidates) {
      String holderPointer = candidate.getKey();
      JsonNode holder = root.at(holderPointer);
      if (!(holder instanceof ObjectNode objectHolder)) {
        continue;
      }
      String target = target(holderPointer, candidate.getValue());
      if (target == null) {
        continue;
      }
      if (target.isEmpty()) {
        dropped |= unusable(holderPointer, candidate.getValue(), objectHolder);
        continue;
      }
      if (isComponentSchema(target)) {
        // A component schema, or a place in one that SchemaPointers follows: no need to move it.
        rewrites.put(holder, "#" + target);
        continue;
      }
      String name = names.computeIfAbsent(target, free::take);
      rewrites.put(holder, "#/components/schemas/" + SchemaPositions.escape(name));
    }
    if (rewrites.isEmpty() && !dropped) {
      return none();
    }
    rewrites.forEach((holder, ref) -> ((ObjectNode) holder).put("$ref", ref));
    List<String> deepestFirst = new ArrayList<>(names.keySet());
    deepestFirst.sort(Comparator.comparingInt((String p) -> p.split("/", -1).length).reversed());
    for (String target : deepestFirst) {
      move(target, names.get(target));
    }
    Optional<String> text;
    try {
      text = Optional.of(MAPPER.writeValueAsString(root));
    } catch (Exception e) {
      return none();
    }
    return new HoistedSchemas(root, file, text, v31, origins, warnings, leftOut);
  }

  /**
   * The pointer of the schema {@code ref} (written at {@code holder}) leads to, after the
   * references on its way; "" for something that is not a schema, null for nothing at all.
   */
  private String target(String holder, String ref) {
    String current = ref;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      List<String> tokens = SchemaPositions.tokens(current);
      if (tokens == null) {
        return null;
      }
      String pointer = resolvedPointer(tokens);
      if (pointer == null) {
        return null;
      }
      JsonNode node = root.at(pointer);
      List<String> at = SchemaPositions.split(pointer);
      if (!SchemaPositions.isSchema(at)) {
        String content = responseContent(holder, pointer);
        if (content == null) {
          return "";
        }
        warnings.add(
            Problem.warning(
                new Location(file, holder),
                "reference '"
                    + ref
                    + "' names a response, not a schema; it is read as the schema of that"
                    + " response's content of the same media type",
                "Point $ref at the schema itself: '#" + content + "'"));
        current = "#" + content;
        continue;
      }
      JsonNode next = node.get("$ref");
      if (next != null && next.isTextual() && node.size() == 1 && isLocal(next.asText())) {
        current = next.asText();
        continue;
      }
      return pointer;
    }
    return null;
  }

  /**
   * Where {@code tokens} lead in the document, passing through a {@code $ref} that stands where a
   * token is looked for; null when they lead nowhere.
   */
  private String resolvedPointer(List<String> tokens) {
    List<String> at = new ArrayList<>();
    JsonNode node = root;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      JsonNode child = child(node, token);
      for (int hop = 0; child == null && hop < MAX_HOPS && node.has("$ref"); hop++) {
        List<String> jump = SchemaPositions.tokens(node.get("$ref").asText());
        if (jump == null) {
          return null;
        }
        at = new ArrayList<>(jump);
        node = root.at(SchemaPositions.pointer(jump));
        child = child(node, token);
      }
      if (child == null) {
        return null;
      }
      at.add(token);
      node = child;
    }
    return SchemaPositions.pointer(at);
  }

  private static JsonNode child(JsonNode node, String token) {
    if (node instanceof ArrayNode array) {
      return SchemaPositions.isIndex(token) && token.length() < 10
          ? array.get(Integer.parseInt(token))
          : null;
    }
    return node instanceof ObjectNode object ? object.get(token) : null;
  }

  /**
   * For a reference written as a media type's schema ({@code .../content/text~1vtt/schema}) to a
   * response, the pointer of that response's schema for the same media type; else null.
   */
  private String responseContent(String holder, String response) {
    List<String> at = SchemaPositions.split(holder);
    List<String> target = SchemaPositions.split(response);
    boolean isResponse =
        (target.size() == 3
                && target.get(0).equals("components")
                && target.get(1).equals("responses"))
            || (target.size() == 5
                && target.get(0).equals("paths")
                && target.get(3).equals("responses"));
    int n = at.size();
    if (!isResponse
        || n < 3
        || !at.get(n - 1).equals("schema")
        || !at.get(n - 3).equals("content")) {
      return null;
    }
    List<String> content = new ArrayList<>(target);
    content.addAll(List.of("content", at.get(n - 2), "schema"));
    String pointer = SchemaPositions.pointer(content);
    return root.at(pointer).isObject() ? pointer : null;
  }

  /**
   * A reference to something that is not a schema: an answer's is dropped, with a warning; the
   * operation that holds any other is left out; one elsewhere stays for the passes to report.
   * Returns whether the tree was changed.
   */
  private boolean unusable(String holder, String ref, ObjectNode node) {
    List<String> at = SchemaPositions.split(holder);
    if (isAnswerSchema(at)) {
      // An answer is read by its media type; without a schema it is still text, bytes or JSON.
      warnings.add(
          Problem.warning(
              new Location(file, holder),
              notASchema(ref) + "; the answer is read without a schema, as its media type says",
              "Point $ref at a schema, such as one under components/schemas"));
      node.remove("$ref");
      return true;
    }
    if (at.size() < 3 || !at.get(0).equals("paths")) {
      return false;
    }
    boolean operation = SchemaPositions.VERBS.contains(at.get(2));
    if (!operation && !at.get(2).equals("parameters")) {
      return false;
    }
    List<String> owner = at.subList(0, operation ? 3 : 2);
    String ownerPointer = SchemaPositions.pointer(owner);
    leftOut.putIfAbsent(
        ownerPointer,
        Problem.warning(
            new Location(file, holder),
            Problems.LEFT_OUT + "its " + notASchema(ref),
            "Point $ref at a schema, such as one under components/schemas"));
    // The operation is not generated; what Swagger Parser reads there no longer matters.
    node.remove("$ref");
    return true;
  }

  /** Whether {@code at} is the schema of an answer's media type, in an operation or a component. */
  private static boolean isAnswerSchema(List<String> at) {
    int n = at.size();
    int responses = n - 5;
    return n >= 6
        && at.get(n - 1).equals("schema")
        && at.get(n - 3).equals("content")
        && at.get(responses).equals("responses")
        && ((responses == 1 && at.get(0).equals("components"))
            || (responses == 3 && at.get(0).equals("paths")));
  }

  /** What a reference names instead of a schema, for the warnings about it. */
  private static String notASchema(String ref) {
    return "schema reference '"
        + ref
        + "' names "
        + kind(SchemaPositions.tokens(ref))
        + ", not a schema";
  }

  private static String kind(List<String> target) {
    for (int i = target.size() - 1; i >= 0; i--) {
      switch (target.get(i)) {
        case "responses" -> {
          return "a response";
        }
        case "parameters" -> {
          return "a parameter";
        }
        case "requestBodies", "requestBody" -> {
          return "a request body";
        }
        case "headers" -> {
          return "a header";
        }
        case "examples" -> {
          return "an example";
        }
        default -> {}
      }
    }
    return "something else";
  }

  /** Whether {@code pointer} names a component schema or a place in one SchemaPointers follows. */
  private static boolean isComponentSchema(String pointer) {
    List<String> tokens = SchemaPositions.split(pointer);
    return tokens.size() >= 3
        && tokens.get(0).equals("components")
        && tokens.get(1).equals("schemas")
        && followable(tokens.subList(3, tokens.size()));
  }

  private static boolean isLocal(String ref) {
    return SchemaPositions.tokens(ref) != null;
  }

  /**
   * Moves the schema at {@code target} to {@code components/schemas/<name>}, leaving a reference in
   * its place; a parameter's or header's own schema is copied instead, since the passes read those
   * directly.
   */
  private void move(String target, String name) {
    List<String> tokens = SchemaPositions.split(target);
    String parentPointer = SchemaPositions.pointer(tokens.subList(0, tokens.size() - 1));
    JsonNode parent = root.at(parentPointer);
    JsonNode schema = root.at(target);
    String last = tokens.get(tokens.size() - 1);
    boolean ownSchema =
        last.equals("schema")
            && tokens.size() >= 3
            && (tokens.get(tokens.size() - 3).equals("parameters")
                || tokens.get(tokens.size() - 3).equals("headers"));
    schemas().set(name, ownSchema ? schema.deepCopy() : schema);
    if (!ownSchema) {
      ObjectNode ref = MAPPER.createObjectNode().put("$ref", "#/components/schemas/" + name);
      if (parent instanceof ArrayNode array) {
        array.set(Integer.parseInt(last), ref);
      } else if (parent instanceof ObjectNode object) {
        object.set(last, ref);
      }
    }
    origins.put(COMPONENT_SCHEMAS + SchemaPositions.escape(name), target);
  }

  private ObjectNode schemas() {
    return object(object((ObjectNode) root, "components"), "schemas");
  }

  /** The object {@code parent} holds at {@code key}, made when there is none. */
  private static ObjectNode object(ObjectNode parent, String key) {
    if (parent.get(key) instanceof ObjectNode child) {
      return child;
    }
    return parent.putObject(key);
  }
}
