package dev.seamgen.generator.read;

import dev.seamgen.generator.ir.Body;
import dev.seamgen.generator.ir.Constraints;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an operation's request body. An inline object's properties become members of the request
 * class (with the {@code oneOf} check Seam's bodies need); a named schema, an array, a map or a
 * scalar is one {@code body} member. JSON wins over a form or multipart body ({@link
 * FormBodyTranslator}) when a body offers both, and a form over a text or binary body, which is one
 * {@code body} member too (a string, or a {@code FilePart}).
 */
final class RequestBodyTranslator {
  private final SchemaTranslator schemas;
  private final Problems problems;
  private final Map<String, RequestBody> components;
  private final FormBodyTranslator forms;
  private final OneOfBodyTranslator oneOfs;

  RequestBodyTranslator(
      SchemaTranslator schemas, Problems problems, Map<String, RequestBody> components) {
    this.schemas = schemas;
    this.problems = problems;
    this.components = components == null ? Map.of() : components;
    this.forms = new FormBodyTranslator(schemas, problems);
    this.oneOfs = new OneOfBodyTranslator(schemas, problems);
  }

  /**
   * The body of an operation.
   *
   * @param taken the Java names the parameters use; body members avoid them
   * @return the body (empty when there is none), or null when the operation cannot be generated (a
   *     warning says why)
   */
  Translated body(RequestBody declared, Location operationAt, String className, Set<String> taken) {
    Location at = operationAt.child("requestBody");
    RequestBody body = declared;
    if (body != null && body.get$ref() != null) {
      String ref = body.get$ref();
      body = ComponentRefs.target(ref, ComponentRefs.REQUEST_BODIES, components);
      if (body == null) {
        problems.warning(
            at,
            "operation left out: request body $ref '" + ref + "' cannot be " + "followed",
            "Point the $ref at #/components/requestBodies/<name>");
        return null;
      }
    }
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      return new Translated(Optional.empty(), List.of());
    }
    Map.Entry<String, MediaType> json = MediaTypes.json(body.getContent());
    if (json != null && MediaTypes.isBinaryWildcard(json, schemas::resolve)) {
      json = null;
    }
    if (json == null) {
      Map.Entry<String, MediaType> form = FormBodyTranslator.form(body.getContent());
      if (form != null) {
        Body fields =
            forms.body(form, at, className, taken, Boolean.TRUE.equals(body.getRequired()));
        return new Translated(Optional.of(fields), List.of());
      }
      Map.Entry<String, MediaType> raw = MediaTypes.raw(body.getContent(), schemas::resolve);
      if (raw != null) {
        return new Translated(Optional.of(raw(body, raw, at, taken)), List.of());
      }
      problems.warning(
          at,
          "operation left out: its request body "
              + body.getContent().keySet()
              + " is not JSON, a form, text or binary",
          "seamgen sends JSON, form, multipart, text (text/*, XML, JSON lines, YAML, CSV) and "
              + "binary bodies (a format: binary or contentMediaType schema, or none); describe "
              + "the body as one of those");
      return null;
    }
    Location schemaAt = at.child("content").child(json.getKey()).child("schema");
    Schema<?> schema = json.getValue().getSchema();
    boolean required = Boolean.TRUE.equals(body.getRequired());
    if (schema == null) {
      // Any JSON at all.
      return new Translated(
          Optional.of(
              new Body.JsonValue(
                  value(
                      new TypeRef.AnyOf(List.of()),
                      required,
                      SchemaTranslator.text(body.getDescription()),
                      schemaAt,
                      taken))),
          List.of());
    }
    Schema<?> resolved = schemas.resolve(schema);
    if (schema.get$ref() == null && isObjectWithMembers(resolved)) {
      return object(schema, resolved, schemaAt, className, taken, body);
    }
    TypeRef type = schemas.typeOf(schema, schemaAt, className + "_body", className);
    String description =
        body.getDescription() != null
            ? SchemaTranslator.text(body.getDescription())
            : SchemaTranslator.text(resolved.getDescription());
    return new Translated(
        Optional.of(new Body.JsonValue(value(type, required, description, schemaAt, taken))),
        List.of());
  }

  /** A text body set from a string, or a binary one set from a {@code FilePart}. */
  private Body.Raw raw(
      RequestBody body, Map.Entry<String, MediaType> entry, Location at, Set<String> taken) {
    Location schemaAt = at.child("content").child(entry.getKey()).child("schema");
    boolean text = MediaTypes.isTextBody(entry, schemas::resolve);
    Schema<?> schema = entry.getValue().getSchema();
    String description =
        body.getDescription() != null || schema == null
            ? SchemaTranslator.text(body.getDescription())
            : SchemaTranslator.text(schemas.resolve(schema).getDescription());
    if (description.isEmpty()) {
      description =
          text
              ? "The text to send as `" + entry.getKey() + "`."
              : "The content to send as `"
                  + entry.getKey()
                  + "`: `FilePart.of(path)`, `FilePart.of(bytes, name)` or `FilePart.of(stream, "
                  + "name)`, read while sending; a stream is sent once, never retried.";
    }
    if (text && MediaTypes.isStructuredText(entry.getKey())) {
      description += "\n\n" + unmapped(entry.getKey(), schema);
    }
    return new Body.Raw(
        value(
            TypeRef.primitive(text ? TypeRef.Kind.STRING : TypeRef.Kind.FILE),
            Boolean.TRUE.equals(body.getRequired()),
            description,
            schemaAt,
            taken),
        entry.getKey());
  }

  /**
   * What the Javadoc of a structured text body or answer ({@link MediaTypes#isStructuredText})
   * says: it is a string, not mapped to classes.
   */
  static String unmapped(String mediaType, Schema<?> schema) {
    String component = schema == null ? null : Schemas.componentName(schema.get$ref());
    return "seamgen does not map `"
        + mediaType.strip()
        + "` to classes: the string is the text itself"
        + (component == null ? "" : " (the spec describes it with the schema `" + component + "`)")
        + ".";
  }

  private static boolean isObjectWithMembers(Schema<?> schema) {
    return Schemas.hasProperties(schema)
        || !Schemas.oneOf(schema).isEmpty()
        || !Schemas.allOf(schema).isEmpty()
        || (Schemas.isObject(schema) && schema.getAdditionalProperties() == null);
  }

  static Property value(
      TypeRef type, boolean required, String description, Location at, Set<String> taken) {
    return new Property(
        "body",
        dev.seamgen.generator.naming.Naming.unique("body", taken::contains),
        type,
        required,
        false,
        Optional.empty(),
        description,
        Constraints.NONE,
        Constraints.NONE,
        at);
  }

  /**
   * An inline object: each property a member; a oneOf's alternatives read by {@link
   * OneOfBodyTranslator}.
   */
  private Translated object(
      Schema<?> schema,
      Schema<?> resolved,
      Location bodyAt,
      String className,
      Set<String> taken,
      RequestBody body) {
    if (!Schemas.oneOf(resolved).isEmpty()) {
      return oneOfs.body(
          resolved,
          bodyAt,
          className,
          taken,
          Boolean.TRUE.equals(body.getRequired()),
          SchemaTranslator.text(body.getDescription()));
    }
    return new Translated(
        Optional.of(
            new Body.JsonObject(avoid(schemas.properties(schema, bodyAt, className, null), taken))),
        List.of());
  }

  /** The properties, renamed where a parameter already has their Java name. */
  static List<Property> avoid(List<Property> properties, Set<String> taken) {
    List<Property> result = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>(taken);
    properties.forEach(p -> names.add(p.javaName()));
    for (Property p : properties) {
      if (!taken.contains(p.javaName())) {
        result.add(p);
        continue;
      }
      String name =
          dev.seamgen.generator.naming.Naming.unique(p.javaName() + "Body", names::contains);
      names.add(name);
      result.add(
          new Property(
              p.wireName(),
              name,
              p.type(),
              p.required(),
              p.nullable(),
              p.deprecation(),
              p.description(),
              p.constraints(),
              p.elementConstraints(),
              p.location()));
    }
    return result;
  }

  /** A body and, for a checked oneOf body, the member each alternative requires. */
  record Translated(Optional<Body> body, List<String> exactlyOneOf) {}
}
