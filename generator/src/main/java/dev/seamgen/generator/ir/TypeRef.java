package dev.seamgen.generator.ir;

import java.util.List;
import java.util.Objects;

/** A reference to a type, as used by a property or an operation's result. */
public sealed interface TypeRef {

  /** A built-in scalar. */
  record Primitive(Kind kind) implements TypeRef {
    public Primitive {
      Objects.requireNonNull(kind, "kind == null");
    }
  }

  /** A type the model defines by name (an object, enum or union). */
  record Named(String name) implements TypeRef {
    public Named {
      Objects.requireNonNull(name, "name == null");
    }
  }

  /** A JSON array. */
  record ListOf(TypeRef element) implements TypeRef {
    public ListOf {
      Objects.requireNonNull(element, "element == null");
    }
  }

  /** A JSON object used as a string-keyed map. */
  record MapOf(TypeRef value) implements TypeRef {
    public MapOf {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /**
   * A value that may be any of several scalars (a {@code oneOf} of primitives, such as string or
   * boolean metadata values), or anything at all when {@code alternatives} is empty.
   */
  record AnyOf(List<Kind> alternatives) implements TypeRef {
    public AnyOf {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** The scalars the generator knows; the Java type each maps to is the emitters' business. */
  enum Kind {
    STRING,
    INT32,
    INT64,
    NUMBER,
    BOOLEAN,
    DATE_TIME,
    DATE,
    /** A file to upload, only in a multipart body. */
    FILE
  }

  static TypeRef primitive(Kind kind) {
    return new Primitive(kind);
  }

  static TypeRef named(String name) {
    return new Named(name);
  }

  static TypeRef listOf(TypeRef element) {
    return new ListOf(element);
  }

  static TypeRef mapOf(TypeRef value) {
    return new MapOf(value);
  }
}
