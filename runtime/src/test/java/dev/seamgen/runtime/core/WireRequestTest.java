package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.core.wire.Parameter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WireRequestTest {
  @Test
  void parametersKeepTheirStyleAndQueryOrder() {
    WireRequest request =
        WireRequest.builder()
            .path("petId", 10L, ParameterStyle.SIMPLE, false)
            .query("z", "1", ParameterStyle.FORM, true, false)
            .query("a", List.of("x"), ParameterStyle.PIPE_DELIMITED, false, true)
            .query("m", "2", ParameterStyle.FORM, true, false)
            .header("X-Trace", "t", ParameterStyle.SIMPLE, false)
            .cookie("session", "s", ParameterStyle.FORM, true)
            .jsonBody(Map.of("name", "rex"))
            .build();

    assertEquals(
        List.of("z", "a", "m"),
        request.query().stream().map(Parameter::name).collect(Collectors.toList()));
    Parameter pipe = request.query().get(1);
    assertEquals(ParameterStyle.PIPE_DELIMITED.wire(), pipe.style());
    assertFalse(pipe.explode());
    assertTrue(pipe.allowReserved());
    assertEquals(10L, request.path().get(0).value());
    assertEquals(Map.of("name", "rex"), request.jsonBody());
  }

  @Test
  void nullValuesAreLeftOut() {
    WireRequest request =
        WireRequest.builder()
            .path("petId", null, ParameterStyle.SIMPLE, false)
            .query("status", null, ParameterStyle.FORM, true, false)
            .header("X-Trace", null, ParameterStyle.SIMPLE, false)
            .cookie("session", null, ParameterStyle.FORM, true)
            .jsonBody(null)
            .build();

    assertEquals(List.of(), request.path());
    assertEquals(List.of(), request.query());
    assertEquals(List.of(), request.headers());
    assertEquals(List.of(), request.cookies());
    assertNull(request.jsonBody());
  }

  @Test
  void theEmptyRequestHasNothing() {
    assertSame(WireRequest.empty(), WireRequest.empty());
    assertEquals(
        "WireRequest{path=[], query=[], headers=[], cookies=[], body=none}",
        WireRequest.empty().toString());
  }

  @Test
  void stylesOpenApiDoesNotAllowThereAreRefused() {
    assertEquals(
        "style FORM does not fit path parameter 'petId'; path: SIMPLE, LABEL or MATRIX",
        assertThrows(
                IllegalArgumentException.class,
                () -> WireRequest.builder().path("petId", 1, ParameterStyle.FORM, false))
            .getMessage());
    assertEquals(
        "style SIMPLE does not fit query parameter 'q'; query: FORM, SPACE_DELIMITED, "
            + "PIPE_DELIMITED or DEEP_OBJECT",
        assertThrows(
                IllegalArgumentException.class,
                () -> WireRequest.builder().query("q", 1, ParameterStyle.SIMPLE, false, false))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> WireRequest.builder().header("X-A", 1, ParameterStyle.FORM, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> WireRequest.builder().cookie("c", 1, ParameterStyle.SIMPLE, false));
  }

  @Test
  void namesAndStylesAreRequiredAndAPathParameterIsSetOnce() {
    assertEquals(
        "name == null",
        assertThrows(
                NullPointerException.class,
                () -> WireRequest.builder().query(null, 1, ParameterStyle.FORM, true, false))
            .getMessage());
    assertEquals(
        "style == null",
        assertThrows(
                NullPointerException.class,
                () -> WireRequest.builder().header("X-A", 1, null, false))
            .getMessage());
    assertEquals(
        "header parameter name is empty",
        assertThrows(
                IllegalArgumentException.class,
                () -> WireRequest.builder().header("", 1, ParameterStyle.SIMPLE, false))
            .getMessage());
    assertEquals(
        "path parameter 'id' is set twice",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    WireRequest.builder()
                        .path("id", 1, ParameterStyle.SIMPLE, false)
                        .path("id", 2, ParameterStyle.SIMPLE, false))
            .getMessage());
  }

  @Test
  void toStringNamesParametersButShowsNoValues() {
    String text =
        WireRequest.builder()
            .header("X-Api-Token", "secret-token", ParameterStyle.SIMPLE, false)
            .cookie("session", "secret-cookie", ParameterStyle.FORM, true)
            .query("q", "secret-query", ParameterStyle.FORM, true, false)
            .jsonBody(Map.of("password", "secret-body"))
            .build()
            .toString();

    assertTrue(text.contains("X-Api-Token") && text.contains("session"), text);
    assertFalse(text.contains("secret"), text);
  }
}
