package dev.seamgen.runtime.core;

import dev.seamgen.runtime.FilePart;
import dev.seamgen.runtime.core.wire.Parameter;
import dev.seamgen.runtime.core.wire.Part;
import dev.seamgen.runtime.core.wire.Style;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a generated request hands the core: path, query, header and cookie parameters, each with its
 * {@link ParameterStyle}, and an optional body: JSON, a form's fields or multipart parts.
 * Immutable. Parameters whose value is null are left out; query parameters keep the order they were
 * added in.
 *
 * <pre>{@code
 * WireRequest.builder()
 *     .path("petId", 10L, ParameterStyle.SIMPLE, false)
 *     .query("status", List.of("sold"), ParameterStyle.FORM, true, false)
 *     .build();
 * }</pre>
 */
public final class WireRequest {
  private static final WireRequest EMPTY = builder().build();

  private final List<Parameter> path;
  private final List<Parameter> query;
  private final List<Parameter> headers;
  private final List<Parameter> cookies;
  private final Object jsonBody;
  private final BodyKind bodyKind;
  private final List<Parameter> formFields;
  private final List<Part> parts;
  private final FilePart binaryBody;
  private final String textBody;
  private final String mediaType;

  /** What the body is written as. */
  enum BodyKind {
    NONE,
    JSON,
    FORM,
    MULTIPART,
    BINARY,
    TEXT
  }

