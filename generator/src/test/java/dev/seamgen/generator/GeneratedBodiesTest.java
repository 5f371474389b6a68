package dev.seamgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.config.GeneratorConfig;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client generated from {@code bodies.yaml}, compiled with a small program that calls it,
 * against a local server: an object-or-list body is sent as the JSON given, a form whose schema
 * names no fields sends the map's entries as fields or parts, and XML goes both ways as text.
 */
class GeneratedBodiesTest {
  private static final String PROBE =
      """
      package com.example.alternatives;

      import com.example.alternatives.model.EnvVariable;
      import dev.seamgen.runtime.FilePart;
      import java.nio.charset.StandardCharsets;
      import java.util.LinkedHashMap;
      import java.util.List;
      import java.util.Map;

      public final class Probe {
        public static String run(String url) {
          Alternatives api = Alternatives.builder().endpoint(url).build();
          api.env().createEnv(r -> r.body(List.of(
              EnvVariable.builder().key("A").value("1").build(),
              EnvVariable.builder().key("B").value("2").build())));
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("q", "bonjour à tous");
          fields.put("api_key", "k1");
          api.detect().detect(r -> r.body(fields));
          api.files().attach(r -> r.id("f1").wire("w").body(Map.of(
              "file", FilePart.of("receipt".getBytes(StandardCharsets.UTF_8), "r.txt"))));
          return api.bots().uploadBotFile(r -> r.name("b1").body("<aiml/>"));
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
              String body =
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
              received.add(
                  exchange.getRequestMethod()
                      + " "
                      + exchange.getRequestURI()
                      + " "
                      + exchange.getRequestHeaders().getFirst("Content-Type")
                      + "\n"
                      + body);
              if (exchange.getRequestURI().getPath().startsWith("/bots/")) {
                byte[] bytes = "<ok/>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/xml");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
              } else {
                exchange.sendResponseHeaders(204, -1);
              }
              exchange.close();
            });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void eachBodyIsSentAsItsMediaTypeSays() throws Exception {
    Generator.run(
        GeneratorConfig.builder()
            .spec(Path.of("src/test/resources/specs/bodies.yaml"))
            .outputDirectory(output)
            .packageName("com.example.alternatives")
            .build());
    Files.writeString(output.resolve("com/example/alternatives/Probe.java"), PROBE);
    assertEquals("", GeneratedCodeCompilesTest.compile(output, classes), "javac reported problems");
    Object answer;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      answer =
          loader
              .loadClass("com.example.alternatives.Probe")
              .getMethod("run", String.class)
              .invoke(null, server.url(""));
    }

    assertEquals("<ok/>", answer);
    assertEquals(4, received.size(), received.toString());
    assertEquals(
        "POST /env application/json\n[{\"key\":\"A\",\"value\":\"1\"},{\"key\":\"B\",\"value\":\"2\"}]",
        received.get(0));
    assertEquals(
        "POST /detect application/x-www-form-urlencoded\nq=bonjour%20%C3%A0%20tous&api_key=k1",
        received.get(1));
    String multipart = received.get(2);
    assertTrue(
        multipart.startsWith("POST /files/f1/attachments?wire=w multipart/form-data; boundary="),
        multipart);
    assertTrue(
        multipart.contains("name=\"file\"; filename=\"r.txt\"") && multipart.contains("receipt"),
        multipart);
    assertEquals("PUT /bots/b1/files application/xml; charset=UTF-8\n<aiml/>", received.get(3));
  }
}
