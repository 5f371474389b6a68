package dev.seamgen.runtime.core;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A loopback HTTP server that answers with a script of canned responses, one per request, and
 * records what it received.
 */
final class TestServer implements AutoCloseable {
  /** One canned answer; {@code delayMillis} holds it back to provoke timeouts. */
  static final class Answer {
    final int status;
    final String body;
    final Map<String, String> headers;
    final long delayMillis;

    Answer(int status, String body, Map<String, String> headers, long delayMillis) {
      this.status = status;
      this.body = body;
      this.headers = headers;
      this.delayMillis = delayMillis;
    }

    static Answer json(int status, String body) {
      return new Answer(status, body, Map.of("Content-Type", "application/json",
          "seam-request-id", "req-" + status), 0);
    }

    Answer withHeader(String name, String value) {
      Map<String, String> copy = new java.util.LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Answer(status, body, copy, delayMillis);
    }

    Answer delayed(long millis) {
      return new Answer(status, body, headers, millis);
    }
  }

  /** What the server received. */
  static final class Received {
    final String method;
    final String path;
    final Map<String, List<String>> headers;
    final String body;

    Received(String method, String path, Map<String, List<String>> headers, String body) {
      this.method = method;
      this.path = path;
      this.headers = headers;
      this.body = body;
    }

    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  TestServer answer(Answer... answers) {
    script.addAll(List.of(answers));
    return this;
  }

  List<Received> received() {
    return new ArrayList<>(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
        Map.copyOf(exchange.getRequestHeaders()), body));
    Answer answer = script.poll();
    if (answer == null) {
      answer = Answer.json(500, "{\"error\":{\"type\":\"no_script\",\"message\":\"unscripted\"}}");
    }
    if (answer.delayMillis > 0) {
      try {
        Thread.sleep(answer.delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
    answer.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException clientGone) {
      // A client that timed out closed the connection.
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
