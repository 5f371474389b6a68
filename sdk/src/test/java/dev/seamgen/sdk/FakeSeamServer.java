package dev.seamgen.sdk;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs Seam's own fake server ({@code @seamapi/fake-seam-connect}, a real Node.js HTTP server
 * seeded with test data) on a free loopback port for one test class, and stops it afterwards. Each
 * class gets a fresh, freshly seeded server, so classes never see each other's changes.
 *
 * <p>The build installs the pinned server and passes its path in the {@code fakeSeam.server} system
 * property; the server's output goes to {@code target/fake-seam-<class>.log}.
 */
public final class FakeSeamServer implements BeforeAllCallback, AfterAllCallback {
  /** The API key the seed data creates. */
  public static final String API_KEY = "seam_apikey1_token";

  private static final Duration STARTUP = Duration.ofSeconds(60);

  private Process process;
  private Path log;
  private int port;

  /** The server's base URL, such as {@code http://127.0.0.1:41234}. */
  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** A client of this server with the seeded API key. */
  public Seam client() {
    return Seam.builder().apiKey(API_KEY).endpoint(endpoint()).build();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    String server = System.getProperty("fakeSeam.server");
    if (server == null || !Files.isRegularFile(Paths.get(server))) {
      throw new IllegalStateException(
          "the fake Seam server is not installed (system property "
              + "fakeSeam.server = "
              + server
              + "); run the tests through Maven, which installs it "
              + "with npm ci");
    }
    port = freePort();
    log =
        Paths.get("target", "fake-seam-" + context.getRequiredTestClass().getSimpleName() + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(List.of("node", server, "--seed"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("PORT", Integer.toString(port));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start node; is Node.js 18 or later on the PATH?", e);
    }
    awaitHealthy();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (process != null) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private void awaitHealthy() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create(endpoint() + "/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the fake Seam server exited with status " + process.exitValue() + ":\n" + tail());
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(100);
    }
    afterAll(null);
    throw new IllegalStateException(
        "the fake Seam server did not answer /health within "
            + STARTUP.toSeconds()
            + " s:\n"
            + tail());
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
