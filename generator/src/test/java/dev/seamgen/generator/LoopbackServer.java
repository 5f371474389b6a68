package dev.seamgen.generator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 for tests: by default it serves text by path; given a handler, it
 * answers as the handler does. It counts the requests either way.
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String> bodies = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();

  private LoopbackServer(HttpHandler handler) throws IOException {
    HttpHandler answer = handler != null ? handler : this::serveText;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          answer.handle(exchange);
        });
    server.start();
  }

  /** A server that answers GET requests with what {@link #serve} gave it. */
  public static LoopbackServer start() throws IOException {
    return new LoopbackServer(null);
  }

  /** A server that answers every request as {@code handler} does. */
  public static LoopbackServer start(HttpHandler handler) throws IOException {
    return new LoopbackServer(handler);
  }

  private void serveText(HttpExchange exchange) throws IOException {
    String body = bodies.get(exchange.getRequestURI().getPath());
    byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** Answers GET {@code path} with {@code body} from now on. */
  public LoopbackServer serve(String path, String body) {
    bodies.put(path, body);
    return this;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** How many requests arrived, for any path. */
  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
