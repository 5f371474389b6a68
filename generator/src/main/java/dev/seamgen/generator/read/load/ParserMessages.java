package dev.seamgen.generator.read.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.endpoint.WireValues;
import dev.seamgen.generator.read.source.PathKey;
import dev.seamgen.generator.read.source.SourceMap;
import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns parser messages into problems of one line each, with a JSON pointer (and so a line) where
 * the message names a place, and advice: Swagger Parser's, which name places as {@code
 * paths.'/a/b'(post).responses}, and Jackson's and SnakeYAML's for files that are not well-formed.
 */
public final class ParserMessages {
  /** {@code attribute components.schemas.X.default=`now()` is not of type `date-time`}. */
  private static final Pattern BAD_VALUE =
      Pattern.compile(
          "attribute (.+?)\\.(default|example)=`(.*)` is not of type `?([\\w-]+)`?",
          Pattern.DOTALL);

  /** {@code attribute ...schema.enum=`now` is not of type `date-time`}, as SendGrid's spec has. */
  private static final Pattern BAD_ENUM_VALUE =
      Pattern.compile("attribute (.+?)\\.enum=`(.*)` is not of type `?([\\w-]+)`?", Pattern.DOTALL);

  /**
   * Messages that a pass reports better, as a warning at the place itself: a duplicated operationId
   * (OperationTranslator) and an encoding for a part the body lacks (FormBodyTranslator).
   */
  private static final Pattern REPORTED_BY_A_PASS =
      Pattern.compile(
          "attribute (.+\\.operationId is repeated|.+\\.encoding\\.[^.]+ is unexpected)");

  private static final Pattern ATTRIBUTE =
      Pattern.compile("attribute (.+?) is (unexpected|missing|not of type `?(\\w+)`?)");

  /**
   * {@code attribute .components.schemas.X.examples is not of type `array`
   * (#/components/schemas/X)}: OpenAPI 3.1's resolver reads the target of each {@code $ref} again
   * and repeats what it finds there, naming the reference's target.
   */
  private static final Pattern AT_REF_TARGET = Pattern.compile("(attribute )?\\.(.+) \\((\\S*)\\)");

  /** A parameter's or header's content with no, or more than one, media type, or beside schema. */
  private static final Pattern UNSUPPORTED_CONTENT =
      Pattern.compile(
          "attribute (.+)\\.content (with no media type|with multiple media types|when"
              + " schema defined) is unsupported");

  private static final Pattern REPEATED_TAG = Pattern.compile("attribute tags\\.(.+) is repeated");
  private static final Pattern RESERVED =
      Pattern.compile("attribute (.+) is reserved by The OpenAPI Initiative");

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

  /** {@code components.schemas.Schema name ../x doesn't adhere to regular expression ...}. */
  private static final Pattern COMPONENT_NAME =
      Pattern.compile(
          "components\\.(\\w+)\\.\\w+ name (.+) doesn't adhere to regular expression (.+)");

  private static final Pattern REF_TARGET =
      Pattern.compile("(.+?)\\.\\$ref target (\\S+) is not of expected type (\\w+)");
  private static final Pattern PATH_PARAMETER =
      Pattern.compile("(.+?)\\. Declared path parameter (\\S+) needs to be defined.*");
  private static final Pattern UNREADABLE_REF =
      Pattern.compile("Unable to load (?:\\w+ )?ref: (\\S+)(?: path: .*)?");

  /**
   * {@code Could not find /components/parameters/X in contents of #/components/parameters/X} (3.1)
   * or {@code Could not find X in contents of ./other.yaml} (3.0): a $ref whose target is missing.
   */
  private static final Pattern NOT_FOUND =
      Pattern.compile("Could not find (\\S+) in contents of (\\S+)");

  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");

  /** The pointer of a response: in an operation, or a component. */
  private static final Pattern RESPONSE =
      Pattern.compile("/paths/[^/]+/[a-z]+/responses/[^/]+|/components/responses/[^/]+");

  private static final Pattern OPERATION =
      Pattern.compile("/paths/[^/]+/(get|put|post|delete|options|head|patch|trace)");

  private static final String NOT_OPENAPI_HINT =
      "Start the file with 'openapi: 3.0.3' (or 3.1.0), then info and paths";
  private static final String GENERIC_HINT =
      "Check this part of the spec against the OpenAPI 3.0 or 3.1 specification";

  private ParserMessages() {}

