package dev.seamgen.runtime.core;

import dev.seamgen.runtime.core.wire.Style;

/**
 * How a path, query, header or cookie parameter is written, as OpenAPI's {@code style} says
 * (OpenAPI 3.0, "Style Values"). With a parameter {@code color} and the values {@code "blue"},
 * {@code ["blue","black","brown"]} and {@code {"R":100,"G":200,"B":150}}, before percent-encoding:
 *
 * <pre>
 * style, explode      empty    string       array                    object
 * MATRIX, false       ;color   ;color=blue  ;color=blue,black,brown  ;color=R,100,G,200,B,150
 * MATRIX, true        ;color   ;color=blue  ;color=blue;color=black;color=brown
 *                                                                    ;R=100;G=200;B=150
 * LABEL, false        .        .blue        .blue,black,brown        .R,100,G,200,B,150
 * LABEL, true         .        .blue        .blue.black.brown        .R=100.G=200.B=150
 * FORM, false         color=   color=blue   color=blue,black,brown   color=R,100,G,200,B,150
 * FORM, true          color=   color=blue   color=blue&amp;color=black&amp;color=brown
 *                                                                    R=100&amp;G=200&amp;B=150
 * SIMPLE, either               blue         blue,black,brown         R,100,G,200,B,150
 *                                                     (explode true: R=100,G=200,B=150)
 * SPACE_DELIMITED, false                    color=blue black brown   color=R 100 G 200 B 150
 * PIPE_DELIMITED, false                     color=blue|black|brown   color=R|100|G|200|B|150
 * DEEP_OBJECT, true                         color[R]=100&amp;color[G]=200&amp;color[B]=150
 * </pre>
 *
 * <p>{@code LABEL} with {@code explode} false joins with commas, as RFC 6570 (which defines the
 * style) and OpenAPI 3.0.4 say; OpenAPI 3.0.3's table wrote dots there by mistake.
 *
 * <p>Values are converted with the client's {@code ObjectMapper} first, so strings, numbers,
 * booleans, enums, {@code java.time} values, lists, maps and model objects all work; a list or map
 * inside a list or map is written as its JSON text. A null value leaves the parameter out; so does
 * an empty list or map, except in a path, where it writes the {@code empty} column. Combinations
 * the table leaves open fall back to {@code FORM}: a string in {@code SPACE_DELIMITED}, an array in
 * {@code DEEP_OBJECT}, and either delimited style with {@code explode} true. {@code DEEP_OBJECT}
 * ignores {@code explode}, and writes nested objects as {@code a[b][c]=v} and arrays with indexes,
 * {@code a[b][0]=v}.
 *
 * <p>Percent-encoding follows RFC 3986: in values, every character but the unreserved ones is
 * encoded (a space is {@code %20}, a {@code /} in a path value {@code %2F}); delimiters the style
 * adds stay, except those a URI cannot carry as they are (space, {@code |}, {@code [}, {@code ]}),
 * which are encoded. {@code allowReserved} keeps RFC 3986's reserved characters in query values,
 * except {@code #}, {@code [} and {@code ]}. Header values are not encoded, and cookie values are
 * encoded like query values.
 */
public enum ParameterStyle {
  /** Comma-separated values: path and header parameters. */
  SIMPLE(Style.SIMPLE),
  /** Values after a {@code .}: path parameters. */
  LABEL(Style.LABEL),
  /** {@code ;name=value} pairs: path parameters. */
  MATRIX(Style.MATRIX),
  /** {@code name=value} pairs: query and cookie parameters. */
  FORM(Style.FORM),
  /** An array joined by spaces: query parameters. */
  SPACE_DELIMITED(Style.SPACE_DELIMITED),
  /** An array joined by {@code |}: query parameters. */
  PIPE_DELIMITED(Style.PIPE_DELIMITED),
  /** {@code name[key]=value} pairs for an object: query parameters. */
  DEEP_OBJECT(Style.DEEP_OBJECT);

  private final Style wire;

  ParameterStyle(Style wire) {
    this.wire = wire;
  }

  /** This style as the encoder in {@code core.wire} knows it. */
  Style wire() {
    return wire;
  }
}
