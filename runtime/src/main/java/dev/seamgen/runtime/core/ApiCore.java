package dev.seamgen.runtime.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.ApiResponse;
import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.Page;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ResponseDecodingException;
import dev.seamgen.runtime.SdkException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What every generated operation calls: sends the request with credentials, retries where that
 * is safe, maps errors to exceptions and decodes the answer. Thread-safe; one per client.
 */
public final class ApiCore {
  private static final System.Logger LOG = System.getLogger(ApiCore.class.getName());

  private final ClientOptions options;
  private final ObjectMapper mapper;
  private final RetryPolicy retryPolicy;
  private final ErrorMapper errors;

  private ApiCore(ClientOptions options) {
    this.options = options;
    this.mapper = Json.mapper();
    this.retryPolicy = new RetryPolicy(options.clock());
    this.errors = new ErrorMapper(mapper, retryPolicy);
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
    HttpRequest request = request(endpoint, body, requestOptions);
    int maxRetries = requestOptions.maxRetries().orElse(options.maxRetries());
    for (int attempt = 0; ; attempt++) {
      Optional<Duration> wait;
      try {
        HttpResponse<byte[]> response = options.httpClient().send(request,
            HttpResponse.BodyHandlers.ofByteArray());
        if (isSuccess(response.statusCode())) {
          return decode(endpoint, response, reader);
        }
        wait = retryPolicy.afterStatus(endpoint, response.statusCode(), response.headers(),
            attempt);
        if (wait.isEmpty() || attempt >= maxRetries) {
          throw errors.map(response.statusCode(), response.headers(), response.body());
        }
        log(endpoint, "status " + response.statusCode(), attempt, wait.get());
      } catch (IOException e) {
        wait = retryPolicy.afterFailure(endpoint, e, attempt);
        if (wait.isEmpty() || attempt >= maxRetries) {
          throw connectionFailure(endpoint, e, attempt);
        }
        log(endpoint, e.getClass().getSimpleName(), attempt, wait.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionException(endpoint.name() + " was interrupted", e);
      }
      sleep(endpoint, wait.get());
    }
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
    int maxRetries = requestOptions.maxRetries().orElse(options.maxRetries());
    return attemptAsync(endpoint, request, reader, 0, maxRetries)
        .thenApply(ApiResponse::value);
  }

  private <T> CompletableFuture<ApiResponse<T>> attemptAsync(Endpoint endpoint,
      HttpRequest request, ResponseReader<T> reader, int attempt, int maxRetries) {
    return options.httpClient().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .handle((response, failure) -> {
          Optional<Duration> wait;
          if (failure != null) {
            Throwable cause = failure instanceof CompletionException ? failure.getCause()
                : failure;
            IOException io = cause instanceof IOException ? (IOException) cause
                : new IOException(cause);
            wait = retryPolicy.afterFailure(endpoint, io, attempt);
            if (wait.isEmpty() || attempt >= maxRetries) {
              return CompletableFuture.<ApiResponse<T>>failedFuture(
                  connectionFailure(endpoint, io, attempt));
            }
          } else if (isSuccess(response.statusCode())) {
            try {
              return CompletableFuture.completedFuture(decode(endpoint, response, reader));
            } catch (SdkException e) {
              return CompletableFuture.<ApiResponse<T>>failedFuture(e);
            }
          } else {
            wait = retryPolicy.afterStatus(endpoint, response.statusCode(), response.headers(),
                attempt);
            if (wait.isEmpty() || attempt >= maxRetries) {
              return CompletableFuture.<ApiResponse<T>>failedFuture(errors.map(
                  response.statusCode(), response.headers(), response.body()));
            }
          }
          Duration delay = wait.get();
          return CompletableFuture.supplyAsync(() -> null,
                  CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS))
              .thenCompose(ignored -> attemptAsync(endpoint, request, reader, attempt + 1,
                  maxRetries));
        })
        .thenCompose(Function.identity());
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

  private ConnectionException connectionFailure(Endpoint endpoint, IOException e, int attempt) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new ConnectionException(endpoint.name() + " to " + options.endpoint().getHost()
        + " failed after " + (attempt + 1) + (attempt == 0 ? " attempt" : " attempts") + ": "
        + detail, e);
  }

  private void sleep(Endpoint endpoint, Duration wait) {
    try {
      options.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException(endpoint.name() + " was interrupted while waiting to retry",
          e);
    }
  }

  private static void log(Endpoint endpoint, String reason, int attempt, Duration wait) {
    LOG.log(System.Logger.Level.DEBUG, () -> endpoint.name() + ": " + reason + " on attempt "
        + (attempt + 1) + ", retrying in " + wait.toMillis() + " ms");
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }
}