  /**
   * The problem {@code message} describes, located with {@code sourceMap} where Swagger Parser
   * names only an enclosing place; null for a message another pass reports better.
   */
  public static Problem problem(String message, Location root, SourceMap sourceMap) {
    String text = firstLine(message);
    Matcher repeated = AT_REF_TARGET.matcher(text);
    if (repeated.matches()) {
      String same = (repeated.group(1) == null ? "" : repeated.group(1)) + repeated.group(2);
      String target = repeated.group(3);
      int hash = target.indexOf('#');
      String file = hash < 0 ? target : target.substring(0, hash);
      Problem problem = problem(same, root, sourceMap);
      if (file.isEmpty() || problem == null) {
        return problem;
      }
      // A place in another file: shown at the $ref that reads it, naming that file.
      return new Problem(
          problem.severity(),
          new Location(root.file(), sourceMap.refToFile(file)),
          Optional.empty(),
          Optional.empty(),
          "in "
              + file.substring(file.lastIndexOf('/') + 1)
              + ": "
              + problem.message()
              + " (at "
              + problem.location().fragment()
              + ")",
          problem.hint());
    }
    if (REPORTED_BY_A_PASS.matcher(text).matches() || ParserWarnings.reportedByAPass(text)) {
      return null;
    }
    Optional<Problem> note = ParserWarnings.problem(text, root, sourceMap);
    if (note.isPresent()) {
      return note.get();
    }
    Matcher m = BAD_VALUE.matcher(text);
    if (m.matches()) {
      // Documentation only: the generated code neither sends nor checks defaults and examples.
      List<String> tokens = tokens(m.group(1));
      List<String> known = untilNamedParameter(tokens);
      return Problem.warning(
          known.size() < tokens.size() ? at(root, known) : at(root, tokens).child(m.group(2)),
          "the "
              + m.group(2)
              + " "
              + WireValues.shown(m.group(3))
              + " is not a valid "
              + m.group(4)
              + "; it is left out of the docs",
          "Give a " + m.group(4) + " value, or remove the " + m.group(2));
    }
    m = BAD_ENUM_VALUE.matcher(text);
    if (m.matches()) {
      // An enum of strings is generated from its values as written; the format only documents.
      // Swagger Parser names the schema that holds the enum's property, not the property.
      List<String> tokens = tokens(m.group(1));
      return Problem.warning(
          at(root, untilNamedParameter(tokens)),
          "the enum value "
              + WireValues.shown(m.group(2))
              + " is not a valid "
              + m.group(3)
              + "; the enum's values are kept as written",
          "Remove the value from the enum, or the format from the schema");
    }
    m = UNSUPPORTED_CONTENT.matcher(text);
    if (m.matches()) {
      return Problem.error(
          at(root, tokens(m.group(1))).child("content"),
          "content " + m.group(2) + " is not allowed here",
          "Describe the value with either schema or a content of exactly one media type");
    }
    m = REPEATED_TAG.matcher(text);
    if (m.matches()) {
      return Problem.warning(
          root.child("tags"),
          "tag " + WireValues.shown(m.group(1)) + " is declared twice",
          "Declare each tag once");
    }
    m = RESERVED.matcher(text);
    if (m.matches()) {
      List<String> tokens = tokens(m.group(1));
      return Problem.warning(
          at(root, tokens),
          "extension "
              + WireValues.shown(tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1))
              + " has a prefix the OpenAPI Initiative reserves; seamgen ignores it",
          "Rename the extension, such as x-your-company-...");
    }
    m = ATTRIBUTE.matcher(text);
    if (m.matches()) {
      return attribute(m, root, sourceMap);
    }
    m = COMPONENT_NAME.matcher(text);
    if (m.matches()) {
      return Problem.error(
          root.child("components").child(m.group(1)).child(m.group(2)),
          "the name "
              + WireValues.shown(m.group(2))
              + " may only hold letters, digits, '.', '-' and '_'",
          "Rename it, and every $ref to it");
    }
    m = REF_TARGET.matcher(text);
    if (m.matches()) {
      return Problem.error(
          at(root, tokens(m.group(1))),
          "reference '" + m.group(2) + "' does not resolve",
          "Point it at a " + m.group(3) + " under components");
    }
    m = PATH_PARAMETER.matcher(text);
    if (m.matches()) {
      List<String> tokens = tokens(m.group(1));
      if (tokens.size() >= 2
          && tokens.get(0).equals("paths")
          && PathKey.inQuery(tokens.get(1), m.group(2))) {
        // ParameterTranslator sends it as a query parameter, warning if it is not declared.
        return null;
      }
      return Problem.error(
          at(root, tokens(m.group(1))),
          "path parameter '" + m.group(2) + "' is not declared",
          "Declare '"
              + m.group(2)
              + "' under the path's or the operation's parameters with in: path; a query"
              + " string belongs in query parameters, not in the path");
    }
    m = UNREADABLE_REF.matcher(text);
    if (m.matches()) {
      return Problem.error(
          new Location(root.file(), sourceMap.refToFile(m.group(1))),
          "cannot read '" + m.group(1) + "', which a $ref names",
          "Create the file, or fix the $ref; its path is relative to the spec's folder");
    }
    m = NOT_FOUND.matcher(text);
    if (m.matches()) {
      String ref =
          m.group(2).contains("#")
              ? m.group(2)
              : m.group(2)
                  + "#/"
                  + (m.group(1).startsWith("/") ? m.group(1).substring(1) : m.group(1));
      return Problem.error(
          new Location(root.file(), sourceMap.refWritten(ref)),
          "reference '" + ref + "' does not resolve",
          "Define what it points at, or fix the $ref");
    }
    if (text.equals("Null or empty definition")) {
      return Problem.error(root, "the spec file is empty", NOT_OPENAPI_HINT);
    }
    if (text.startsWith("Cannot deserialize") || text.startsWith("Cannot construct instance")) {
      // Jackson's words for a file whose top level is a list or a single value.
      return Problem.error(
          root, "not an OpenAPI document: the file does not hold a mapping", NOT_OPENAPI_HINT);
    }
    return Problem.error(written(root, text, sourceMap), text, GENERIC_HINT);
  }

  /**
   * Where an unknown message of the form {@code paths.'/a'(get).parameters.text} says it is: the
   * longest leading place that the spec file has, or the root.
   */
  private static Location written(Location root, String text, SourceMap sourceMap) {
    Location found = root;
    Location at = root;
    for (String token : tokens(text)) {
      at = at.child(token);
      if (!sourceMap.contains(at.pointer())) {
        break;
      }
      found = at;
    }
    return found;
  }

  /**
   * The problem of a spec file that is not well-formed YAML or JSON, on one line, at the place the
   * parser had reached.
   */
  public static Problem syntax(JsonProcessingException e, Location root) {
    Location at = root;
    if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      String pointer = parser.getParsingContext().pathAsPointer().toString();
      at = new Location(root.file(), pointer);
    }
    String text = "not valid YAML or JSON: " + firstLine(e.getOriginalMessage());
    String hint = "Fix the syntax at this line";
    String duplicate = "Duplicate field ";
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(duplicate)) {
      text = firstLine(e.getOriginalMessage().substring(duplicate.length())) + " is defined twice";
      hint = "Remove one of them, or merge them";
    }
    int line = 0;
    int column = 0;
    JsonLocation location = e.getLocation();
    if (location != null) {
      line = location.getLineNr();
      column = location.getColumnNr();
    }
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
      text = "not valid YAML or JSON: " + yaml.getProblem();
      Mark context = yaml.getContextMark();
      if (yaml.getContext() != null && context != null) {
        text +=
            " ("
                + yaml.getContext()
                + " at line "
                + (context.getLine() + 1)
                + ", column "
                + (context.getColumn() + 1)
                + ")";
      }
      if (yaml.getProblemMark() != null) {
        line = yaml.getProblemMark().getLine() + 1;
        column = yaml.getProblemMark().getColumn() + 1;
      }
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException) {
        return Problem.error(
                root,
                "the file is not UTF-8 text: "
                    + firstLine(t.getMessage()).replaceAll(" \\(at char .*\\)$", ""),
                "Save the spec as UTF-8")
            .at(Math.max(line, 1), Math.max(column, 1));
      }
    }
    Problem problem = Problem.error(at, text, hint);
    return line > 0 ? problem.at(line, Math.max(column, 1)) : problem;
  }

  private static Problem attribute(Matcher m, Location root, SourceMap sourceMap) {
    List<String> tokens = tokens(m.group(1));
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
    if (m.group(2).equals("unexpected")) {
      return Problem.error(
          at,
          "'" + name + "' is not allowed here",
          "Remove it or fix its spelling; extensions must start with x-");
    }
    if (m.group(2).equals("missing")) {
      Location parent = at(root, tokens.subList(0, Math.max(0, tokens.size() - 1)));
      if (parent.equals(root) && name.equals("openapi")) {
        return Problem.error(
            root, "not an OpenAPI document: 'openapi' is missing", NOT_OPENAPI_HINT);
      }
      Problem lenient = missing(name, parent);
      if (lenient != null) {
        return lenient;
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
          "'" + name + "' must be of type " + m.group(3) + "; it is left out of the docs",
          name.equals("examples") && m.group(3).equals("array")
              ? "In an OpenAPI 3.1 schema, write examples as a list of values"
              : "Fix its value, or remove it");
    }
    return Problem.error(at, "'" + name + "' must be of type " + m.group(3), "Fix its value");
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

  /**
   * The tokens up to a parameter Swagger Parser names {@code [name]} rather than by its index: the
   * problem is then located at the operation's parameters.
   */
  private static List<String> untilNamedParameter(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).startsWith("[")) {
        return tokens.subList(0, i);
      }
    }
    return tokens;
  }

  static Location at(Location root, List<String> tokens) {
    Location at = root;
    for (String token : tokens) {
      at = at.child(token);
    }
    return at;
  }

  /** The first line of a message, without the location Jackson appends to some. */
  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    text = (newline < 0 ? text : text.substring(0, newline)).strip();
    text = SOURCE.matcher(text).replaceAll("line $1, column $2");
    return text.isEmpty() ? "unreadable spec" : text;
  }

  /** {@code paths.'/a/b'(post).x} to {@code [paths, /a/b, post, x]}. */
  static List<String> tokens(String attribute) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < attribute.length(); i++) {
      char c = attribute.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '#' && token.length() == 0) {
        tokens.add(attribute.substring(i));
        return tokens;
      } else if (!quoted && (c == '.' || c == '(' || c == ')')) {
        if (token.length() > 0) {
          tokens.add(token.toString());
          token.setLength(0);
        }
      } else {
        token.append(c);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens;
  }
}
