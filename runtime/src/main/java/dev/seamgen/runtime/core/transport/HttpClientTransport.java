package dev.seamgen.runtime.core.transport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The bottom of the stack: sends each attempt with Java's {@link HttpClient}, within the time the
 * call has left, reading the body as the call's {@link BodyMode} says. Logs where a request goes,
 * never its headers: they hold credentials.
 */
public final class HttpClientTransport implements Transport {
  private static final System.Logger LOG = System.getLogger(HttpClientTransport.class.getName());

  private final HttpClient client;

  public HttpClientTransport(HttpClient client) {
    this.client = Objects.requireNonNull(client, "client == null");
  }

  @Override
  public <B> HttpResponse<B> send(Call<B> call) throws IOException, InterruptedException {
    Duration timeout = call.limits().attemptTimeout();
    log(call);
    return client.send(
        Call.withTimeout(call.request(), timeout), call.bodyMode().handler(call.limits(), timeout));
  }

  @Override
  public <B> CompletableFuture<HttpResponse<B>> sendAsync(Call<B> call) {
    Duration timeout = call.limits().attemptTimeout();
    log(call);
    return client.sendAsync(
        Call.withTimeout(call.request(), timeout), call.bodyMode().handler(call.limits(), timeout));
  }

  private static void log(Call<?> call) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            call.operation().name()
                + ": "
                + call.operation().method()
                + " "
                + call.request().uri().getHost()
                + call.operation().path()
                + (call.attempt() == 0 ? "" : ", attempt " + (call.attempt() + 1)));
  }
}
