package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Parameter;
import dev.seamgen.generator.ir.Parameter.In;
import dev.seamgen.generator.ir.Parameter.Style;
import dev.seamgen.generator.ir.PathTemplate;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.ir.TypeRef.Kind;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.schema.ConstraintsReader;
import dev.seamgen.generator.read.schema.Extensions;
import dev.seamgen.generator.read.schema.SchemaTranslator;
import dev.seamgen.generator.read.source.PathKey;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an operation's parameters: the path's and the operation's merged (the operation's win for
 * the same name and location), {@code $ref}s followed, styles checked against where the parameter
 * goes, and every placeholder of the path template matched to a path parameter.
 */
public final class ParameterTranslator {
  private final SchemaTranslator schemas;
  private final ProblemCollector problems;
  private final PathKeyQuery keyQuery;
  private final Map<String, io.swagger.v3.oas.models.parameters.Parameter> components;

  ParameterTranslator(
      SchemaTranslator schemas,
      ProblemCollector problems,
      Map<String, io.swagger.v3.oas.models.parameters.Parameter> components) {
    this.schemas = schemas;
    this.problems = problems;
    this.keyQuery = new PathKeyQuery(problems);
    this.components = components == null ? Map.of() : components;
  }

  /**
   * The parameters of one operation, path ones first, with Java names unique among them. The {@code
   * name={param}} pairs of the path key's query are query parameters named {@code name}, typed and
   * described by the parameter {@code param}, whether the spec declares it in the path or in the
   * query.
   *
   * @return the parameters, or empty when one of them cannot be sent (a warning says why)
   */
  Optional<List<Parameter>> parameters(
      PathKey key, DeclaredParameters pathLevel, DeclaredParameters operationLevel, String owner) {
    if (pathLevel.broken() || operationLevel.broken()) {
      return Optional.empty();
    }
    Map<String, WrittenParameter> byKey = new LinkedHashMap<>();
    pathLevel.forEach(byKey);
    operationLevel.forEach(byKey);
    Map<String, PathKey.Bound> unmatched = new LinkedHashMap<>();
    key.bound().forEach(b -> unmatched.put(b.parameter(), b));
    List<Parameter> result = new ArrayList<>();
    Set<String> taken = new java.util.HashSet<>();
    for (WrittenParameter located : byKey.values()) {
      if (isNameless(located) || keyQuery.fixedInKey(key, located)) {
        continue;
      }
      PathKey.Bound bound = PathKeyQuery.boundTo(key, located, byKey);
      Parameter parameter = parameter(located, owner, taken, bound);
      if (parameter == null) {
        return Optional.empty();
      }
      if (bound != null) {
        unmatched.remove(bound.parameter());
      }
      taken.add(parameter.javaName());
      result.add(parameter);
    }
    for (PathKey.Bound bound : unmatched.values()) {
      result.add(keyQuery.undeclaredQuery(bound, operationLevel.location(), taken));
    }
    if (!addMissingPathParameters(key.path(), pathLevel.location(), result, taken)) {
      return Optional.empty();
    }
    result.sort(Comparator.comparing(Parameter::in));
    return Optional.of(result);
  }

  /**
   * Whether the parameter has a valid {@code in} but no name (brainbi.net's {@code name: ''}): it
   * cannot be sent, so it is dropped with a warning and the operation kept.
   */
  private boolean isNameless(WrittenParameter located) {
    io.swagger.v3.oas.models.parameters.Parameter p = located.parameter();
    if (in(p.getIn()) == null || (p.getName() != null && !p.getName().isBlank())) {
      return false;
    }
    problems.warning(
        located.location().child("name"),
        "a " + p.getIn() + " parameter without a name cannot be sent; it is left out",
        "Give the parameter the name the API expects, or remove it");
    return true;
  }

