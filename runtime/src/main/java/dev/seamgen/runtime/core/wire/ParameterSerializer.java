package dev.seamgen.runtime.core.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes one parameter value, already converted to JSON, in its {@link Style}; see there for the
 * rules. Path and query results are percent-encoded, header values are not.
 */
public final class ParameterSerializer {
  private static final UnaryOperator<String> NAME = PercentEncoder.UNRESERVED::encode;
  private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();

  private ParameterSerializer() {}

  /**
   * Whether RFC 6570 calls {@code value} undefined: null, or an empty list or map. Such a parameter
   * is left out.
   */
  public static boolean isUndefined(JsonNode value) {
    return value == null
        || value.isNull()
        || value.isMissingNode()
        || (value.isContainerNode() && items(value).isEmpty());
  }

  /** The text that fills the parameter's place in a path, percent-encoded. */
  public static String path(String name, JsonNode value, Style style, boolean explode) {
    UnaryOperator<String> encode = ParameterSerializer::pathValue;
    switch (style) {
      case SIMPLE:
        return simple(value, explode, encode);
      case LABEL:
        if (value.isObject()) {
          return "." + (explode ? pairs(value, encode, "=", ".") : pairs(value, encode, ",", ","));
        }
        return "." + join(value, encode, explode ? "." : ",");
      case MATRIX:
        return matrix(NAME.apply(name), value, explode, encode);
      default:
        throw new IllegalArgumentException("style " + style + " is not for path parameters");
    }
  }

  /** Appends the parameter's {@code name=value} pairs, percent-encoded, to {@code out}. */
  public static void query(
      String name,
      JsonNode value,
      Style style,
      boolean explode,
      boolean allowReserved,
      List<String> out) {
    if (isUndefined(value)) {
      return;
    }
    String encodedName = NAME.apply(name);
    UnaryOperator<String> encode = allowReserved ? PercentEncoder.ALLOW_RESERVED::encode : NAME;
    switch (style) {
      case FORM:
        form(encodedName, value, explode, encode, out);
        return;
      case SPACE_DELIMITED:
      case PIPE_DELIMITED:
        if (explode || !value.isContainerNode()) {
          form(encodedName, value, true, encode, out);
        } else {
          // Both delimiters are encoded: a URI cannot carry a space or a '|' as it is.
          String delimiter = style == Style.SPACE_DELIMITED ? "%20" : "%7C";
          out.add(
              encodedName
                  + "="
                  + (value.isObject()
                      ? pairs(value, encode, delimiter, delimiter)
                      : join(value, encode, delimiter)));
        }
        return;
      case DEEP_OBJECT:
        if (value.isObject()) {
          deepObject(encodedName, value, encode, out);
        } else {
          form(encodedName, value, true, encode, out);
        }
        return;
      default:
        throw new IllegalArgumentException("style " + style + " is not for query parameters");
    }
  }

