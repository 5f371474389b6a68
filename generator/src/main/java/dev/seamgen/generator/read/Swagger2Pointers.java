package dev.seamgen.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns a JSON pointer into the OpenAPI 3.0 document Swagger Parser's converter makes of a Swagger
 * 2.0 spec back into a pointer into the user's 2.0 document, so that problems name what they wrote:
 * {@code #/components/schemas/Pet} is {@code #/definitions/Pet}, a request body is the body or form
 * parameter it came from, a response's {@code content/<type>/schema} is its {@code schema}.
 *
 * <p>Pointers that are the same in both versions ({@code #/paths/...}, {@code #/info/...}) and
 * pointers already into the 2.0 document pass through unchanged.
 */
final class Swagger2Pointers implements UnaryOperator<String> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The converter's sections of {@code components} and where 2.0 keeps them. */
  private static final Map<String, String> SECTIONS =
      Map.of(
          "schemas", "definitions",
          "parameters", "parameters",
          "requestBodies", "parameters",
          "responses", "responses",
          "securitySchemes", "securityDefinitions");

  private final JsonNode document;

  private Swagger2Pointers(JsonNode document) {
    this.document = document;
  }

  /** The pointers of {@code spec}, a 2.0 document; pointers map by shape alone if it is unread. */
  static Swagger2Pointers of(Path spec) {
    try (var parser = SpecFiles.parser(spec)) {
      JsonNode tree = MAPPER.readTree(parser);
      return new Swagger2Pointers(tree == null ? MissingNode.getInstance() : tree);
    } catch (IOException | RuntimeException e) {
      return new Swagger2Pointers(MissingNode.getInstance());
    }
  }

  /**
   * {@code text} with the converter's references and sections named as the 2.0 document names them:
   * a message about {@code '#/components/schemas/Gone'} is about {@code '#/definitions/Gone'}.
   */
  static String text(String text) {
    String result = text;
    for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
      result = result.replace("components/" + section.getKey(), section.getValue());
    }
    return result;
  }

  @Override
  public String apply(String pointer) {
    List<String> in = tokens(pointer);
    if (in.isEmpty()) {
      return pointer;
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    if (in.get(0).equals("components") && in.size() > 1 && SECTIONS.containsKey(in.get(1))) {
      boolean requestBody = in.get(1).equals("requestBodies");
      out.add(SECTIONS.get(in.get(1)));
      i = 2;
      if (requestBody && in.size() > 2) {
        out.add(in.get(2));
        return join(out, bodyRest(in.subList(3, in.size()), List.of()));
      }
    } else if (in.get(0).equals("servers")) {
      return document.has("host") ? "/host" : "";
    } else if (in.get(0).equals("paths") && in.size() > 3) {
      return join(List.of("paths", in.get(1), in.get(2)), operation(in));
    }
    return join(out, content(in.subList(i, in.size())));
  }

  /** The rest of {@code /paths/<path>/<verb>/...} in the 2.0 document. */
  private List<String> operation(List<String> in) {
    JsonNode operation = document.path("paths").path(in.get(1)).path(in.get(2));
    List<String> rest = in.subList(3, in.size());
    String first = rest.get(0);
    if (first.equals("parameters") && rest.size() > 1 && isIndex(rest.get(1))) {
      int converted = Integer.parseInt(rest.get(1));
      List<String> out = new ArrayList<>(List.of("parameters"));
      out.add(String.valueOf(originalIndex(operation.path("parameters"), converted)));
      out.addAll(rest.subList(2, rest.size()));
      return out;
    }
    if (first.startsWith("[") && first.endsWith("]")) {
      // Swagger Parser's 2.0 reader names a parameter [name] in its messages.
      int at = namedIndex(operation.path("parameters"), first.substring(1, first.length() - 1));
      List<String> out = new ArrayList<>(List.of("parameters"));
      if (at >= 0) {
        out.add(String.valueOf(at));
        out.addAll(rest.subList(1, rest.size()));
      }
      return out;
    }
    if (first.equals("requestBody")) {
      List<String> out = new ArrayList<>(List.of("parameters"));
      List<String> body = rest.subList(1, rest.size());
      int at = bodyIndex(operation.path("parameters"), formField(body));
      if (at < 0) {
        return out;
      }
      out.add(String.valueOf(at));
      return bodyRest(body, out);
    }
    return content(rest);
  }

  /**
   * The part of a request body pointer after {@code content/<type>/schema}: under the body
   * parameter's {@code schema}, or the form parameter itself.
   */
  private static List<String> bodyRest(List<String> body, List<String> prefix) {
    List<String> out = new ArrayList<>(prefix);
    if (body.size() >= 3 && body.get(0).equals("content") && body.get(2).equals("schema")) {
      List<String> schema = body.subList(3, body.size());
      if (formField(body) != null) {
        return out;
      }
      out.add("schema");
      out.addAll(schema);
    }
    return out;
  }

  /** A response's or parameter's {@code content/<type>/schema} is its {@code schema} in 2.0. */
  private static List<String> content(List<String> in) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      if (in.get(i).equals("content") && i + 2 < in.size() && in.get(i + 2).equals("schema")) {
        out.add("schema");
        i += 2;
      } else if (in.get(i).equals("content") && i + 2 < in.size()) {
        // examples and the like sit beside schema in 2.0, under the media type.
        out.add(in.get(i + 2));
        out.add(in.get(i + 1));
        i += 2;
      } else {
        out.add(in.get(i));
      }
    }
    return out;
  }

  /** The form field a request body pointer is at: {@code content/<form>/schema/properties/x}. */
  private static String formField(List<String> body) {
    boolean form =
        body.size() >= 5
            && body.get(0).equals("content")
            && (body.get(1).startsWith("application/x-www-form-urlencoded")
                || body.get(1).startsWith("multipart/form-data"))
            && body.get(2).equals("schema")
            && body.get(3).equals("properties");
    return form ? body.get(4) : null;
  }

  /**
   * The index in the 2.0 {@code parameters} of the converted parameter at {@code converted}: body
   * and form parameters became the request body, so the others moved up.
   */
  private int originalIndex(JsonNode parameters, int converted) {
    int seen = -1;
    for (int i = 0; i < parameters.size(); i++) {
      if (!isBodyOrForm(parameters.get(i))) {
        seen++;
        if (seen == converted) {
          return i;
        }
      }
    }
    return converted;
  }

  /** The body parameter, or the form parameter named {@code field} (any when null); -1 if none. */
  private int bodyIndex(JsonNode parameters, String field) {
    for (int i = 0; i < parameters.size(); i++) {
      JsonNode p = resolved(parameters.get(i));
      String in = p.path("in").asText();
      if (in.equals("body")
          || (in.equals("formData") && (field == null || field.equals(p.path("name").asText())))) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the parameter called {@code name}, or -1. */
  private int namedIndex(JsonNode parameters, String name) {
    for (int i = 0; i < parameters.size(); i++) {
      if (name.equals(resolved(parameters.get(i)).path("name").asText())) {
        return i;
      }
    }
    return -1;
  }

  private boolean isBodyOrForm(JsonNode parameter) {
    String in = resolved(parameter).path("in").asText();
    return in.equals("body") || in.equals("formData");
  }

  /** A parameter, or the one among the document's shared parameters its local $ref names. */
  private JsonNode resolved(JsonNode parameter) {
    String ref = parameter.path("$ref").asText("");
    String prefix = "#/parameters/";
    return ref.startsWith(prefix)
        ? document.path("parameters").path(SchemaPositions.unescape(ref.substring(prefix.length())))
        : parameter;
  }

  private static boolean isIndex(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      tokens.add(SchemaPositions.unescape(token));
    }
    return tokens;
  }

  private static String join(List<String> head, List<String> tail) {
    StringBuilder result = new StringBuilder();
    for (String token : head) {
      result.append('/').append(SchemaPositions.escape(token));
    }
    for (String token : tail) {
      result.append('/').append(SchemaPositions.escape(token));
    }
    return result.toString();
  }
}