  /**
   * One declared parameter; {@code bound} is the pair of the path key's query it fills, or null. A
   * path parameter that fills one is sent in the query, named as the pair says, with a warning.
   */
  private Parameter parameter(
      WrittenParameter located, String owner, Set<String> taken, PathKey.Bound bound) {
    io.swagger.v3.oas.models.parameters.Parameter p = located.parameter();
    Location at = located.location();
    In in = in(p.getIn());
    String name = p.getName();
    if (in == null || name == null || name.isEmpty()) {
      problems.warning(
          at,
          "operation left out: parameter "
              + (name == null ? "" : "'" + name + "' ")
              + "has no valid 'in' (path, query, header or cookie) or no name",
          "Give the parameter a name and 'in'");
      return null;
    }
    Schema<?> schema = p.getSchema();
    if (schema == null && p.getContent() != null && !p.getContent().isEmpty()) {
      problems.warning(
          at.child("content"),
          "operation left out: parameter '"
              + name
              + "' is described by 'content', which seamgen does not send yet",
          "Describe the parameter with 'schema' and 'style'");
      return null;
    }
    if (schema == null) {
      problems.warning(
          at,
          "parameter '" + name + "' has no schema; it is sent as a string",
          "Add a schema to the parameter");
      schema = new StringSchema();
    }
    String wireName = name;
    String declaredStyle = p.getStyle() == null ? null : p.getStyle().toString();
    Boolean declaredExplode = p.getExplode();
    if (bound != null) {
      wireName = bound.name();
      if (in == In.PATH) {
        problems.warning(
            at,
            "parameter '"
                + name
                + "' is declared in: path, but the path key writes it in its query; it is sent"
                + " as query parameter '"
                + wireName
                + "'",
            "Declare it with 'in: query', and take the query string out of the path key");
        // The path's style and explode say nothing of how to write a query: the query's defaults.
        in = In.QUERY;
        declaredStyle = null;
        declaredExplode = null;
      }
    }
    boolean required = in == In.PATH || Boolean.TRUE.equals(p.getRequired());
    if (in == In.PATH && !Boolean.TRUE.equals(p.getRequired())) {
      problems.warning(
          at,
          "path parameter '" + name + "' is not marked required; it is " + "required all the same",
          "Add 'required: true'");
    }
    Style style = style(declaredStyle, in, name, at);
    boolean explode = declaredExplode != null ? declaredExplode : style == Style.FORM;
    boolean allowReserved = in == In.QUERY && Boolean.TRUE.equals(p.getAllowReserved());
    Location schemaAt = at.child("schema");
    TypeRef type = schemas.typeOf(schema, schemaAt, name, owner);
    Schema<?> target = schemas.resolve(schema);
    String javaName = ParameterMembers.javaName(name, in, taken);
    Property property =
        Property.builder()
            .wireName(wireName)
            .javaName(javaName)
            .type(type)
            .required(required)
            .deprecation(Extensions.deprecation(p.getDeprecated(), p.getExtensions()))
            .description(
                ParameterMembers.description(
                    SpecStrings.description(
                        p.getDescription() != null ? p.getDescription() : target.getDescription()),
                    wireName,
                    in))
            .constraints(ConstraintsReader.of(target))
            .elementConstraints(ConstraintsReader.ofElements(target, schemas::resolve))
            .location(at)
            .build();
    return new Parameter(property, in, style, explode, allowReserved);
  }

