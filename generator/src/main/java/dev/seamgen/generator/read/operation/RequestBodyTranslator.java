package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Body;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.read.schema.SchemaTranslator;
import dev.seamgen.generator.read.schema.Schemas;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
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
  private final ProblemCollector problems;
  private final Map<String, RequestBody> components;
  private final FormBodyTranslator forms;
  private final OneOfBodyTranslator oneOfs;

  RequestBodyTranslator(
      SchemaTranslator schemas, ProblemCollector problems, Map<String, RequestBody> components) {
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
  TranslatedBody body(
      RequestBody declared, Location operationAt, String className, Set<String> taken) {
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
      return new TranslatedBody(Optional.empty(), List.of());
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
        return new TranslatedBody(Optional.of(fields), List.of());
      }
      Map.Entry<String, MediaType> raw = MediaTypes.raw(body.getContent(), schemas::resolve);
      if (raw != null) {
        return new TranslatedBody(Optional.of(raw(body, raw, at, taken)), List.of());
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
      return new TranslatedBody(
          Optional.of(
              new Body.JsonValue(
                  BodyMembers.single(
                      new TypeRef.AnyOf(List.of()),
                      required,
                      SpecStrings.description(body.getDescription()),
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
            ? SpecStrings.description(body.getDescription())
            : SpecStrings.description(resolved.getDescription());
    return new TranslatedBody(
        Optional.of(
            new Body.JsonValue(BodyMembers.single(type, required, description, schemaAt, taken))),
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
            ? SpecStrings.description(body.getDescription())
            : SpecStrings.description(schemas.resolve(schema).getDescription());
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
      description += "\n\n" + MediaTypes.unmappedText(entry.getKey(), schema);
    }
    return new Body.Raw(
        BodyMembers.single(
            TypeRef.primitive(text ? TypeRef.Kind.STRING : TypeRef.Kind.FILE),
            Boolean.TRUE.equals(body.getRequired()),
            description,
            schemaAt,
            taken),
        entry.getKey());
  }

  private static boolean isObjectWithMembers(Schema<?> schema) {
    return Schemas.hasProperties(schema)
        || !Schemas.oneOf(schema).isEmpty()
        || !Schemas.allOf(schema).isEmpty()
        || (Schemas.isObject(schema) && schema.getAdditionalProperties() == null);
  }

  /**
   * An inline object: each property a member; a oneOf's alternatives read by {@link
   * OneOfBodyTranslator}.
   */
  private TranslatedBody object(
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
          SpecStrings.description(body.getDescription()));
    }
    return new TranslatedBody(
        Optional.of(
            new Body.JsonObject(
                BodyMembers.avoiding(schemas.properties(schema, bodyAt, className, null), taken))),
        List.of());
  }
}
