package dev.seamgen.runtime.core.wire;

import dev.seamgen.runtime.FilePart;

/**
 * One part of a multipart body: a {@link FilePart}, a list of them, or a value written as text (a
 * scalar) or JSON (anything else); {@code contentType} is the spec's, or null.
 */
public final class Part {
  final String name;
  final Object value;
  final String contentType;

  public Part(String name, Object value, String contentType) {
    this.name = name;
    this.value = value;
    this.contentType = contentType;
  }

  public String name() {
    return name;
  }

  public Object value() {
    return value;
  }

  /** Whether the part can be sent again: false when a file in it is read from a stream. */
  public boolean repeatable() {
    if (value instanceof FilePart) {
      return ((FilePart) value).repeatable();
    }
    if (value instanceof Iterable) {
      for (Object item : (Iterable<?>) value) {
        if (item instanceof FilePart && !((FilePart) item).repeatable()) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Part{" + name + "}";
  }
}
