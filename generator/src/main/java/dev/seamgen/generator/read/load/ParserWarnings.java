package dev.seamgen.generator.read.load;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.endpoint.WireValues;
import dev.seamgen.generator.read.operation.ParameterTranslator;
import dev.seamgen.generator.read.source.SourceMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swagger Parser's notes in free text, which it writes as {@code <place>.<text>} (such as {@code
 * info.license../LICENSE}: the license's url is not a URL): each turned into a problem at the place
 * it names, a warning where seamgen does not need the value or reads it one clear way.
 */
final class ParserWarnings {
  /** A contact's or licence's url that is not an absolute URL: the text is the url itself. */
  private static final Pattern INFO_URL = Pattern.compile("info\\.(license|contact)\\.(.*)");

  /**
   * A parameter named twice in one list: {@link ParameterTranslator} reports the real duplicates
   * after following {@code $ref}s, which Swagger Parser takes for duplicates when they point into
   * {@code #/paths}.
   */
  private static final Pattern DUPLICATE_PARAMETER =
      Pattern.compile(".*\\.\\s*There are duplicate parameter values");

  /**
   * A path parameter of components.parameters without required: true: {@link ParameterTranslator}
   * says so where an operation uses it.
   */
  private static final Pattern PATH_PARAMETER_REQUIRED =
      Pattern.compile(".*\\.For path parameter .+ the required value should be true");

  /** A server URL naming a variable it does not declare: {@link WireValues} says what it does. */
  private static final Pattern SERVER_URL = Pattern.compile(".*\\.invalid url : .*");

  private static final Pattern EXAMPLE_AND_EXAMPLES =
      Pattern.compile("(.*)\\.examples already defined -- ignoring \"example\" field");
  private static final Pattern VALUE_AND_EXTERNAL_VALUE =
      Pattern.compile("(.*)\\. value and externalValue are both present");
  private static final Pattern READ_AND_WRITE_ONLY =
      Pattern.compile("(.*)\\. writeOnly and readOnly are both present");
  private static final Pattern MULTIPLE_OF = Pattern.compile("(.*)\\.multipleOf value must be > 0");
  private static final Pattern DUPLICATED_TYPE = Pattern.compile("(.*)\\. duplicated type (.*)");
  private static final Pattern INVALID_TYPE = Pattern.compile("(.*)\\. invalid type (.*)");
  private static final Pattern EMPTY_ENUM = Pattern.compile("(.*)\\.enum array MUST NOT be empty");
  private static final Pattern PATH_WITHOUT_SLASH =
      Pattern.compile("paths\\. Resource (.*) should start with /");
  private static final Pattern DIALECT = Pattern.compile("jsonSchemaDialect\\. Invalid url: (.*)");
  private static final String VERSION = "The provided definition does not specify a valid version";
  private static final String NOTHING =
      "The OpenAPI document MUST contain at least one paths field, a components field or a"
          + " webhooks field";

  private ParserWarnings() {}

  /** Whether {@code text} is a note that another pass reports better, at the place itself. */
  static boolean reportedByAPass(String text) {
    return DUPLICATE_PARAMETER.matcher(text).matches()
        || SERVER_URL.matcher(text).matches()
        || PATH_PARAMETER_REQUIRED.matcher(text).matches();
  }

  /** The problem {@code text} describes, or empty when it is not one of Swagger Parser's notes. */
  static Optional<Problem> problem(String text, Location root, SourceMap sourceMap) {
    return Optional.ofNullable(known(text, root, sourceMap));
  }

