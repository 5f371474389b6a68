package dev.seamgen.runtime.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.ApiResponse;
import dev.seamgen.runtime.Page;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ResponseDecodingException;
import dev.seamgen.runtime.SdkException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What every generated operation calls. A request passes three steps: here it is written as JSON
 * with the client's credentials and headers; {@link RetryingTransport} sends it, retrying where
 * that is safe and mapping errors to exceptions; back here the answer is decoded. Thread-safe;
 * one per client.
 */
public final class ApiCore {
  private final ClientOptions options;
  private final ObjectMapper mapper;
  private final RetryingTransport transport;

  private ApiCore(ClientOptions options) {
    this.options = options;
    this.mapper = Json.mapper();
    RetryPolicy retryPolicy = new RetryPolicy(options.clock());
    this.transport = new RetryingTransport(options.httpClient(), retryPolicy, options.sleeper(),
        new ErrorMapper(mapper, retryPolicy), options.endpoint().getHost());
  }

  public static ApiCore create(ClientOptions options) {
    return new ApiCore(Objects.requireNonNull(options, "options == null"));
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public ClientOptions options() {
    return options;
  }

  /** Sends {@code body} to {@code endpoint} and returns what {@code reader} reads. */
  public <T> T call(Endpoint endpoint, Object body, RequestOptions requestOptions,
      ResponseReader<T> reader) {
    return callRaw(endpoint, body, requestOptions, reader).value();
  }

  /** Like {@link #call}, with the status, headers and request id of the answer. */
  public <T> ApiResponse<T> callRaw(Endpoint endpoint, Object body, RequestOptions requestOptions,
      ResponseReader<T> reader) {
    HttpResponse<byte[]> response = transport.send(endpoint,
        request(endpoint, body, requestOptions), maxRetries(requestOptions));
    return decode(endpoint, response, reader);
  }

  /** Like {@link #call}, without blocking: retries are scheduled, not slept. */
  public <T> CompletableFuture<T> callAsync(Endpoint endpoint, Object body,
      RequestOptions requestOptions, ResponseReader<T> reader) {
    HttpRequest request;
    try {
      request = request(endpoint, body, requestOptions);
    } catch (SdkException e) {
      return CompletableFuture.failedFuture(e);
    }
    return transport.sendAsync(endpoint, request, maxRetries(requestOptions))
        .thenApply(response -> decode(endpoint, response, reader).value());
  }

  /**
   * Sends a list request and returns its first page; {@code fetchNext} repeats the request with
   * a cursor, so filters carry over to every page.
   */
  public <T> Page<T> page(Endpoint endpoint, Object body, RequestOptions requestOptions,
      PageReader<T> reader, Function<String, Page<T>> fetchNext) {
    return pageRaw(endpoint, body, requestOptions, reader, fetchNext).value();
  }

  /** Like {@link #page}, with the status, headers and request id of the first page's answer. */
  public <T> ApiResponse<Page<T>> pageRaw(Endpoint endpoint, Object body,
      RequestOptions requestOptions, PageReader<T> reader, Function<String, Page<T>> fetchNext) {
    ApiResponse<JsonNode> response = callRaw(endpoint, body, requestOptions,
        ResponseReader.body(JsonNode.class));
    return new ApiResponse<>(response.statusCode(), response.headers(),
        toPage(endpoint, response.value(), reader, fetchNext));
  }

  /**
   * Like {@link #page}, without blocking for the first page; later pages are fetched by {@code
   * fetchNext} as iteration reaches them.
   */
  public <T> CompletableFuture<Page<T>> pageAsync(Endpoint endpoint, Object body,
      RequestOptions requestOptions, PageReader<T> reader, Function<String, Page<T>> fetchNext) {
    return callAsync(endpoint, body, requestOptions, ResponseReader.body(JsonNode.class))
        .thenApply(tree -> toPage(endpoint, tree, reader, fetchNext));
  }

  private <T> Page<T> toPage(Endpoint endpoint, JsonNode tree, PageReader<T> reader,
      Function<String, Page<T>> fetchNext) {
    try {
      List<T> items = reader.items(mapper, tree);
      return Page.of(items, PageReader.hasNextPage(tree), PageReader.nextPageCursor(tree),
          fetchNext);
    } catch (IOException e) {
      throw new ResponseDecodingException(endpoint.name() + ": the answer does not fit: "
          + e.getMessage(), e);
    }
  }

  private HttpRequest request(Endpoint endpoint, Object body, RequestOptions requestOptions) {
    byte[] json;
    try {
      json = body == null ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)
          : mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new SdkException(endpoint.name() + ": cannot write the request as JSON: "
          + e.getOriginalMessage(), e);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(endpoint))
        .timeout(requestOptions.timeout().orElse(options.timeout()))
        .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(json))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
    options.headers().forEach(request::setHeader);
    requestOptions.headers().forEach(request::setHeader);
    options.credentials().apply(request);
    return request.build();
  }

  private int maxRetries(RequestOptions requestOptions) {
    return requestOptions.maxRetries().orElse(options.maxRetries());
  }

  private URI uri(Endpoint endpoint) {
    return URI.create(options.endpoint().toString() + endpoint.path());
  }

  private <T> ApiResponse<T> decode(Endpoint endpoint, HttpResponse<byte[]> response,
      ResponseReader<T> reader) {
    if (reader.ignoresBody()) {
      return new ApiResponse<>(response.statusCode(), response.headers(), null);
    }
    String requestId = response.headers().firstValue("seam-request-id")
        .map(id -> " (request " + id + ")").orElse("");
    JsonNode tree;
    try {
      tree = mapper.readTree(response.body());
    } catch (IOException e) {
      throw new ResponseDecodingException(endpoint.name() + ": status " + response.statusCode()
          + " but the answer is not valid JSON" + requestId, e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ResponseDecodingException(endpoint.name() + ": status " + response.statusCode()
          + " with an empty answer" + requestId, null);
    }
    try {
      return new ApiResponse<>(response.statusCode(), response.headers(),
          reader.read(mapper, tree));
    } catch (IOException e) {
      throw new ResponseDecodingException(endpoint.name() + ": the answer does not fit: "
          + e.getMessage() + requestId, e);
    }
  }








}
