package dev.seamgen.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;
import dev.seamgen.bench.floor.FloorListResponse;
import dev.seamgen.runtime.Page;
import dev.seamgen.sdk.Seam;
import dev.seamgen.sdk.model.ConnectedAccount;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole {@code seam.connectedAccounts().list()} over loopback against a local server that answers
 * 100 accounts, next to a bare {@code java.net.http} POST with the floor's parsing. Both use one
 * HTTP/1.1 client, kept across calls, as an application would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ListCallBenchmark {
  private static final int ACCOUNTS = 100;

  private HttpServer server;
  private Seam seam;
  private HttpClient http;
  private HttpRequest bareRequest;
  private ObjectReader floor;

  @Setup
  public void setUp() throws IOException {
    byte[] answer = Fixtures.listResponse(ACCOUNTS);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/connected_accounts/list",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("content-type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.start();
    String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    seam =
        Seam.builder()
            .apiKey("seam_benchmark_key")
            .endpoint(endpoint)
            .httpClient(http)
            .maxRetries(0)
            .build();
    // The request an application would send by hand: the same headers and the same 30-second
    // timeout the SDK sets by default (java.net.http arms a timer for it on every call).
    bareRequest =
        HttpRequest.newBuilder(URI.create(endpoint + "/connected_accounts/list"))
            .timeout(Duration.ofSeconds(30))
            .header("authorization", "Bearer seam_benchmark_key")
            .header("content-type", "application/json")
            .header("accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    floor =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readerFor(FloorListResponse.class);
  }

  @TearDown
  public void tearDown() {
    server.stop(0);
  }

  @Benchmark
  public Page<ConnectedAccount> sdk() {
    return seam.connectedAccounts().list();
  }

  @Benchmark
  public FloorListResponse bareHttpClient() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(bareRequest, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("status " + response.statusCode());
    }
    return floor.readValue(response.body());
  }
}
