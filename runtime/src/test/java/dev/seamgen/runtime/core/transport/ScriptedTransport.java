package dev.seamgen.runtime.core.transport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLSession;

/**
 * A {@link Transport} that answers from a script, instantly, and records every call it was given:
 * the transport wrappers' tests need no server and no waiting.
 */
final class ScriptedTransport implements Transport {
  /** One scripted outcome: an answer with a status and headers, or a failure. */
  interface Outcome {
    HttpResponse<byte[]> answer(HttpRequest request) throws IOException;
  }

  final List<Call<?>> calls = new ArrayList<>();
  private final Deque<Outcome> script = new ArrayDeque<>();

  ScriptedTransport then(Outcome... outcomes) {
    script.addAll(List.of(outcomes));
    return this;
  }

  static Outcome status(int status, String... headerPairs) {
    return request -> response(request, status, headerPairs);
  }

  static Outcome failure(IOException failure) {
    return request -> {
      throw failure;
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public <B> HttpResponse<B> send(Call<B> call) throws IOException {
    calls.add(call);
    return (HttpResponse<B>) script.removeFirst().answer(call.request());
  }

  @Override
  public <B> CompletableFuture<HttpResponse<B>> sendAsync(Call<B> call) {
    try {
      return CompletableFuture.completedFuture(send(call));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  static HttpRequest request(String authorization) {
    return HttpRequest.newBuilder(URI.create("https://api.example.com/things"))
        .header("Authorization", authorization)
        .GET()
        .build();
  }

  private static HttpResponse<byte[]> response(
      HttpRequest request, int status, String... headerPairs) {
    Map<String, List<String>> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      map.put(headerPairs[i], List.of(headerPairs[i + 1]));
    }
    HttpHeaders headers = HttpHeaders.of(map, (name, value) -> true);
    return new HttpResponse<>() {
      @Override
      public int statusCode() {
        return status;
      }

      @Override
      public HttpRequest request() {
        return request;
      }

      @Override
      public Optional<HttpResponse<byte[]>> previousResponse() {
        return Optional.empty();
      }

      @Override
      public HttpHeaders headers() {
        return headers;
      }

      @Override
      public byte[] body() {
        return new byte[0];
      }

      @Override
      public Optional<SSLSession> sslSession() {
        return Optional.empty();
      }

      @Override
      public URI uri() {
        return request.uri();
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
  }
}
