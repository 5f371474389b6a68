package com.example.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism mocking a spec on a free port, with {@code --errors}: a request that breaks
 * the spec is answered with an error, and Prism logs each violation, which {@link
 * #violations()} returns.
 */
final class PrismServer implements AutoCloseable {
  private final Process process;
  private final int port;
  private final List<String> log = new ArrayList<>();

  private PrismServer(Path spec) throws Exception {
    port = freePort();
    process = new ProcessBuilder("node", System.getProperty("prism"), "mock", "--errors",
        "-h", "127.0.0.1", "-p", Integer.toString(port), spec.toString())
        .redirectErrorStream(true)
        .start();
    CountDownLatch listening = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          synchronized (log) {
            log.add(line);
          }
          if (line.contains("Prism is listening")) {
            listening.countDown();
          }
        }
      } catch (IOException e) {
        // The process ended.
      }
    }, "prism-log");
    reader.setDaemon(true);
    reader.start();
    if (!listening.await(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("Prism did not start:\n" + String.join("\n", log));
    }
  }

  static PrismServer mock(Path spec) throws Exception {
    return new PrismServer(spec);
  }

  static Path example(String name) {
    return Path.of(System.getProperty("examples.dir"), name);
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Every violation of the spec Prism has found in a request so far. */
  List<String> violations() {
    synchronized (log) {
      return log.stream().filter(line -> line.contains("Violation: request")).toList();
    }
  }

  /** Forgets what was logged so far: for a test that breaks the spec on purpose. */
  void clearLog() {
    synchronized (log) {
      log.clear();
    }
  }

  /** Everything Prism logged so far, for failure messages. */
  String log() {
    synchronized (log) {
      return String.join("\n", log);
    }
  }

  @Override
  public void close() {
    process.destroy();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
