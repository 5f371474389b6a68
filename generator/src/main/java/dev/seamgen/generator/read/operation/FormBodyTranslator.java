package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Body;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Parameter.Style;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.schema.SchemaTranslator;
import dev.seamgen.generator.read.schema.Schemas;
import dev.seamgen.generator.read.source.ProblemCollector;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body: the
 * properties of its object schema become members of the request class, each written as the media
 * type's {@code encoding} says. In a multipart body a binary string ({@code format: binary} or a
 * {@code contentMediaType}) is a file to upload.
 */
public final class FormBodyTranslator {
  static final String URLENCODED = "application/x-www-form-urlencoded";
  static final String MULTIPART = "multipart/form-data";

  private final SchemaTranslator schemas;
  private final ProblemCollector problems;

  FormBodyTranslator(SchemaTranslator schemas, ProblemCollector problems) {
    this.schemas = schemas;
    this.problems = problems;
  }

  /** The form entry of {@code content}, urlencoded before multipart; null when neither is there. */
  static Map.Entry<String, MediaType> form(Map<String, MediaType> content) {
    Map.Entry<String, MediaType> multipart = null;
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      String type = bare(entry.getKey());
      if (type.equals(URLENCODED)) {
        return entry;
      }
      if (type.equals(MULTIPART)) {
        multipart = entry;
      }
    }
    return multipart;
  }

  static boolean isMultipart(String mediaType) {
    return bare(mediaType).equals(MULTIPART);
  }

  /**
   * The form body of {@code entry}: its fields, or a map of them when its schema names none.
   *
   * @param taken the Java names the parameters use; fields avoid them
   */
  Body body(
      Map.Entry<String, MediaType> entry,
      Location bodyAt,
      String className,
      Set<String> taken,
      boolean required) {
    Location at = bodyAt.child("content").child(entry.getKey());
    Schema<?> schema = entry.getValue().getSchema();
    Schema<?> resolved = schema == null ? null : schemas.resolve(schema);
    boolean multipart = isMultipart(entry.getKey());
    if (resolved == null || !Schemas.hasProperties(resolved)) {
      return fieldsByName(entry.getKey(), resolved, multipart, at, required, taken);
    }
    Map<String, Encoding> encodings =
        entry.getValue().getEncoding() == null ? Map.of() : entry.getValue().getEncoding();
    List<Property> properties =
        BodyMembers.avoiding(
            schemas.properties(schema, at.child("schema"), className, null), taken);
    for (String part : encodings.keySet()) {
      if (!resolved.getProperties().containsKey(part)) {
        problems.warning(
            at.child("encoding").child(part),
            "encoding names '" + part + "', which is not a property of the body; it is ignored",
            "Name a property of the body's schema, or remove this encoding");
      }
    }
    List<Body.Field> fields = new ArrayList<>();
    for (Property property : properties) {
      Schema<?> propertySchema = resolved.getProperties().get(property.wireName());
      Encoding encoding = encodings.get(property.wireName());
      Property typed =
          multipart && propertySchema != null ? withFiles(property, propertySchema) : property;
      fields.add(
          new Body.Field(
              typed,
              style(encoding, multipart),
              (encoding != null && encoding.getExplode() != null)
                  ? encoding.getExplode()
                  : style(encoding, multipart) == Style.FORM,
              encoding != null && Boolean.TRUE.equals(encoding.getAllowReserved()),
              Optional.ofNullable(encoding == null ? null : encoding.getContentType())
                  .map(String::strip)
                  .filter(type -> !type.isEmpty())));
    }
    return new Body.Form(multipart, fields);
  }

  /**
   * A form whose schema names no fields (LibreTranslate's string, Codat's binary file): one member,
   * a map of field name to value, with a warning.
   */
  private Body.FormMap fieldsByName(
      String mediaType,
      Schema<?> resolved,
      boolean multipart,
      Location at,
      boolean required,
      Set<String> taken) {
    String what =
        resolved == null
            ? "has no schema"
            : MediaTypes.isBinary(resolved)
                ? "is a file"
                : Schemas.type(resolved) == null
                    ? "is any value"
                    : "is of type " + Schemas.type(resolved);
    problems.warning(
        at.child("schema"),
        "its "
            + mediaType
            + " body "
            + what
            + ", not an object with properties; the request takes its fields as a map of name "
            + "to value",
        "Give the form body an object schema: each property is one field");
    StringBuilder description =
        new StringBuilder("The form's fields by name, in the map's order: the spec names none. ");
    if (multipart) {
      description.append(
          "Each entry is one part: a `FilePart` value is a file, a list one part per item, a "
              + "string, number or boolean a text part, anything else a JSON part.");
      if (resolved != null && MediaTypes.isBinary(resolved)) {
        description.append(
            " The spec describes the body as a file: send a `FilePart` under the field name the"
                + " API expects.");
      }
    } else {
      description.append("Each entry is one field; a list is one field per item.");
    }
    return new Body.FormMap(
        multipart,
        BodyMembers.single(
            TypeRef.mapOf(new TypeRef.AnyOf(List.of())),
            required,
            description.toString(),
            at.child("schema"),
            taken));
  }

  /** The property typed as a file, or a list of files, where its schema is binary. */
  private Property withFiles(Property property, Schema<?> schema) {
    Schema<?> resolved = schemas.resolve(schema);
    TypeRef file = TypeRef.primitive(TypeRef.Kind.FILE);
    TypeRef type;
    if (MediaTypes.isBinary(resolved)) {
      type = file;
    } else if (resolved.getItems() != null
        && MediaTypes.isBinary(schemas.resolve(resolved.getItems()))) {
      type = TypeRef.listOf(file);
    } else {
      return property;
    }
    return property.withType(type);
  }

  /**
   * The encoding's style; swagger-parser reads only the four a form allows (form, spaceDelimited,
   * pipeDelimited, deepObject) and drops any other. A multipart part has no style.
   */
  private static Style style(Encoding encoding, boolean multipart) {
    if (multipart || encoding == null || encoding.getStyle() == null) {
      return Style.FORM;
    }
    return Style.valueOf(Naming.constantName(encoding.getStyle().toString()));
  }

  private static String bare(String mediaType) {
    return mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
  }
}