  /**
   * The style the spec names, when it is allowed where the parameter goes; else the default for
   * that place, with a warning.
   */
  private Style style(String declared, In in, String name, Location at) {
    Style fallback = in == In.QUERY || in == In.COOKIE ? Style.FORM : Style.SIMPLE;
    if (declared == null) {
      return fallback;
    }
    Style style;
    try {
      style = Style.valueOf(Naming.constantName(declared));
    } catch (IllegalArgumentException e) {
      style = null;
    }
    Set<Style> allowed =
        switch (in) {
          case PATH -> EnumSet.of(Style.SIMPLE, Style.LABEL, Style.MATRIX);
          case QUERY ->
              EnumSet.of(
                  Style.FORM, Style.SPACE_DELIMITED, Style.PIPE_DELIMITED, Style.DEEP_OBJECT);
          case HEADER -> EnumSet.of(Style.SIMPLE);
          case COOKIE -> EnumSet.of(Style.FORM);
        };
    if (style == null || !allowed.contains(style)) {
      problems.warning(
          at.child("style"),
          "style '"
              + declared
              + "' is not allowed for "
              + in.name().toLowerCase(Locale.ROOT)
              + " parameter '"
              + name
              + "'; '"
              + fallback.name().toLowerCase(Locale.ROOT)
              + "' is used",
          "Use one of " + allowed.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
      return fallback;
    }
    return style;
  }

  /**
   * Gives every placeholder of the path a parameter. One the spec forgot to declare is taken as a
   * required string, with a warning; a malformed template leaves the operation out.
   */
  private boolean addMissingPathParameters(
      String path, Location at, List<Parameter> parameters, Set<String> taken) {
    PathTemplate template;
    try {
      template = PathTemplate.parse(path);
    } catch (IllegalArgumentException e) {
      problems.warning(
          at,
          "operation left out: the path template is malformed: " + e.getMessage(),
          "Write path parameters as {name}");
      return false;
    }
    for (String name : template.parameterNames()) {
      boolean declared =
          parameters.stream().anyMatch(p -> p.in() == In.PATH && p.wireName().equals(name));
      if (!declared) {
        problems.warning(
            at,
            "path parameter '" + name + "' is not declared; it is taken as a " + "required string",
            "Declare it under parameters with 'in: path'");
        String javaName = ParameterMembers.javaName(name, In.PATH, taken);
        taken.add(javaName);
        parameters.add(
            new Parameter(
                Property.builder()
                    .wireName(name)
                    .javaName(javaName)
                    .type(TypeRef.primitive(Kind.STRING))
                    .required(true)
                    .location(at)
                    .build(),
                In.PATH,
                Style.SIMPLE,
                false,
                false));
      }
    }
    List<Parameter> unused =
        parameters.stream()
            .filter(p -> p.in() == In.PATH && !template.parameterNames().contains(p.wireName()))
            .toList();
    for (Parameter p : unused) {
      problems.warning(
          p.property().location(),
          "path parameter '"
              + p.wireName()
              + "' is not in "
              + "the path "
              + path
              + "; it is left out",
          "Add {" + p.wireName() + "} to the path, or " + "remove the parameter");
      parameters.remove(p);
      taken.remove(p.javaName());
    }
    return true;
  }

  private static In in(String in) {
    if (in == null) {
      return null;
    }
    return switch (in) {
      case "path" -> In.PATH;
      case "query" -> In.QUERY;
      case "header" -> In.HEADER;
      case "cookie" -> In.COOKIE;
      default -> null;
    };
  }

  /**
   * {@code declared} without the query parameters named in {@code credentialQuery}, where an
   * API-key credential of the operation is sent: a server that gets a name twice may refuse the
   * call, and the credential is the one to send. Each left out is warned of at its place.
   */
  List<Parameter> withoutCredentialQuery(List<Parameter> declared, Set<String> credentialQuery) {
    List<Parameter> kept = new ArrayList<>();
    for (Parameter p : declared) {
      if (p.in() == In.QUERY && credentialQuery.contains(p.wireName())) {
        problems.warning(
            p.property().location(),
            "query parameter '"
                + p.wireName()
                + "' is left out: an API key credential is sent in the query parameter of that"
                + " name",
            "Remove the parameter; set the credential on the client builder instead");
      } else {
        kept.add(p);
      }
    }
    return kept;
  }

  /**
   * A list of parameters as the spec declares it (path-level or operation-level), {@code $ref}s
   * already followed.
   */
  DeclaredParameters declared(
      List<io.swagger.v3.oas.models.parameters.Parameter> declared, Location location) {
    return new DeclaredParameters(declared, location, components, problems);
  }
}
