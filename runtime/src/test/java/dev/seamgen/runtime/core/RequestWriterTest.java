package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static dev.seamgen.runtime.core.Fixtures.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.SdkException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link RequestWriter} makes of a {@link WireRequest}, before anything is sent. */
class RequestWriterTest {
  private static final Endpoint GET = Endpoint.of("pet.find", "GET", "/pet/{petId}", true);
  private static final WireRequest PET_10 =
      WireRequest.builder().path("petId", 10, ParameterStyle.SIMPLE, false).build();

  private static RequestWriter writer(ClientOptions.Builder options) {
    return new RequestWriter(options.build(), Json.mapper());
  }

  private static ClientOptions.Builder options() {
    return ClientOptions.builder(AUTH)
        .endpoint("http://127.0.0.1:9/api")
        .credential("apiKey", KEY)
        .environment(Map.of());
  }

  private static HttpRequest write(WireRequest request, RequestOptions requestOptions) {
    return writer(options().header("X-Trace", "client").header("Cookie", "a=1"))
        .write(GET, request, requestOptions, true);
  }

  private static String header(HttpRequest request, String name) {
    return request.headers().firstValue(name).orElse(null);
  }

  @Test
  void theUriJoinsBasePathAndQuery() {
    HttpRequest request =
        write(
            WireRequest.builder()
                .path("petId", 10, ParameterStyle.SIMPLE, false)
                .query("b", 2, ParameterStyle.FORM, true, false)
                .query("a", 1, ParameterStyle.FORM, true, false)
                .build(),
            RequestOptions.none());

    assertEquals("http://127.0.0.1:9/api/pet/10?b=2&a=1", request.uri().toString());
    assertEquals("GET", request.method());
    assertEquals(0L, request.bodyPublisher().orElseThrow().contentLength());
  }

  @Test
  void headerParametersComeAfterDefaultAndPerCallHeadersAndCredentialsLast() {
    HttpRequest request =
        write(
            WireRequest.builder()
                .path("petId", 10, ParameterStyle.SIMPLE, false)
                .header("X-Trace", "parameter", ParameterStyle.SIMPLE, false)
                .header("Authorization", "Bearer other", ParameterStyle.SIMPLE, false)
                .header("Accept", "text/html", ParameterStyle.SIMPLE, false)
                .build(),
            RequestOptions.builder().header("X-Trace", "call").build());

    assertEquals("parameter", header(request, "X-Trace"));
    assertEquals("Bearer " + KEY, header(request, "Authorization"));
    assertEquals("application/json", header(request, "Accept"));
  }

  @Test
  void cookieParametersFollowACookieHeaderGivenByDefaultOrPerCall() {
    WireRequest request =
        WireRequest.builder()
            .path("petId", 10, ParameterStyle.SIMPLE, false)
            .cookie("session", "s1", ParameterStyle.FORM, true)
            .build();

    assertEquals("a=1; session=s1", header(write(request, RequestOptions.none()), "Cookie"));
    assertEquals(
        "b=2; session=s1",
        header(write(request, RequestOptions.builder().header("cookie", "b=2").build()), "Cookie"));
    assertEquals("a=1", header(write(PET_10, RequestOptions.none()), "Cookie"));
  }

  @Test
  void aHeaderValueWithALineBreakIsRefusedNamingTheHeaderOnly() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                write(
                    WireRequest.builder()
                        .path("petId", 10, ParameterStyle.SIMPLE, false)
                        .header("X-Api-Token", "tok\r\nX-Injected: 1", ParameterStyle.SIMPLE, false)
                        .build(),
                    RequestOptions.none()));

    assertEquals(
        "pet.find: header parameter 'X-Api-Token' contains a line break, which a "
            + "header cannot carry",
        e.getMessage());
  }

  @Test
  void aHeaderNameTheHttpClientRefusesIsNamedWithoutItsValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                write(
                    WireRequest.builder()
                        .path("petId", 10, ParameterStyle.SIMPLE, false)
                        .header("Host", "secret.example", ParameterStyle.SIMPLE, false)
                        .build(),
                    RequestOptions.none()));

    assertEquals(
        "pet.find: header parameter 'Host' cannot be sent: java.net.http refuses the " + "name",
        e.getMessage());
    assertFalse(e.getMessage().contains("secret"));
  }

  @Test
  void aValueJacksonCannotWriteIsAnSdkExceptionNamingTheParameter() {
    SdkException e =
        assertThrows(
            SdkException.class,
            () ->
                write(
                    WireRequest.builder()
                        .path("petId", new Object(), ParameterStyle.SIMPLE, false)
                        .build(),
                    RequestOptions.none()));

    assertTrue(
        e.getMessage().startsWith("pet.find: cannot write path parameter 'petId' as " + "JSON: "),
        e.getMessage());
    assertTrue(
        assertThrows(
                SdkException.class,
                () ->
                    write(
                        WireRequest.builder()
                            .path("petId", 1, ParameterStyle.SIMPLE, false)
                            .jsonBody(new Object())
                            .build(),
                        RequestOptions.none()))
            .getMessage()
            .startsWith("pet.find: cannot write the request " + "as JSON: "));
  }

  @Test
  void theTimeoutIsPerCallOrTheClients() {
    assertEquals(
        Duration.ofSeconds(30), write(PET_10, RequestOptions.none()).timeout().orElseThrow());
    assertEquals(
        Duration.ofSeconds(2),
        write(PET_10, RequestOptions.builder().timeout(Duration.ofSeconds(2)).build())
            .timeout()
            .orElseThrow());
  }

  @Test
  void nullArgumentsAreNamed() {
    RequestWriter writer = writer(options());
    assertEquals(
        "request == null",
        assertThrows(
                NullPointerException.class,
                () -> writer.write(GET, null, RequestOptions.none(), true))
            .getMessage());
    assertEquals(
        "endpoint == null",
        assertThrows(
                NullPointerException.class,
                () -> writer.write(null, PET_10, RequestOptions.none(), true))
            .getMessage());
    assertNull(header(writer.write(GET, PET_10, RequestOptions.none(), false), "Accept"));
    assertEquals(
        List.of(),
        writer.write(GET, PET_10, RequestOptions.none(), true).headers().allValues("Content-Type"));
  }

  @Test
  void anEndpointThatNamesItsMediaTypesAsksForThemInsteadOfJson() {
    RequestWriter writer = writer(options());
    Endpoint anything = GET.withAccept("*/*");
    assertEquals(
        "*/*", header(writer.write(anything, PET_10, RequestOptions.none(), true), "Accept"));
    assertEquals(
        "text/csv, application/xml",
        header(
            writer.write(
                GET.withAccept("text/csv, application/xml"), PET_10, RequestOptions.none(), false),
            "Accept"));
    assertThrows(IllegalArgumentException.class, () -> GET.withAccept(" "));
    assertThrows(IllegalArgumentException.class, () -> GET.withAccept("*/*\r\nX-Evil: 1"));
  }
}
