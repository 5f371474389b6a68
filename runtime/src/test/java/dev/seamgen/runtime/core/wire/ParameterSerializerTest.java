package dev.seamgen.runtime.core.wire;

import static dev.seamgen.runtime.core.wire.Style.DEEP_OBJECT;
import static dev.seamgen.runtime.core.wire.Style.FORM;
import static dev.seamgen.runtime.core.wire.Style.LABEL;
import static dev.seamgen.runtime.core.wire.Style.MATRIX;
import static dev.seamgen.runtime.core.wire.Style.PIPE_DELIMITED;
import static dev.seamgen.runtime.core.wire.Style.SIMPLE;
import static dev.seamgen.runtime.core.wire.Style.SPACE_DELIMITED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seamgen.runtime.core.Json;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pins every cell of OpenAPI's "Style Examples" table (3.0.3, with 3.0.4's two corrections noted
 * below) for every style and explode value, compared after percent-decoding, and the exact
 * percent-encoded forms where encoding matters.
 */
class ParameterSerializerTest {
  private static final String STRING = "blue";
  private static final List<String> ARRAY = List.of("blue", "black", "brown");
  private static final Map<String, Integer> OBJECT = object();

  private static Map<String, Integer> object() {
    Map<String, Integer> rgb = new LinkedHashMap<>();
    rgb.put("R", 100);
    rgb.put("G", 200);
    rgb.put("B", 150);
    return rgb;
  }

  /** What a parameter named {@code color} becomes: a path segment or a query string. */
  private static String render(Style style, boolean explode, Object value) {
    JsonNode node = Json.mapper().valueToTree(value);
    if (style.fits(Style.Location.PATH)) {
      return ParameterSerializer.path("color", node, style, explode);
    }
    List<String> pairs = new ArrayList<>();
    ParameterSerializer.query("color", node, style, explode, false, pairs);
    return String.join("&", pairs);
  }

