package dev.seamgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client generated from {@code rest.yaml}, compiled with a small program that calls it, against
 * a local server: each operation sends what its {@code security} asks for, in the way its scheme
 * says (bearer from a supplier, basic, query and cookie keys), and {@code security: []} sends none;
 * OAuth2 client credentials get their token from the spec's token URL; server variables are
 * checked.
 */
class GeneratedCredentialsTest {
  private static final String PROBE =
      """
      package com.example.shelf;

      import java.util.concurrent.atomic.AtomicInteger;

      public final class Probe {
        public static void everything(String url) {
          AtomicInteger asked = new AtomicInteger();
          Shelf shelf = Shelf.builder()
              .endpoint(url)
              .bearerToken(() -> "tok-" + asked.incrementAndGet())
              .queryKey("q key")
              .cookieKey("c&1")
              .basicAuth("jane", "pw")
              .build();
          shelf.stats().get();
          shelf.books().getBook(r -> r.shelfId(1L).id("b1"));
          shelf.books().listBooks(r -> r.shelfId(1L));
          shelf.books().listBooks(r -> r.shelfId(1L));
        }

        public static void clientCredentials(String url) {
          Shelf shelf = Shelf.builder().endpoint(url).oauthClientCredentials("app", "s3cret").build();
          shelf.books().listBooks(r -> r.shelfId(1L));
          shelf.books().listBooks(r -> r.shelfId(1L));
        }

        public static void region(String region) {
          Shelf.builder().region(region).queryKey("k").build();
        }

        public static void keysOnly(String url) {
          Shelf shelf = Shelf.builder().endpoint(url).queryKey("q key").cookieKey("c&1").build();
          shelf.books().listBooks(r -> r.shelfId(1L));
          shelf.books().getBook(r -> r.shelfId(1L).id("b1"));
        }
      }
      """;

  @TempDir Path output;
  @TempDir Path classes;

  private final List<String> received = Collections.synchronizedList(new ArrayList<>());
  private LoopbackServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        LoopbackServer.start(
            exchange -> {
              String path = exchange.getRequestURI().getPath();
              received.add(
                  path
                      + " query="
                      + exchange.getRequestURI().getRawQuery()
                      + " authorization="
                      + exchange.getRequestHeaders().getFirst("Authorization")
                      + " cookie="
                      + exchange.getRequestHeaders().getFirst("Cookie"));
              String body =
                  path.endsWith("/token")
                      ? "{\"access_token\":\"cc-1\",\"token_type\":\"Bearer\",\"expires_in\":60}"
                      : path.endsWith("/stats")
                          ? "{}"
                          : path.endsWith("/books") ? "[]" : "{\"title\":\"t\"}";
              byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().set("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, bytes.length);
              exchange.getResponseBody().write(bytes);
              exchange.close();
            });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void run(String method) throws Exception {
    run(method, server.url("/v2"));
  }

  private void run(String method, String argument) throws Exception {
    Generator.run(GoldenFilesTest.restConfig(output));
    Files.writeString(output.resolve("com/example/shelf/Probe.java"), PROBE);
    assertEquals("", GeneratedCodeCompilesTest.compile(output, classes), "javac reported problems");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      loader
          .loadClass("com.example.shelf.Probe")
          .getMethod(method, String.class)
          .invoke(null, argument);
    }
  }

  @Test
  void clientCredentialsFetchOneTokenFromTheSpecsRelativeTokenUrl() throws Exception {
    run("clientCredentials");

    String basic =
        Base64.getEncoder().encodeToString("app:s3cret".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "/oauth/token query=null authorization=Basic " + basic + " cookie=null",
            "/v2/shelves/1/books query=null authorization=Bearer cc-1 cookie=null",
            "/v2/shelves/1/books query=null authorization=Bearer cc-1 cookie=null"),
        received);
  }

  @Test
  void aServerVariableOutsideItsEnumFailsAtBuild() {
    InvocationTargetException e =
        assertThrows(InvocationTargetException.class, () -> run("region", "mars"));

    assertEquals(IllegalStateException.class, e.getCause().getClass());
    assertEquals(
        "server variable region is 'mars'; it must be one of us, eu", e.getCause().getMessage());
  }

  @Test
  void eachOperationSendsTheFirstAlternativeTheClientHas() throws Exception {
    run("everything");

    String basic = Base64.getEncoder().encodeToString("jane:pw".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "/v2/stats query=null authorization=null cookie=null",
            "/v2/shelves/1/books/b1 query=null authorization=Basic " + basic + " cookie=null",
            "/v2/shelves/1/books query=null authorization=Bearer tok-1 cookie=null",
            "/v2/shelves/1/books query=null authorization=Bearer tok-2 cookie=null"),
        received);
  }

  @Test
  void keysGoInTheQueryAndTheCookiePercentEncoded() throws Exception {
    run("keysOnly");

    assertEquals(
        List.of(
            "/v2/shelves/1/books query=api_key=q%20key authorization=null cookie=null",
            "/v2/shelves/1/books/b1 query=null authorization=null cookie=shelf%20session=c%261"),
        received);
  }
}