  private static Problem known(String text, Location root, SourceMap sourceMap) {
    Matcher m = INFO_URL.matcher(text);
    if (m.matches()) {
      // Only documentation would show them, and the generated docs do not.
      String what = m.group(1).equals("license") ? "license" : "contact";
      return Problem.warning(
          root.child("info").child(m.group(1)).child("url"),
          "the "
              + what
              + "'s url "
              + WireValues.shown(m.group(2))
              + " is not an absolute URL; seamgen does not use it",
          "Give the full URL, such as https://example.com/" + what);
    }
    m = EXAMPLE_AND_EXAMPLES.matcher(text);
    if (m.matches()) {
      return Problem.warning(
          at(root, m.group(1)).child("example"),
          "both 'example' and 'examples' are given; 'example' is ignored",
          "Keep one of them");
    }
    m = VALUE_AND_EXTERNAL_VALUE.matcher(text);
    if (m.matches()) {
      return Problem.warning(
          at(root, m.group(1)).child("externalValue"),
          "an example has both 'value' and 'externalValue'; 'externalValue' is ignored",
          "Keep one of them");
    }
    m = READ_AND_WRITE_ONLY.matcher(text);
    if (m.matches()) {
      return Problem.warning(
          at(root, m.group(1)),
          "the schema is both readOnly and writeOnly; seamgen reads neither, and the property is"
              + " in requests and answers alike",
          "Keep one of them, or neither");
    }
    m = MULTIPLE_OF.matcher(text);
    if (m.matches()) {
      return Problem.warning(
          at(root, m.group(1)).child("multipleOf"),
          "multipleOf is not above 0; it is ignored",
          "Give a number above 0, or remove multipleOf");
    }
    m = DUPLICATED_TYPE.matcher(text);
    if (m.matches()) {
      // Swagger Parser names the schema that holds the property, not the property.
      return Problem.warning(
          at(root, m.group(1)),
          "type "
              + WireValues.shown(m.group(2))
              + " is listed twice in this schema or one of its properties; once is enough",
          "Remove the repeated type");
    }
    m = INVALID_TYPE.matcher(text);
    if (m.matches()) {
      // What a value of an unknown type looks like is anyone's guess.
      return Problem.error(
          at(root, m.group(1)),
          "type "
              + WireValues.shown(m.group(2))
              + " in this schema or one of its properties is not a JSON Schema type",
          "Use string, number, integer, boolean, object, array or null");
    }
    m = EMPTY_ENUM.matcher(text);
    if (m.matches()) {
      return Problem.warning(
          serverVariable(at(root, m.group(1)), sourceMap).child("enum"),
          "the server variable's enum is empty; it is ignored",
          "List the variable's values, or remove enum");
    }
    m = PATH_WITHOUT_SLASH.matcher(text);
    if (m.matches()) {
      // Whether 'pets' is /pets or is meant to follow a server URL's last segment is not clear.
      return Problem.error(
          root.child("paths").child(m.group(1)),
          "path " + WireValues.shown(m.group(1)) + " does not start with /",
          "Start the path with /, as in /" + m.group(1));
    }
    m = DIALECT.matcher(text);
    if (m.matches()) {
      return Problem.warning(
          root.child("jsonSchemaDialect"),
          "jsonSchemaDialect " + WireValues.shown(m.group(1)) + " is not a URL; it is ignored",
          "Remove it, or give the dialect's URL");
    }
    if (text.startsWith(VERSION)) {
      return Problem.warning(
          root.child("openapi"),
          "'openapi' is not a full version such as 3.0.3 or 3.1.0; the spec is read as the 3.0 or"
              + " 3.1 it starts with",
          "Write the version in full, such as 3.0.3");
    }
    if (text.equals(NOTHING)) {
      return Problem.error(
          root.child("paths"),
          "the spec has no paths, components or webhooks",
          "Add at least one path with an operation");
    }
    return null;
  }

  /**
   * The server variable Swagger Parser names without the server's index ({@code
   * servers.variables.region}): the first server of that list that has it.
   */
  private static Location serverVariable(Location named, SourceMap sourceMap) {
    String pointer = named.pointer();
    int at = pointer.lastIndexOf("/servers/variables/");
    if (at < 0) {
      return named;
    }
    String list = pointer.substring(0, at + "/servers".length());
    String rest = pointer.substring(list.length());
    for (int i = 0; sourceMap.contains(list + "/" + i); i++) {
      if (sourceMap.contains(list + "/" + i + rest)) {
        return new Location(named.file(), list + "/" + i + rest);
      }
    }
    return named;
  }

  /** The place Swagger Parser names as {@code paths.'/a'(get).parameters}. */
  private static Location at(Location root, String place) {
    return ParserMessages.at(root, ParserMessages.tokens(place));
  }
}