  private static String decode(String encoded) {
    return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** One row of the table; null stands for the table's n/a. */
  private static void row(
      Style style, boolean explode, String empty, String string, String array, String object) {
    String where = style + " explode=" + explode + ": ";
    if (empty != null) {
      assertEquals(empty, decode(render(style, explode, "")), where + "empty");
    }
    if (string != null) {
      assertEquals(string, decode(render(style, explode, STRING)), where + "string");
    }
    if (array != null) {
      assertEquals(decode(array), decode(render(style, explode, ARRAY)), where + "array");
    }
    if (object != null) {
      assertEquals(decode(object), decode(render(style, explode, OBJECT)), where + "object");
    }
  }

  @Test
  void matrix() {
    row(
        MATRIX,
        false,
        ";color",
        ";color=blue",
        ";color=blue,black,brown",
        ";color=R,100,G,200,B,150");
    row(
        MATRIX,
        true,
        ";color",
        ";color=blue",
        ";color=blue;color=black;color=brown",
        ";R=100;G=200;B=150");
  }

  @Test
  void label() {
    // 3.0.3 writes ".blue.black.brown" and ".R.100.G.200.B.150" here; RFC 6570, which defines
    // the style, and OpenAPI 3.0.4 join with commas, and so do validators such as Prism.
    row(LABEL, false, ".", ".blue", ".blue,black,brown", ".R,100,G,200,B,150");
    row(LABEL, true, ".", ".blue", ".blue.black.brown", ".R=100.G=200.B=150");
  }

  @Test
  void form() {
    row(FORM, false, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150");
    row(
        FORM,
        true,
        "color=",
        "color=blue",
        "color=blue&color=black&color=brown",
        "R=100&G=200&B=150");
  }

  @Test
  void simple() {
    // 3.0.3 says n/a for empty; 3.0.4 gives the empty string.
    row(SIMPLE, false, "", "blue", "blue,black,brown", "R,100,G,200,B,150");
    row(SIMPLE, true, "", "blue", "blue,black,brown", "R=100,G=200,B=150");
  }

  @Test
  void spaceAndPipeDelimited() {
    // The table shows the value only; the query carries it as color=... (as 3.0.4 writes it).
    // 3.0.3's pipe object cell, R|100|G|200|G|150, repeats G by mistake.
    row(
        SPACE_DELIMITED,
        false,
        null,
        null,
        "color=" + "blue%20black%20brown",
        "color=" + "R%20100%20G%20200%20B%20150");
    row(
        PIPE_DELIMITED,
        false,
        null,
        null,
        "color=" + "blue|black|brown",
        "color=" + "R|100|G|200|B|150");
  }

  @Test
  void deepObject() {
    row(DEEP_OBJECT, true, null, null, null, "color[R]=100&color[G]=200&color[B]=150");
  }

  @Test
  void delimitersTheURICannotCarryAreEncodedOthersStay() {
    assertEquals("color=blue%20black%20brown", render(SPACE_DELIMITED, false, ARRAY));
    assertEquals("color=blue%7Cblack%7Cbrown", render(PIPE_DELIMITED, false, ARRAY));
    assertEquals(
        "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150", render(DEEP_OBJECT, true, OBJECT));
    assertEquals("color=R,100,G,200,B,150", render(FORM, false, OBJECT));
    assertEquals(";color=blue;color=black;color=brown", render(MATRIX, true, ARRAY));
    assertEquals(".R=100.G=200.B=150", render(LABEL, true, OBJECT));
    for (Style style : Style.values()) {
      for (boolean explode : new boolean[] {false, true}) {
        URI.create(
            "http://h/p"
                + (style.fits(Style.Location.PATH) ? "/" : "?")
                + render(style, explode, OBJECT));
      }
    }
  }

  @Test
  void pathValuesEncodeEverythingButUnreserved() {
    assertEquals("a%20b%2Fc%3Fd%26e%23f%25g%2Bh", path("a b/c?d&e#f%g+h"));
    assertEquals("caf%C3%A9%20%E6%97%A5", path("café 日"));
    assertEquals("A-z_0.9~", path("A-z_0.9~"));
    assertEquals(
        "a%2Cb,c",
        ParameterSerializer.path("p", json(List.of("a,b", "c")), SIMPLE, false),
        "a comma in a value is not the style's delimiter");
    assertEquals("%2E%2E", path(".."), "a value cannot climb out of its path");
    assertEquals("%2E", path("."));
    assertEquals("a..b", path("a..b"));
  }

  @Test
  void queryValuesEncodeEverythingButUnreservedUnlessReservedIsAllowed() {
    assertEquals(
        "q=a%20b%2Fc%3Fd%26e%23f%25g%2Bh%5Bi%5D%7Cj", query("a b/c?d&e#f%g+h[i]|j", false));
    assertEquals("q=caf%C3%A9", query("café", false));
    assertEquals(
        "q=a%20b/c?d%26e%23f%25g%2Bh%5Bi%5D%7Cj,k;l=m:n@o!$'()*",
        query("a b/c?d&e#f%g+h[i]|j,k;l=m:n@o!$'()*", true),
        "& + # stay encoded: they would change what the query says");
    assertEquals(
        "q=already%20encoded",
        query("already%20encoded", true),
        "with allowReserved a %XX triplet is kept, as RFC 6570's reserved expansion does");
    List<String> pairs = new ArrayList<>();
    ParameterSerializer.query("a b[c]", json("v"), FORM, true, false, pairs);
    assertEquals(List.of("a%20b%5Bc%5D=v"), pairs, "names are encoded too");
    URI.create("http://h/p?" + query("a b/c?d&e#f%g+h[i]|j{k}\"<>\\^`", true));
  }

  @Test
  void valuesAreConvertedWithTheMapper() {
    assertEquals("q=true", query(true, false));
    assertEquals("q=9007199254740993", query(9007199254740993L, false));
    assertEquals("q=1.25", query(new BigDecimal("1.25"), false));
    assertEquals("q=2026-01-02", query(LocalDate.of(2026, 1, 2), false));
    assertEquals(
        "q=2026-01-02T03%3A04%3A05Z",
        query(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), false));
    assertEquals("q=sold", query(Status.SOLD, false));
    assertEquals("q=rex", query(Optional.of("rex"), false));
    assertEquals(
        "name=rex&tag_ids=%5B1%2C2%5D",
        String.join("&", pairs(new Pet("rex", List.of(1, 2)), FORM, true)),
        "a model explodes into its properties, nested as JSON");
    assertEquals(
        "q=%5B1%2C2%5D,3",
        query(List.of(List.of(1, 2), 3), false), "a list inside a list is written as JSON");
    assertEquals(
        List.of("a%5Bb%5D%5Bc%5D=1", "a%5Bd%5D%5B0%5D=x", "a%5Bd%5D%5B1%5D%5Be%5D=y"),
        deep(Map.of("b", Map.of("c", 1)), Map.of("d", List.of("x", Map.of("e", "y")))));
  }

  @Test
  void undefinedValuesAreLeftOut() {
    assertEquals("", query(Optional.empty(), false));
    assertEquals("", query(List.of(), false));
    assertEquals("", query(Map.of(), false));
    assertEquals("q=", query("", false), "the empty string is a value");
    assertEquals("q=a,c", query(java.util.Arrays.asList("a", null, "c"), false));
    assertNull(ParameterSerializer.header("X-Tags", json(List.of()), false));
    assertEquals("", ParameterSerializer.path("p", json(List.of()), SIMPLE, false));
    assertEquals(";p", ParameterSerializer.path("p", json(Map.of()), MATRIX, true));
  }

  @Test
  void headersAreSimpleAndNotEncoded() {
    assertEquals(
        "a b/c,d", ParameterSerializer.header("X-Tags", json(List.of("a b/c", "d")), false));
    assertEquals("R=100,G=200,B=150", ParameterSerializer.header("X-Color", json(OBJECT), true));
    assertEquals(
        "caf\u00e9\tok", ParameterSerializer.header("X-Name", json("caf\u00e9\tok"), false));
  }

  @Test
  void aLineBreakInAHeaderIsRefusedWithoutShowingTheValue() {
    for (String value : List.of("secret\r\nX-Evil: 1", "secret\nx", "secret\u0000")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> ParameterSerializer.header("X-Api-Token", json(value), false));
      assertTrue(
          e.getMessage().startsWith("header parameter 'X-Api-Token' contains a "), e.getMessage());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
  }

  @Test
  void cookiesAreFormPairsWithEncodedValues() {
    List<String> cookies = new ArrayList<>();
    ParameterSerializer.cookie("session", json("a b;c"), false, cookies);
    ParameterSerializer.cookie("ids", json(ARRAY), false, cookies);
    ParameterSerializer.cookie("id", json(List.of(1, 2)), true, cookies);
    assertEquals(List.of("session=a%20b%3Bc", "ids=blue,black,brown", "id=1", "id=2"), cookies);
  }

  @Test
  void eachStyleFitsTheLocationsOpenApiAllows() {
    assertTrue(SIMPLE.fits(Style.Location.HEADER));
    assertTrue(FORM.fits(Style.Location.COOKIE));
    assertFalse(FORM.fits(Style.Location.PATH));
    assertFalse(MATRIX.fits(Style.Location.QUERY));
    assertFalse(DEEP_OBJECT.fits(Style.Location.COOKIE));
    assertFalse(LABEL.fits(Style.Location.HEADER));
  }

  @Test
  void numbersAreSentInTheirShortestPlainDecimalForm() {
    assertEquals("614", ParameterSerializer.text(json(614.0)));
    assertEquals("6.5", ParameterSerializer.text(json(6.5)));
    assertEquals("0.0000001", ParameterSerializer.text(json(1e-7)));
    assertEquals("0.1", ParameterSerializer.text(json(0.1)));
    assertEquals("2.5", ParameterSerializer.text(json(2.5f)));
    assertEquals("1200", ParameterSerializer.text(json(new BigDecimal("1.2E+3"))));
    assertEquals("-3", ParameterSerializer.text(json(-3.0)));
    assertEquals("0", ParameterSerializer.text(json(0.0)));
    assertEquals("614", ParameterSerializer.text(json(614L)));
    assertEquals(
        "/pets/614", "/pets/" + ParameterSerializer.path("id", json(614.0), SIMPLE, false));
    List<String> query = new ArrayList<>();
    ParameterSerializer.query("w", json(List.of(614.0, 0.5)), FORM, true, false, query);
    assertEquals(List.of("w=614", "w=0.5"), query);
    assertEquals("614", ParameterSerializer.header("X-Weight", json(614.0), false));
  }

  private static JsonNode json(Object value) {
    return Json.mapper().valueToTree(value);
  }

  private static String path(String value) {
    return ParameterSerializer.path("p", json(value), SIMPLE, false);
  }

  private static String query(Object value, boolean allowReserved) {
    List<String> pairs = new ArrayList<>();
    ParameterSerializer.query("q", json(value), FORM, false, allowReserved, pairs);
    return String.join("&", pairs);
  }

  private static List<String> pairs(Object value, Style style, boolean explode) {
    List<String> pairs = new ArrayList<>();
    ParameterSerializer.query("q", json(value), style, explode, false, pairs);
    return pairs;
  }

  private static List<String> deep(Map<String, ?> b, Map<String, ?> d) {
    Map<String, Object> value = new LinkedHashMap<>(b);
    value.putAll(d);
    List<String> pairs = new ArrayList<>();
    ParameterSerializer.query("a", json(value), DEEP_OBJECT, true, false, pairs);
    return pairs;
  }

  enum Status {
    SOLD("sold");

    private final String wire;

    Status(String wire) {
      this.wire = wire;
    }

    @JsonValue
    String wire() {
      return wire;
    }
  }

  static final class Pet {
    @JsonProperty("name")
    final String name;

    @JsonProperty("tag_ids")
    final List<Integer> tagIds;

    Pet(String name, List<Integer> tagIds) {
      this.name = name;
      this.tagIds = tagIds;
    }
  }
}