  /**
   * The value of a header parameter, not percent-encoded; null when the value is undefined.
   *
   * @throws IllegalArgumentException when the value holds a line break, another control character
   *     or one outside ISO-8859-1; the message names the header, never the value
   */
  public static String header(String name, JsonNode value, boolean explode) {
    if (isUndefined(value)) {
      return null;
    }
    String text = simple(value, explode, AS_IS);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F || c > 0xFF) {
        throw new IllegalArgumentException(
            "header parameter '"
                + name
                + "' contains a "
                + (c == '\r' || c == '\n'
                    ? "line break"
                    : c > 0xFF ? "character outside ISO-8859-1" : "control character")
                + ", which a header cannot carry");
      }
    }
    return text;
  }

  /** Appends the parameter's cookies, {@code name=value} with the value percent-encoded. */
  public static void cookie(String name, JsonNode value, boolean explode, List<String> out) {
    if (!isUndefined(value)) {
      form(NAME.apply(name), value, explode, NAME, out);
    }
  }

  private static String simple(JsonNode value, boolean explode, UnaryOperator<String> encode) {
    if (value.isObject()) {
      return explode ? pairs(value, encode, "=", ",") : pairs(value, encode, ",", ",");
    }
    return join(value, encode, ",");
  }

  private static String matrix(
      String name, JsonNode value, boolean explode, UnaryOperator<String> encode) {
    if (isUndefined(value) || isEmptyText(value)) {
      return ";" + name;
    }
    if (!explode || !value.isContainerNode()) {
      String joined = value.isObject() ? pairs(value, encode, ",", ",") : join(value, encode, ",");
      return ";" + name + "=" + joined;
    }
    StringBuilder out = new StringBuilder();
    if (value.isObject()) {
      for (String[] entry : entries(value)) {
        out.append(';').append(encode.apply(entry[0]));
        if (!entry[1].isEmpty()) {
          out.append('=').append(encode.apply(entry[1]));
        }
      }
    } else {
      for (String item : items(value)) {
        out.append(';').append(name);
        if (!item.isEmpty()) {
          out.append('=').append(encode.apply(item));
        }
      }
    }
    return out.toString();
  }

  private static void form(
      String name,
      JsonNode value,
      boolean explode,
      UnaryOperator<String> encode,
      List<String> out) {
    if (explode && value.isArray()) {
      for (String item : items(value)) {
        out.add(name + "=" + encode.apply(item));
      }
    } else if (explode && value.isObject()) {
      for (String[] entry : entries(value)) {
        out.add(NAME.apply(entry[0]) + "=" + encode.apply(entry[1]));
      }
    } else {
      out.add(
          name
              + "="
              + (value.isObject() ? pairs(value, encode, ",", ",") : join(value, encode, ",")));
    }
  }

  /**
   * {@code color[R]=100}; nested objects as {@code a[b][c]=v} and arrays with indexes, {@code
   * a[b][0]=v}, as Prism and the common query-string parsers read them.
   */
  private static void deepObject(
      String key, JsonNode value, UnaryOperator<String> encode, List<String> out) {
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        deepObject(key + "%5B" + NAME.apply(field.getKey()) + "%5D", field.getValue(), encode, out);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        deepObject(key + "%5B" + i + "%5D", value.get(i), encode, out);
      }
    } else if (!value.isNull()) {
      out.add(key + "=" + encode.apply(text(value)));
    }
  }

  /** A scalar's text, or a list's items joined by {@code delimiter}, each encoded. */
  private static String join(JsonNode value, UnaryOperator<String> encode, String delimiter) {
    if (!value.isArray()) {
      return encode.apply(text(value));
    }
    List<String> items = items(value);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : delimiter).append(encode.apply(items.get(i)));
    }
    return out.toString();
  }

  /** An object's keys and values, each pair joined by {@code inner}, pairs by {@code outer}. */
  private static String pairs(
      JsonNode object, UnaryOperator<String> encode, String inner, String outer) {
    StringBuilder out = new StringBuilder();
    String before = "";
    for (String[] entry : entries(object)) {
      out.append(before)
          .append(encode.apply(entry[0]))
          .append(inner)
          .append(encode.apply(entry[1]));
      before = outer;
    }
    return out.toString();
  }

  /** The texts of a list's items, or an object's values; nulls are left out. */
  private static List<String> items(JsonNode container) {
    List<String> items = new ArrayList<>(container.size());
    for (JsonNode item : container) {
      if (!item.isNull()) {
        items.add(text(item));
      }
    }
    return items;
  }

  private static List<String[]> entries(JsonNode object) {
    List<String[]> entries = new ArrayList<>(object.size());
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (!field.getValue().isNull()) {
        entries.add(new String[] {field.getKey(), text(field.getValue())});
      }
    }
    return entries;
  }

  /**
   * Strings as they are, numbers in their shortest plain decimal form, booleans as their JSON text,
   * nested values as JSON.
   */
  public static String text(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isFloatingPointNumber()) {
      return decimal(node);
    }
    return node.isContainerNode() ? node.toString() : node.asText();
  }

  /**
   * A fractional number as servers parse it: the shortest decimal that reads back as the same
   * value, without a trailing {@code .0} or an exponent ({@code 614}, {@code 6.5}, {@code
   * 0.0000001}), not Java's {@code 614.0} or {@code 1.0E-7}. NaN and infinities, which have no
   * decimal form, keep Java's text.
   */
  private static String decimal(JsonNode number) {
    BigDecimal value;
    if (number.isBigDecimal()) {
      value = number.decimalValue();
    } else if (number.isFloat()) {
      float f = number.floatValue();
      if (!Float.isFinite(f)) {
        return number.asText();
      }
      value = new BigDecimal(Float.toString(f));
    } else {
      double d = number.doubleValue();
      if (!Double.isFinite(d)) {
        return number.asText();
      }
      // Double.toString is the shortest representation that reads back as the same double.
      value = new BigDecimal(Double.toString(d));
    }
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static boolean isEmptyText(JsonNode value) {
    return value.isValueNode() && text(value).isEmpty();
  }

  /**
   * A path value percent-encoded; one made only of dots is encoded whole, so that it cannot become
   * a {@code .} or {@code ..} segment that moves the request to another path.
   */
  private static String pathValue(String text) {
    if (!text.isEmpty() && text.chars().allMatch(c -> c == '.')) {
      return text.replace(".", "%2E");
    }
    return PercentEncoder.UNRESERVED.encode(text);
  }
}