  private WireRequest(Builder builder) {
    this.path = Collections.unmodifiableList(new ArrayList<>(builder.path));
    this.query = Collections.unmodifiableList(new ArrayList<>(builder.query));
    this.headers = Collections.unmodifiableList(new ArrayList<>(builder.headers));
    this.cookies = Collections.unmodifiableList(new ArrayList<>(builder.cookies));
    this.jsonBody = builder.jsonBody;
    this.bodyKind = builder.bodyKind;
    this.formFields = Collections.unmodifiableList(new ArrayList<>(builder.formFields));
    this.parts = Collections.unmodifiableList(new ArrayList<>(builder.parts));
    this.binaryBody = builder.binaryBody;
    this.textBody = builder.textBody;
    this.mediaType = builder.mediaType;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** No parameters and no body. */
  public static WireRequest empty() {
    return EMPTY;
  }

  List<Parameter> path() {
    return path;
  }

  List<Parameter> query() {
    return query;
  }

  List<Parameter> headers() {
    return headers;
  }

  List<Parameter> cookies() {
    return cookies;
  }

  /** The value to send as the JSON body, or null to send no body. */
  Object jsonBody() {
    return jsonBody;
  }

  BodyKind bodyKind() {
    return bodyKind;
  }

  /** The fields of an {@code application/x-www-form-urlencoded} body, in the order given. */
  List<Parameter> formFields() {
    return formFields;
  }

  /** The parts of a {@code multipart/form-data} body, in the order given. */
  List<Part> parts() {
    return parts;
  }

  /** The content of a binary body, or null. */
  FilePart binaryBody() {
    return binaryBody;
  }

  /** The text of a text body, or null. */
  String textBody() {
    return textBody;
  }

  /** The media type the spec gives a binary or text body, such as {@code image/*}; or null. */
  String mediaType() {
    return mediaType;
  }

  /**
   * Whether the request can be sent again: false when the body or a part is read from a stream,
   * which can be read only once.
   */
  boolean repeatable() {
    if (binaryBody != null && !binaryBody.repeatable()) {
      return false;
    }
    for (Part part : parts) {
      if (!part.repeatable()) {
        return false;
      }
    }
    return true;
  }

  /** Names only: header and cookie values can be credentials. */
  @Override
  public String toString() {
    return "WireRequest{path="
        + names(path)
        + ", query="
        + names(query)
        + ", headers="
        + names(headers)
        + ", cookies="
        + names(cookies)
        + ", body="
        + body()
        + "}";
  }

  private String body() {
    switch (bodyKind) {
      case JSON:
        return "json " + jsonBody.getClass().getSimpleName();
      case FORM:
        return "form " + names(formFields);
      case MULTIPART:
        return "multipart " + parts.stream().map(p -> p.name()).collect(Collectors.toList());
      case BINARY:
        return "binary " + mediaType;
      case TEXT:
        return "text " + mediaType + ", " + textBody.length() + " chars";
      default:
        return "none";
    }
  }

  private static List<String> names(List<Parameter> parameters) {
    return parameters.stream().map(p -> p.name()).collect(Collectors.toList());
  }

  /** Builds a {@link WireRequest}; every method refuses a style OpenAPI does not allow there. */
  public static final class Builder {
    private final List<Parameter> path = new ArrayList<>();
    private final List<Parameter> query = new ArrayList<>();
    private final List<Parameter> headers = new ArrayList<>();
    private final List<Parameter> cookies = new ArrayList<>();
    private Object jsonBody;
    private BodyKind bodyKind = BodyKind.NONE;
    private final List<Parameter> formFields = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private FilePart binaryBody;
    private String textBody;
    private String mediaType;

    private Builder() {}

    /** A path parameter, filling {@code {name}} of the endpoint's template. */
    public Builder path(String name, Object value, ParameterStyle style, boolean explode) {
      check(Style.Location.PATH, name, style);
      for (Parameter p : path) {
        if (p.name().equals(name)) {
          throw new IllegalArgumentException("path parameter '" + name + "' is set twice");
        }
      }
      add(path, name, value, style, explode, false);
      return this;
    }

    /** A query parameter; {@code allowReserved} keeps RFC 3986's reserved characters. */
    public Builder query(
        String name, Object value, ParameterStyle style, boolean explode, boolean allowReserved) {
      check(Style.Location.QUERY, name, style);
      add(query, name, value, style, explode, allowReserved);
      return this;
    }

    /** A header parameter; it replaces a default or per-call header of the same name. */
    public Builder header(String name, Object value, ParameterStyle style, boolean explode) {
      check(Style.Location.HEADER, name, style);
      add(headers, name, value, style, explode, false);
      return this;
    }

    /** A cookie, sent with the others in one {@code Cookie} header. */
    public Builder cookie(String name, Object value, ParameterStyle style, boolean explode) {
      check(Style.Location.COOKIE, name, style);
      add(cookies, name, value, style, explode, false);
      return this;
    }

    /** The value to send as the JSON body; null (the default) sends no body. */
    public Builder jsonBody(Object body) {
      if (body != null) {
        body(BodyKind.JSON);
      } else if (bodyKind == BodyKind.JSON) {
        bodyKind = BodyKind.NONE;
      }
      this.jsonBody = body;
      return this;
    }

    /**
     * A field of an {@code application/x-www-form-urlencoded} body, written like a query parameter
     * in its style; the request has such a body (maybe empty) once this is called, even with a null
     * value, which is left out.
     */
    public Builder formField(
        String name, Object value, ParameterStyle style, boolean explode, boolean allowReserved) {
      check(Style.Location.QUERY, name, style);
      body(BodyKind.FORM);
      add(formFields, name, value, style, explode, allowReserved);
      return this;
    }

    /**
     * A part of a {@code multipart/form-data} body: a {@link FilePart}, a list (one part per item),
     * a scalar written as text or another value written as JSON. {@code contentType} is the spec's
     * {@code encoding.contentType}, or null for the default. The request has such a body once this
     * is called; a null value is left out.
     */
    public Builder part(String name, Object value, String contentType) {
      Objects.requireNonNull(name, "name == null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("multipart part name is empty");
      }
      body(BodyKind.MULTIPART);
      if (value != null) {
        parts.add(new Part(name, value, contentType));
      }
      return this;
    }

    /**
     * A binary body, streamed from {@code content} when the request is sent. {@code mediaType} is
     * the spec's, such as {@code application/pdf}; for a wildcard such as {@code image/*} the
     * content's own type is sent ({@link FilePart#withContentType}), else {@code
     * application/octet-stream}. A null content sends no body.
     */
    public Builder binaryBody(FilePart content, String mediaType) {
      Objects.requireNonNull(mediaType, "mediaType == null");
      if (content != null) {
        body(BodyKind.BINARY);
        this.mediaType = mediaType;
      }
      this.binaryBody = content;
      return this;
    }

    /** A text body such as {@code text/plain}, sent in UTF-8. A null text sends no body. */
    public Builder textBody(String text, String mediaType) {
      Objects.requireNonNull(mediaType, "mediaType == null");
      if (text != null) {
        body(BodyKind.TEXT);
        this.mediaType = mediaType;
      }
      this.textBody = text;
      return this;
    }

    public WireRequest build() {
      return new WireRequest(this);
    }

    private void body(BodyKind kind) {
      if (bodyKind != BodyKind.NONE && bodyKind != kind) {
        throw new IllegalStateException(
            "a request has one body: it is already " + bodyKind + ", not " + kind);
      }
      bodyKind = kind;
    }

    private static void check(Style.Location location, String name, ParameterStyle style) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(style, "style == null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException(location + " parameter name is empty");
      }
      if (!style.wire().fits(location)) {
        throw new IllegalArgumentException(
            "style "
                + style
                + " does not fit "
                + location
                + " parameter '"
                + name
                + "'; "
                + location.styles());
      }
    }

    private static void add(
        List<Parameter> list,
        String name,
        Object value,
        ParameterStyle style,
        boolean explode,
        boolean allowReserved) {
      if (value != null) {
        list.add(new Parameter(name, value, style.wire(), explode, allowReserved));
      }
    }
  }
}
