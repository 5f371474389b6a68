package dev.seamgen.runtime.core.wire;

/** One parameter as a request gives it: its value is converted to JSON when the request is sent. */
public final class Parameter {
  final String name;
  final Object value;
  final Style style;
  final boolean explode;
  final boolean allowReserved;

  public Parameter(String name, Object value, Style style, boolean explode, boolean allowReserved) {
    this.name = name;
    this.value = value;
    this.style = style;
    this.explode = explode;
    this.allowReserved = allowReserved;
  }

  public String name() {
    return name;
  }

  public Object value() {
    return value;
  }

  /** The style it is written in; null for a multipart part's value. */
  public Style style() {
    return style;
  }

  public boolean explode() {
    return explode;
  }

  /** Whether RFC 3986's reserved characters are kept as they are, in a query. */
  public boolean allowReserved() {
    return allowReserved;
  }

  @Override
  public String toString() {
    return "Parameter{" + name + "}";
  }
}
