package dev.seamgen.runtime.core;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP server that answers with a script of canned responses, one per request, and
 * records what it received. An unscripted request gets a 500 {@code no_script} error.
 */
public final class TestServer implements AutoCloseable {
  /** One canned answer. */
  public static final class Answer {
    final int status;
    final String body;
    final Map<String, String> headers;
    final long delayMillis;
    final boolean hangUp;

    /** After {@link #body}, this many more bytes of filler; -1 for none. */
    final long fillerBytes;

    final boolean announceLength;

    /** After the headers and {@link #body}, waits until the server closes. */
    final boolean stall;

    private Answer(
        int status, String body, Map<String, String> headers, long delayMillis, boolean hangUp) {
      this(status, body, headers, delayMillis, hangUp, -1, true, false);
    }

    private Answer(
        int status,
        String body,
        Map<String, String> headers,
        long delayMillis,
        boolean hangUp,
        long fillerBytes,
        boolean announceLength,
        boolean stall) {
      this.status = status;
      this.body = body;
      this.headers = headers;
      this.delayMillis = delayMillis;
      this.hangUp = hangUp;
      this.fillerBytes = fillerBytes;
      this.announceLength = announceLength;
      this.stall = stall;
    }

    /** A JSON answer with a request id of {@code req-<status>}. */
    public static Answer json(int status, String body) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      headers.put("seam-request-id", "req-" + status);
      return new Answer(status, body, headers, 0, false);
    }

    public static Answer ok(String body) {
      return json(200, body);
    }

    /** Any body with any content type and no request id. */
    public static Answer raw(int status, String contentType, String body) {
      return new Answer(status, body, Map.of("Content-Type", contentType), 0, false);
    }

    /** Reads the request, then closes the connection without answering. */
    public static Answer hangUp() {
      return new Answer(0, "", Map.of(), 0, true);
    }

    public Answer withHeader(String name, String value) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Answer(status, body, copy, delayMillis, hangUp);
    }

    /**
     * Sends the headers and {@code start}, then nothing more until the server closes: a body that
     * stalls.
     */
    public static Answer stallAfterHeaders(String start) {
      return new Answer(
          200, start, Map.of("Content-Type", "application/json"), 0, false, -1, false, true);
    }

    /**
     * {@code status} with a body of {@code bytes} bytes of filler, made as it is sent so that the
     * server holds none of it; with its length announced, or chunked.
     */
    public static Answer filler(int status, long bytes, boolean announceLength) {
      return new Answer(
          status,
          "",
          Map.of("Content-Type", "application/json"),
          0,
          false,
          bytes,
          announceLength,
          false);
    }

    /** Holds the answer back, to provoke timeouts; closing the server cuts the wait short. */
    public Answer delayed(long millis) {
      return new Answer(status, body, headers, millis, hangUp);
    }
  }

  /** What the server received. */
  public static final class Received {
    public final String method;

    /** The path, percent-decoded. */
    public final String path;

    /** The path as sent, percent-encoded. */
    public final String rawPath;

    /** The query string as sent, or null without one. */
    public final String rawQuery;

    public final Map<String, List<String>> headers;
    public final String body;

    Received(String method, URI uri, Map<String, List<String>> headers, String body) {
      this.method = method;
      this.path = uri.getPath();
      this.rawPath = uri.getRawPath();
      this.rawQuery = uri.getRawQuery();
      this.headers = headers;
      this.body = body;
    }

    /** The first value of header {@code name}, in any case, or null. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "test-server");
            thread.setDaemon(true);
            return thread;
          });
  private final CountDownLatch closed = new CountDownLatch(1);
  private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  public TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public TestServer answer(Answer... answers) {
    script.addAll(List.of(answers));
    return this;
  }

  public List<Received> received() {
    return new ArrayList<>(received);
  }

  public int requestCount() {
    return received.size();
  }

  /** A loopback URL where nothing listens, so connecting is refused. */
  public static String refusingUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI(),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    Answer answer = script.poll();
    if (answer == null) {
      answer = Answer.json(500, "{\"error\":{\"type\":\"no_script\",\"message\":\"unscripted\"}}");
    }
    if (answer.delayMillis > 0) {
      try {
        closed.await(answer.delayMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (answer.hangUp) {
      exchange.close();
      return;
    }
    byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
    answer.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    if (answer.fillerBytes >= 0 || answer.stall) {
      sendLong(exchange, answer, bytes);
      return;
    }
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
      out.write(bytes);
    } catch (IOException clientGone) {
      // A client that timed out has closed the connection.
    }
  }

  private void sendLong(HttpExchange exchange, Answer answer, byte[] start) throws IOException {
    long filler = Math.max(answer.fillerBytes, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(
          answer.status, answer.announceLength ? start.length + filler : 0);
      out.write(start);
      out.flush();
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) ' ');
      for (long left = filler; left > 0; left -= chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      if (answer.stall) {
        closed.await();
      }
    } catch (IOException clientGone) {
      // The client stopped reading: what these answers are for.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
