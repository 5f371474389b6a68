package dev.seamgen.generator.read.message;

import static dev.seamgen.generator.read.message.ParserMessageText.at;
import static dev.seamgen.generator.read.message.ParserMessageText.tokens;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.source.SourceMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Swagger Parser's {@code attribute <place> is unexpected|missing|not of type <type>} messages, as
 * problems at the place they name: errors, but warnings where the value only documents or its
 * absence has one clear meaning.
 */
final class AttributeMessages {

  /**
   * Keys that only document: a value of the wrong type is left out of the docs, and the code is
   * generated the same.
   */
  private static final Set<String> DOCUMENTATION =
      Set.of(
          "example",
          "examples",
          "externalDocs",
          "description",
          "summary",
          "title",
          "termsOfService",
          "contact",
          "license");

  /** The pointer of a response: in an operation, or a component. */
  private static final Pattern RESPONSE =
      Pattern.compile("/paths/[^/]+/[a-z]+/responses/[^/]+|/components/responses/[^/]+");

  private static final Pattern OPERATION =
      Pattern.compile("/paths/[^/]+/(get|put|post|delete|options|head|patch|trace)");

  /** The hint for a file that is not an OpenAPI document at all. */
  static final String NOT_OPENAPI_HINT =
      "Start the file with 'openapi: 3.0.3' (or 3.1.0), then info and paths";

  private AttributeMessages() {}

  /**
   * The problem of {@code attribute is <complaint>}, where the complaint is {@code unexpected},
   * {@code missing} or {@code not of type <type>}; null where a pass reports it better.
   */
  static Problem problem(
      String attribute, String complaint, String type, Location root, SourceMap sourceMap) {
    List<String> tokens = tokens(attribute);
    Location at = root;
    String ref = null;
    for (String token : tokens) {
      if (token.startsWith("#/")) {
        ref = token;
        break;
      }
      at = at.child(token);
    }
    if (ref != null) {
      // Swagger Parser names the schema that holds the $ref somewhere inside it.
      Location written = new Location(at.file(), sourceMap.refAt(at.pointer(), ref));
      return Problem.error(
          written,
          "reference '" + ref + "' does not resolve",
          ref.startsWith("#/components/schemas/")
              ? "Define the schema under components/schemas, or point $ref at one that exists"
              : "Define it under components or fix the $ref");
    }
    String name = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    if (complaint.equals("unexpected")) {
      return Problem.error(
          at,
          "'" + name + "' is not allowed here",
          "Remove it or fix its spelling; extensions must start with x-");
    }
    if (complaint.equals("missing")) {
      Location parent = at(root, tokens.subList(0, Math.max(0, tokens.size() - 1)));
      if (parent.equals(root) && name.equals("openapi")) {
        return Problem.error(
            root, "not an OpenAPI document: 'openapi' is missing", NOT_OPENAPI_HINT);
      }
      Problem lenient = missing(name, parent);
      if (lenient != null) {
        return lenient;
      }
      if (name.equals("name")
          && tokens.size() == 4
          && tokens.get(0).equals("components")
          && tokens.get(1).equals("securitySchemes")) {
        // An API key without a name: AuthTranslator leaves the scheme out, warning at it.
        return null;
      }
      if (name.equals("items")) {
        // Swagger Parser names the enclosing schema, not the property that lacks items;
        // SchemaTranslator warns at the property itself.
        return null;
      }
      return Problem.error(parent, "'" + name + "' is missing", "Add it");
    }
    if (DOCUMENTATION.contains(name)) {
      return Problem.warning(
          at,
          "'" + name + "' must be of type " + type + "; it is left out of the docs",
          name.equals("examples") && type.equals("array")
              ? "In an OpenAPI 3.1 schema, write examples as a list of values"
              : "Fix its value, or remove it");
    }
    return Problem.error(at, "'" + name + "' must be of type " + type, "Fix its value");
  }

  /**
   * A warning for a missing key whose absence has one clear meaning (a title, a version, an
   * answer's description, an operation's responses); null for the others.
   */
  private static Problem missing(String name, Location parent) {
    String pointer = parent.pointer();
    if (pointer.equals("/info") && name.equals("title")) {
      return Problem.warning(
          parent, "'title' is missing; the API is called 'API'", "Give the API a title");
    }
    if (pointer.equals("/info") && name.equals("version")) {
      return Problem.warning(
          parent, "'version' is missing; the docs name no API version", "Give the API a version");
    }
    if (name.equals("description") && RESPONSE.matcher(pointer).matches()) {
      return Problem.warning(
          parent,
          "the answer's 'description' is missing; it is documented without one",
          "Describe the answer, as OpenAPI requires");
    }
    if (name.equals("responses") && OPERATION.matcher(pointer).matches()) {
      return Problem.warning(
          parent,
          "'responses' is missing; the method returns nothing",
          "Describe at least the successful answer under responses");
    }
    return null;
  }
}
