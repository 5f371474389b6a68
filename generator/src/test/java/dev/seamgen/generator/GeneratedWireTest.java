package dev.seamgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.Headers;
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
 * The client generated from {@code wire.yaml}, called against a local server: what real specs
 * declare reaches the wire as servers accept it. Numbers in their shortest decimal form, one {@code
 * key} query parameter (the credential's), no declared {@code Content-Length} or {@code Connection}
 * header, {@code Accept} as the answer is declared ({@code *}{@code /*}), an {@code allOf} of a
 * string and annotations decoded as a string, and a secret left out of {@code toString()}.
 */
class GeneratedWireTest {
  private static final Path SPEC = Path.of("src/test/resources/specs/wire.yaml");

  private static final String PROBE =
      """
      package com.example.wire;

      import com.example.wire.model.Account;

      public final class Probe {
        public static String call(String url) {
          Wire wire = Wire.builder().endpoint(url).apiKey("K").build();
          Account account =
              wire.scales().weigh(r -> r.weight(614).ratio(6.5).xTolerance(0.0000001));
          return account.name() + " " + account.handle() + " " + account.authToken().orElseThrow()
              + " " + account;
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
              Headers headers = exchange.getRequestHeaders();
              received.add(exchange.getRequestURI().getRawPath());
              received.add(exchange.getRequestURI().getRawQuery());
              received.add("Accept: " + headers.getFirst("Accept"));
              received.add("X-Tolerance: " + headers.getFirst("X-Tolerance"));
              byte[] body =
                  "{\"name\":\"Ada\",\"handle\":\"ada\",\"auth_token\":\"s3cret\",\"pin\":\"1234\"}"
                      .getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().set("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, body.length);
              exchange.getResponseBody().write(body);
              exchange.close();
            });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theCallReachesTheWireAsServersAcceptIt() throws Exception {
    Generator.run(
        GeneratorConfig.builder()
            .spec(SPEC)
            .outputDirectory(output)
            .packageName("com.example.wire")
            .sdkVersion("1.0.0")
            .build());
    Files.writeString(output.resolve("com/example/wire/Probe.java"), PROBE);
    assertEquals("", GeneratedCodeCompilesTest.compile(output, classes), "javac reported problems");
    Object answer;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      answer =
          loader
              .loadClass("com.example.wire.Probe")
              .getMethod("call", String.class)
              .invoke(null, server.url(""));
    }

    assertEquals(
        List.of("/scales/614", "ratio=6.5&key=K", "Accept: */*", "X-Tolerance: 0.0000001"),
        received);
    assertEquals(
        "Ada ada s3cret Account{name=Ada, handle=ada, authToken=[REDACTED], pin=[REDACTED],"
            + " additionalProperties={}}",
        answer);
  }
}
