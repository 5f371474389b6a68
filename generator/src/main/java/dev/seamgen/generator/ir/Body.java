package dev.seamgen.generator.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A request body. */
public sealed interface Body
    permits Body.JsonObject, Body.JsonValue, Body.Form, Body.FormMap, Body.Raw {
  /** The members of the request class that are written into this body, in the spec's order. */
  List<Property> properties();

  /** A JSON object whose properties are members of the request class. */
  record JsonObject(List<Property> properties) implements Body {
    public JsonObject {
      properties = List.copyOf(properties);
    }
  }

  /** A JSON value set whole with {@code body(T)}: a named schema, an array, a map or a scalar. */
  record JsonValue(Property value) implements Body {
    public JsonValue {
      Objects.requireNonNull(value, "value == null");
    }

    @Override
    public List<Property> properties() {
      return List.of(value);
    }
  }

  /**
   * An {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body whose fields
   * are members of the request class.
   */
  record Form(boolean multipart, List<Field> fields) implements Body {
    public Form {
      fields = List.copyOf(fields);
    }

    @Override
    public List<Property> properties() {
      return fields.stream().map(Field::property).toList();
    }
  }

  /**
   * An {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body whose schema
   * names no fields (a string, a file): one member, a map of field name to value, each entry a
   * field (a part of a multipart body), in the map's order.
   */
  record FormMap(boolean multipart, Property value) implements Body {
    public FormMap {
      Objects.requireNonNull(value, "value == null");
    }

    @Override
    public List<Property> properties() {
      return List.of(value);
    }
  }

  /**
   * A binary or text body set whole with {@code body(...)}: binary content (a {@code FilePart}, the
   * value's type is a file) or a string, sent as {@code mediaType}, such as {@code
   * application/pdf}, {@code image/*} or {@code text/plain}.
   */
  record Raw(Property value, String mediaType) implements Body {
    public Raw {
      Objects.requireNonNull(value, "value == null");
      Objects.requireNonNull(mediaType, "mediaType == null");
    }

    @Override
    public List<Property> properties() {
      return List.of(value);
    }

    /** Whether the body is binary content rather than text. */
    public boolean binary() {
      return value.type() instanceof TypeRef.Primitive primitive
          && primitive.kind() == TypeRef.Kind.FILE;
    }
  }

  /**
   * One field of a form, written as its media type's {@code encoding} says: {@code style}, {@code
   * explode} and {@code allowReserved} for a urlencoded form, {@code contentType} for a multipart
   * part (empty for the default).
   */
  record Field(
      Property property,
      Parameter.Style style,
      boolean explode,
      boolean allowReserved,
      Optional<String> contentType) {
    public Field {
      Objects.requireNonNull(property, "property == null");
      Objects.requireNonNull(style, "style == null");
      Objects.requireNonNull(contentType, "contentType == null");
    }
  }
}
