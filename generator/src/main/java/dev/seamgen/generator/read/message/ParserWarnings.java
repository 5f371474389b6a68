package dev.seamgen.generator.read.message;

import static dev.seamgen.generator.read.message.ParserMessageText.at;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.source.SourceMap;
import dev.seamgen.generator.read.source.SpecStrings;
import java.util.List;
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
   * A parameter named twice in one list: {@code ParameterTranslator} reports the real duplicates
   * after following {@code $ref}s, which Swagger Parser takes for duplicates when they point into
   * {@code #/paths}.
   */
  private static final Pattern DUPLICATE_PARAMETER =
      Pattern.compile(".*\\.\\s*There are duplicate parameter values");

  /**
   * A path parameter of components.parameters without required: true: {@code ParameterTranslator}
   * says so where an operation uses it.
   */
  private static final Pattern PATH_PARAMETER_REQUIRED =
      Pattern.compile(".*\\.For path parameter .+ the required value should be true");

  /**
   * A server URL naming a variable it does not declare: {@code ServerTranslator} says what it does.
   */
  private static final Pattern SERVER_URL = Pattern.compile(".*\\.invalid url : .*");

  /** Notes about a value that is ignored, each a warning with fixed words at the place named. */
  private static final List<IgnoredValue> IGNORED_VALUES =
      List.of(
          new IgnoredValue(
              "(.*)\\.examples already defined -- ignoring \"example\" field",
              "example",
              "both 'example' and 'examples' are given; 'example' is ignored",
              "Keep one of them"),
          new IgnoredValue(
              "(.*)\\. value and externalValue are both present",
              "externalValue",
              "an example has both 'value' and 'externalValue'; 'externalValue' is ignored",
              "Keep one of them"),
          new IgnoredValue(
              "(.*)\\. writeOnly and readOnly are both present",
              "",
              "the schema is both readOnly and writeOnly; seamgen reads neither, and the property"
                  + " is in requests and answers alike",
              "Keep one of them, or neither"),
          new IgnoredValue(
              "(.*)\\.multipleOf value must be > 0",
              "multipleOf",
              "multipleOf is not above 0; it is ignored",
              "Give a number above 0, or remove multipleOf"));

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
              + SpecStrings.quoted(m.group(2))
              + " is not an absolute URL; seamgen does not use it",
          "Give the full URL, such as https://example.com/" + what);
    }
    for (IgnoredValue note : IGNORED_VALUES) {
      Matcher ignored = note.pattern().matcher(text);
      if (ignored.matches()) {
        Location at = at(root, ignored.group(1));
        return Problem.warning(
            note.key().isEmpty() ? at : at.child(note.key()), note.message(), note.hint());
      }
    }
    m = DUPLICATED_TYPE.matcher(text);
    if (m.matches()) {
      // Swagger Parser names the schema that holds the property, not the property.
      return Problem.warning(
          at(root, m.group(1)),
          "type "
              + SpecStrings.quoted(m.group(2))
              + " is listed twice in this schema or one of its properties; once is enough",
          "Remove the repeated type");
    }
    m = INVALID_TYPE.matcher(text);
    if (m.matches()) {
      // What a value of an unknown type looks like is anyone's guess.
      return Problem.error(
          at(root, m.group(1)),
          "type "
              + SpecStrings.quoted(m.group(2))
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
          "path " + SpecStrings.quoted(m.group(1)) + " does not start with /",
          "Start the path with /, as in /" + m.group(1));
    }
    m = DIALECT.matcher(text);
    if (m.matches()) {
      return Problem.warning(
          root.child("jsonSchemaDialect"),
          "jsonSchemaDialect " + SpecStrings.quoted(m.group(1)) + " is not a URL; it is ignored",
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

  /**
   * A note whose pattern's first group names a place; the warning is at its {@code key}, or at the
   * place itself when the key is empty.
   */
  private record IgnoredValue(Pattern pattern, String key, String message, String hint) {
    IgnoredValue(String pattern, String key, String message, String hint) {
      this(Pattern.compile(pattern), key, message, hint);
    }
  }
}
