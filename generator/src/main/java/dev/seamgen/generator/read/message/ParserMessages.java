package dev.seamgen.generator.read.message;

import static dev.seamgen.generator.read.message.ParserMessageText.at;
import static dev.seamgen.generator.read.message.ParserMessageText.firstLine;
import static dev.seamgen.generator.read.message.ParserMessageText.tokens;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.source.PathKey;
import dev.seamgen.generator.read.source.SourceMap;
import dev.seamgen.generator.read.source.SpecStrings;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * {@code attribute .components.schemas.X.examples is not of type `array`
   * (#/components/schemas/X)}: OpenAPI 3.1's resolver reads the target of each {@code $ref} again
   * and repeats what it finds there, naming the reference's target.
   */
  private static final Pattern AT_REF_TARGET = Pattern.compile("(attribute )?\\.(.+) \\((\\S*)\\)");

  private static final Pattern ATTRIBUTE =
      Pattern.compile("attribute (.+?) is (unexpected|missing|not of type `?(\\w+)`?)");

  /** A parameter's or header's content with no, or more than one, media type, or beside schema. */
  private static final Pattern UNSUPPORTED_CONTENT =
      Pattern.compile(
          "attribute (.+)\\.content (with no media type|with multiple media types|when"
              + " schema defined) is unsupported");

  private static final Pattern REPEATED_TAG = Pattern.compile("attribute tags\\.(.+) is repeated");
  private static final Pattern RESERVED =
      Pattern.compile("attribute (.+) is reserved by The OpenAPI Initiative");

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
              + SpecStrings.quoted(m.group(3))
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
              + SpecStrings.quoted(m.group(2))
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
          "tag " + SpecStrings.quoted(m.group(1)) + " is declared twice",
          "Declare each tag once");
    }
    m = RESERVED.matcher(text);
    if (m.matches()) {
      List<String> tokens = tokens(m.group(1));
      return Problem.warning(
          at(root, tokens),
          "extension "
              + SpecStrings.quoted(tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1))
              + " has a prefix the OpenAPI Initiative reserves; seamgen ignores it",
          "Rename the extension, such as x-your-company-...");
    }
    m = ATTRIBUTE.matcher(text);
    if (m.matches()) {
      return AttributeMessages.problem(m.group(1), m.group(2), m.group(3), root, sourceMap);
    }
    m = COMPONENT_NAME.matcher(text);
    if (m.matches()) {
      return Problem.error(
          root.child("components").child(m.group(1)).child(m.group(2)),
          "the name "
              + SpecStrings.quoted(m.group(2))
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
      return Problem.error(root, "the spec file is empty", AttributeMessages.NOT_OPENAPI_HINT);
    }
    if (text.startsWith("Cannot deserialize") || text.startsWith("Cannot construct instance")) {
      // Jackson's words for a file whose top level is a list or a single value.
      return Problem.error(
          root,
          "not an OpenAPI document: the file does not hold a mapping",
          AttributeMessages.NOT_OPENAPI_HINT);
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
}
