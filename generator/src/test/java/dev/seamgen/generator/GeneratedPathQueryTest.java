package dev.seamgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.config.GeneratorConfig;
import java.net.URL;
import java.net.URLClassLoader;
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
 * The client generated from {@code path-query.yaml}, whose path keys write part of the query,
 * compiled with a program that calls every operation against a local server: each sends the path
 * before the key's {@code ?} (or {@code #}), the fixed pairs first as written, then the query
 * parameters, percent-encoded as any query parameter is.
 */
class GeneratedPathQueryTest {
  private static final Path SPEC = Path.of("src/test/resources/specs/path-query.yaml");

  private static final String PROBE =
      """
      package com.example.archive;

      public final class Probe {
        public static void callEach(String url) {
          Archive archive = Archive.builder().endpoint(url).build();
          archive.exports().exportHistory(r -> r.filename("may 2024&co.csv"));
          archive.history().listHistory(r -> r.dateFrom(1457572619L).q("status:sent").limit(5));
          archive.history().listHistory(r -> r.dateFrom(1L));
          archive.locations().searchLocations(r -> r.country("AD").query("AD100"));
          archive.reports().lastMonth();
          archive.uploads().uploadsConvertCsv();
          archive.uploads().uploadsByConvert(r -> r.convert("fax"));
          archive.uploads().uploadsByConvert();
          archive.uploads().uploads();
          archive.tags().deleteTagsByIdTagKeys(r -> r.id("t 1").tagKeys(java.util.List.of("a", "b")));
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
              received.add(
                  exchange.getRequestMethod()
                      + " "
                      + exchange.getRequestURI().getRawPath()
                      + (exchange.getRequestURI().getRawQuery() == null
                          ? ""
                          : "?" + exchange.getRequestURI().getRawQuery()));
              exchange.sendResponseHeaders(204, -1);
              exchange.close();
            });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void generate() throws Exception {
    Generator.run(
        GeneratorConfig.builder()
            .spec(SPEC)
            .outputDirectory(output)
            .packageName("com.example.archive")
            .sdkVersion("1.0.0")
            .build());
  }

  @Test
  void eachOperationSendsThePathThenTheFixedPairsThenItsQueryParameters() throws Exception {
    generate();
    Files.writeString(output.resolve("com/example/archive/Probe.java"), PROBE);
    assertEquals("", GeneratedCodeCompilesTest.compile(output, classes), "javac reported problems");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      loader
          .loadClass("com.example.archive.Probe")
          .getMethod("callEach", String.class)
          .invoke(null, server.url("/v1"));
    }

    assertEquals(
        List.of(
            "GET /v1/exports?filename=may%202024%26co.csv",
            "GET /v1/history?order=desc&date_from=1457572619&q=status%3Asent&limit=5",
            "GET /v1/history?order=desc&date_from=1",
            "GET /v1/locations/AD/?q=AD100",
            "GET /v1/reports?range=last%2030%20days&format=csv",
            "POST /v1/uploads?convert=csv",
            "POST /v1/uploads?convert=fax",
            "POST /v1/uploads",
            "POST /v1/uploads",
            "DELETE /v1/tags/t%201?tagKeys=a&tagKeys=b"),
        received);
  }

  @Test
  void theDocsShowTheCleanPathWithItsFixedPairs() throws Exception {
    generate();

    String history = Files.readString(output.resolve("docs/history/listHistory.md"));
    assertTrue(history.contains("`GET /history?order=desc`"), history);
    assertTrue(
        history.contains("| `date_from` | query | `dateFrom(...)` | `Long` | yes |"), history);
    String client =
        Files.readString(output.resolve("com/example/archive/history/HistoryClient.java"));
    assertTrue(client.contains("{@code GET /history?order=desc}"), client);
    assertTrue(
        client.contains("Endpoint.of(\"history.listHistory\", \"GET\", \"/history\", true)"),
        client);
  }
}
