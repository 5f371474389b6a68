package dev.seamgen.generator.read;

import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Choosing among the media types a request body or response offers. */
final class MediaTypes {
  /** Structured text types that are not {@code text/*} nor XML; see {@link #isStructuredText}. */
  private static final Set<String> STRUCTURED_TEXT =
      Set.of(
          "application/ndjson",
          "application/x-ndjson",
          "application/jsonl",
          "application/jsonlines",
          "application/x-jsonlines",
          "application/json-seq",
          "application/yaml",
          "application/x-yaml",
          "application/csv",
          "application/graphql",
          "application/sql");

  private MediaTypes() {}

  /**
   * Whether {@code mediaType} is JSON: {@code application/json}, {@code application/*+json}, {@code
   * text/json}, with or without parameters such as a charset.
   */
  static boolean isJson(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    return type.equals("application/json")
        || type.equals("text/json")
        || (type.startsWith("application/") && type.endsWith("+json"));
  }

  /**
   * The JSON entry of {@code content}, or, when there is none, a {@code *}{@code /*} entry (which
   * accepts JSON); null when neither is there.
   */
  static Map.Entry<String, MediaType> json(Map<String, MediaType> content) {
    if (content == null) {
      return null;
    }
    Map.Entry<String, MediaType> any = null;
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      if (isJson(entry.getKey())) {
        return entry;
      }
      if (entry.getKey().strip().equals("*/*")) {
        any = entry;
      }
    }
    return any;
  }

  /**
   * Whether {@code mediaType} is text, such as {@code text/plain} or {@code text/csv}, or a
   * structured text type ({@link #isStructuredText}); {@code text/json} is JSON.
   */
  static boolean isText(String mediaType) {
    return (bare(mediaType).startsWith("text/") || isStructuredText(mediaType))
        && !isJson(mediaType);
  }

  /**
   * Whether {@code mediaType} is text in a format seamgen does not map to classes, outside {@code
   * text/*}: XML ({@code application/xml}, {@code *+xml}), JSON lines and sequences, YAML, CSV,
   * GraphQL, SQL. Such bodies and answers are strings the user writes or reads.
   */
  static boolean isStructuredText(String mediaType) {
    String type = bare(mediaType);
    return type.endsWith("/xml") || type.endsWith("+xml") || STRUCTURED_TEXT.contains(type);
  }

  /**
   * The entry of {@code content} sent or answered as text or bytes rather than JSON or a form: the
   * first text entry ({@link #isTextBody}), else the first entry whose schema is binary or absent
   * ({@link #isBinary}); null when there is neither.
   *
   * @param resolve follows a schema's {@code $ref}
   */
  static Map.Entry<String, MediaType> raw(
      Map<String, MediaType> content, UnaryOperator<Schema<?>> resolve) {
    if (content == null) {
      return null;
    }
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      if (isTextBody(entry, resolve)) {
        return entry;
      }
    }
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      if (!isJson(entry.getKey())
          && !isForm(entry.getKey())
          && (isBinary(entry.getValue(), resolve) || isStringOfBytes(entry, resolve))) {
        return entry;
      }
    }
    return null;
  }

  /**
   * Whether the entry is a media type that only carries bytes (octet-stream, images, audio, video,
   * PDF, archives) with a string schema of another format, or a schema of no type: specs often
   * write {@code format: byte}, no format or {@code schema: {}} for a file upload, and the media
   * type leaves no other reading.
   */
  private static boolean isStringOfBytes(
      Map.Entry<String, MediaType> entry, UnaryOperator<Schema<?>> resolve) {
    String type = bare(entry.getKey());
    boolean bytesOnly =
        type.equals("application/octet-stream")
            || type.equals("application/pdf")
            || type.equals("application/zip")
            || type.startsWith("image/")
            || type.startsWith("audio/")
            || type.startsWith("video/");
    Schema<?> schema = entry.getValue() == null ? null : entry.getValue().getSchema();
    if (!bytesOnly || schema == null) {
      return false;
    }
    Schema<?> resolved = resolve.apply(schema);
    String declared = Schemas.type(resolved);
    return "string".equals(declared)
        || (declared == null
            && !Schemas.hasProperties(resolved)
            && Schemas.allOf(resolved).isEmpty()
            && Schemas.oneOf(resolved).isEmpty());
  }

  /**
   * Whether the entry is text, a string: a {@code text/*} type whose schema, if any, is not binary.
   */
  static boolean isTextBody(Map.Entry<String, MediaType> entry, UnaryOperator<Schema<?>> resolve) {
    Schema<?> schema = entry.getValue() == null ? null : entry.getValue().getSchema();
    return isText(entry.getKey()) && (schema == null || !isBinary(entry.getValue(), resolve));
  }

  /**
   * Whether the entry carries bytes: its schema is {@code format: binary}, has a {@code
   * contentMediaType}, or is absent.
   */
  static boolean isBinary(MediaType mediaType, UnaryOperator<Schema<?>> resolve) {
    Schema<?> schema = mediaType == null ? null : mediaType.getSchema();
    if (schema == null) {
      return true;
    }
    return isBinary(resolve.apply(schema));
  }

  /**
   * Whether a (resolved) schema is bytes: {@code format: binary} (OpenAPI 3.0) or a {@code
   * contentMediaType} (3.1), as a whole body or a multipart part.
   */
  static boolean isBinary(Schema<?> schema) {
    return "binary".equals(schema.getFormat()) || schema.getContentMediaType() != null;
  }

  /** Whether the {@code *}{@code /*} entry {@link #json} falls back to really carries bytes. */
  static boolean isBinaryWildcard(
      Map.Entry<String, MediaType> entry, UnaryOperator<Schema<?>> resolve) {
    return entry.getKey().strip().equals("*/*")
        && entry.getValue() != null
        && entry.getValue().getSchema() != null
        && isBinary(entry.getValue(), resolve);
  }

  private static boolean isForm(String mediaType) {
    String type = bare(mediaType);
    return type.equals("application/x-www-form-urlencoded") || type.startsWith("multipart/");
  }

  private static String bare(String mediaType) {
    return mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
  }
}
