package dev.seamgen.generator.read.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.source.SchemaPositions;
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
 * <p>A reference into a component schema that {@code SchemaPointers} follows is left as written; so
 * is one that leads nowhere, for the passes to report. A reference to a response whose content has
 * the referring media type is read as that content's schema, with a warning; one to anything else
 * that is not a schema leaves the operation that holds it out (see {@link #leftOut()}).
 *
 * <p>A schema reference to a local file that does not exist is read as untyped JSON, with a warning
 * (see {@link MissingFileRefs}).
 *
 * <p>{@link #apply} turns a pointer into a moved schema back into where the user wrote it, so that
 * problems and generated files name the place in the spec.
 */
public final class HoistedDocument implements UnaryOperator<String> {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String COMPONENT_SCHEMAS = "/components/schemas/";

  private final JsonNode root;
  private final String file;
  private final Optional<String> document;

  /** Whether the document is OpenAPI 3.1. */
  private final boolean v31;

  /** Where each moved schema was written, by its pointer in components/schemas. */
  private final Map<String, String> origins;

  private final List<Problem> warnings;
  private final Map<String, Problem> leftOut;

  private HoistedDocument(
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
  public static HoistedDocument none() {
    return new HoistedDocument(null, "", Optional.empty(), false, Map.of(), List.of(), Map.of());
  }

  /**
   * The schemas of {@code spec} that its schema references point at outside {@code
   * components/schemas}, moved there; {@code refs} holds the file's references by the pointer of
   * the object that holds each, and tells cheaply whether there is anything to do.
   */
  public static HoistedDocument of(Path spec, Map<String, String> refs) {
    List<Map.Entry<String, String>> candidates =
        refs.entrySet().stream().filter(e -> needsHoisting(e.getKey(), e.getValue())).toList();
    List<String> missing = MissingFileRefs.holders(spec, refs);
    if (candidates.isEmpty() && missing.isEmpty()) {
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
        || (v31
            && refs.entrySet().stream()
                .anyMatch(e -> !e.getValue().startsWith("#") && !missing.contains(e.getKey())))) {
      // Swagger Parser resolves a 3.1 document's references in the file as written, so the
      // rewritten one is read unresolved (see readUnresolved): it must not need other files.
      return none();
    }
    HoistedDocument hoisted =
        new HoistedDocument(
            tree,
            spec.getFileName().toString(),
            Optional.empty(),
            v31,
            new LinkedHashMap<>(),
            new ArrayList<>(),
            new LinkedHashMap<>());
    MissingFileRefs.untype(tree, missing, refs, hoisted.file, hoisted.warnings);
    return hoisted.hoist(candidates, !missing.isEmpty());
  }

  /**
   * The document to parse in place of the file, when anything was moved; references to other files
   * are still read relative to the spec.
   */
  public Optional<String> document() {
    return document;
  }

  /**
   * Whether {@link #document()} is to be read without resolving references: a 3.1 document, whose
   * references Swagger Parser would resolve in the file as written.
   */
  public boolean readUnresolved() {
    return document.isPresent() && v31;
  }

  /** Warnings about references read in a way the spec does not spell out. */
  public List<Problem> warnings() {
    return warnings;
  }

  /**
   * The operations to leave out, by the pointer of the operation (or of the path, for a path's
   * parameters), each with the warning that says why.
   */
  public Map<String, Problem> leftOut() {
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

  /** Whether {@code SchemaPointers} follows these tokens inside a component schema. */
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

  /**
   * Rewrites the candidates' references and moves their targets; none when nothing changes and the
   * document was not {@code changed} before.
   */
  private HoistedDocument hoist(List<Map.Entry<String, String>> candidates, boolean changed) {
    // Where each target goes, by the pointer it has as written; found before anything moves.
    Map<String, String> names = new LinkedHashMap<>();
    HoistedSchemaNamer free = new HoistedSchemaNamer(root, schemas());
    RefFollower follower = new RefFollower(root, file, warnings);
    NonSchemaRefs nonSchema = new NonSchemaRefs(file, warnings, leftOut);
    // By identity: holders written alike are equal JsonNodes.
    IdentityHashMap<JsonNode, String> rewrites = new IdentityHashMap<>();
    boolean dropped = false;
    for (Map.Entry<String, String> candidate : candidates) {
      String holderPointer = candidate.getKey();
      JsonNode holder = root.at(holderPointer);
      if (!(holder instanceof ObjectNode objectHolder)) {
        continue;
      }
      String target = follower.target(holderPointer, candidate.getValue());
      if (target == null) {
        continue;
      }
      if (target.isEmpty()) {
        dropped |= nonSchema.drop(holderPointer, candidate.getValue(), objectHolder);
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
    if (rewrites.isEmpty() && !dropped && !changed) {
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
    return new HoistedDocument(root, file, text, v31, origins, warnings, leftOut);
  }

  /** Whether {@code pointer} names a component schema or a place in one SchemaPointers follows. */
  private static boolean isComponentSchema(String pointer) {
    List<String> tokens = SchemaPositions.split(pointer);
    return tokens.size() >= 3
        && tokens.get(0).equals("components")
        && tokens.get(1).equals("schemas")
        && followable(tokens.subList(3, tokens.size()));
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
