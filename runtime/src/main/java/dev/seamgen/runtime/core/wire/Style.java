package dev.seamgen.runtime.core.wire;

/**
 * A parameter's style as the encoder knows it: the core's {@code ParameterStyle}, constant for
 * constant (its documentation shows what each writes), and where OpenAPI allows each.
 */
public enum Style {
  SIMPLE,
  LABEL,
  MATRIX,
  FORM,
  SPACE_DELIMITED,
  PIPE_DELIMITED,
  DEEP_OBJECT;

  /** Whether OpenAPI allows this style for {@code location}. */
  public boolean fits(Location location) {
    switch (location) {
      case PATH:
        return this == SIMPLE || this == LABEL || this == MATRIX;
      case QUERY:
        return this == FORM
            || this == SPACE_DELIMITED
            || this == PIPE_DELIMITED
            || this == DEEP_OBJECT;
      case HEADER:
        return this == SIMPLE;
      default:
        return this == FORM;
    }
  }

  /** Where a parameter goes. */
  public enum Location {
    PATH("path: SIMPLE, LABEL or MATRIX"),
    QUERY("query: FORM, SPACE_DELIMITED, PIPE_DELIMITED or DEEP_OBJECT"),
    HEADER("header: SIMPLE"),
    COOKIE("cookie: FORM");

    private final String styles;

    Location(String styles) {
      this.styles = styles;
    }

    /** The styles a location takes, for messages. */
    public String styles() {
      return styles;
    }

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
