package dev.seamgen.generator.ir;

import java.util.Objects;

/**
 * The value an operation returns: the whole 2xx JSON answer, or one property of it; a text answer
 * as a string; or a binary answer, streamed.
 *
 * @param key the property to return ({@code x-response-key}), such as {@code connected_account};
 *     empty for the whole answer, a text or a binary one
 * @param type the JSON value's type; a string for a text answer, a file for a binary one
 * @param accept the {@code Accept} header the request sends: the media types the answer is declared
 *     with when it offers no JSON ({@code *}{@code /*}, {@code text/csv}...); empty for a JSON
 *     answer, for which the client asks for {@code application/json}
 */
public record Result(String key, TypeRef type, String description, Kind kind, String accept) {
  public Result {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(accept, "accept == null");
  }

  /** An answer of {@code kind} for which the client asks for JSON. */
  public Result(String key, TypeRef type, String description, Kind kind) {
    this(key, type, description, kind, "");
  }

  /** A JSON answer. */
  public Result(String key, TypeRef type, String description) {
    this(key, type, description, Kind.JSON);
  }

  /** What the answer's body is. */
  public enum Kind {
    JSON,
    /** {@code text/*}, returned as a string. */
    TEXT,
    /** Anything else, returned as a stream the caller closes. */
    BINARY
  }
}
