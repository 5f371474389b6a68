package dev.seamgen.runtime.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.ApiResponse;
import dev.seamgen.runtime.Download;
import dev.seamgen.runtime.Page;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ResponseDecodingException;
import dev.seamgen.runtime.core.response.ErrorMapper;
import dev.seamgen.runtime.core.transport.BodyMode;
import dev.seamgen.runtime.core.transport.Call;
import dev.seamgen.runtime.core.transport.CallLimits;
import dev.seamgen.runtime.core.transport.HttpClientTransport;
import dev.seamgen.runtime.core.transport.Redactor;
import dev.seamgen.runtime.core.transport.RetryPolicy;
import dev.seamgen.runtime.core.transport.RetryingTransport;
import dev.seamgen.runtime.core.transport.TokenRefreshingTransport;
import dev.seamgen.runtime.core.wire.ContentTypeCharset;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What every generated operation calls; not meant for applications. A request passes three steps:
 * {@link RequestWriter} writes the {@link WireRequest} (path, query, headers, cookies, JSON body)
 * with the client's credentials and headers; a stack of transports sends it ({@link
 * RetryingTransport} over {@link TokenRefreshingTransport} over {@link HttpClientTransport}),
 * retrying where that is safe; back here an error status becomes an exception ({@link ErrorMapper})
 * and a 2xx answer is decoded. Thread-safe; one per client, sharing one {@code HttpClient}.
 */
public final class ApiCore {
  private final ClientOptions options;
  private final ObjectMapper mapper;
  private final RetryingTransport transport;
  private final ErrorMapper errors;
  private final RequestWriter writer;
  private final Redactor redactor;

  private ApiCore(ClientOptions options) {
    this.options = options;
    this.mapper = Json.mapper();
    this.redactor = options.credentials().redactor();
    RetryPolicy retryPolicy = new RetryPolicy(options.clock());
    this.transport =
        new RetryingTransport(
            new TokenRefreshingTransport(
                new HttpClientTransport(options.httpClient()), options.credentials()),
            retryPolicy,
            options.sleeper(),
            redactor);
    this.errors =
        new ErrorMapper(
            mapper, retryPolicy, options.errorFormat().fields(), options.requestIdHeader());
    this.writer = new RequestWriter(options, mapper);
  }

  public static ApiCore create(ClientOptions options) {
    return new ApiCore(Objects.requireNonNull(options, "options == null"));
  }

  /** The shared {@link Json#mapper()}. */
  public ObjectMapper mapper() {
    return mapper;
  }

  public ClientOptions options() {
    return options;
  }

  /**
   * Sends {@code request} to {@code endpoint} and returns what {@code reader} reads from the
   * answer.
   *
   * @throws IllegalArgumentException before sending, when a path parameter has no value or a
   *     parameter cannot be sent where it goes
   * @throws dev.seamgen.runtime.ApiException for an error status, after safe retries
   * @throws dev.seamgen.runtime.ConnectionException when no answer came, after safe retries
   * @throws ResponseDecodingException when a 2xx answer is not what {@code reader} expects
   */
  public <T> T call(
      Endpoint endpoint,
      WireRequest request,
      RequestOptions requestOptions,
      ResponseReader<T> reader) {
    return callRaw(endpoint, request, requestOptions, reader).value();
  }

  /** Like {@link #call}, with the status, headers and request id of the answer. */
  public <T> ApiResponse<T> callRaw(
      Endpoint endpoint,
      WireRequest request,
      RequestOptions requestOptions,
      ResponseReader<T> reader) {
    Objects.requireNonNull(reader, "reader == null");
    HttpResponse<byte[]> response =
        send(
            call(
                endpoint,
                writer.write(endpoint, request, requestOptions, reader.readsJson()),
                requestOptions,
                request,
                BodyMode.BUFFERED));
    return decode(endpoint, response, reader);
  }

  /**
   * Like {@link #call}, without blocking: retries are scheduled, not slept. The future fails with
   * the same exceptions {@link #call} throws.
   */
  public <T> CompletableFuture<T> callAsync(
      Endpoint endpoint,
      WireRequest request,
      RequestOptions requestOptions,
      ResponseReader<T> reader) {
    return callRawAsync(endpoint, request, requestOptions, reader).thenApply(ApiResponse::value);
  }

  /** Like {@link #callRaw}, without blocking. */
  public <T> CompletableFuture<ApiResponse<T>> callRawAsync(
      Endpoint endpoint,
      WireRequest request,
      RequestOptions requestOptions,
      ResponseReader<T> reader) {
    HttpRequest http;
    try {
      Objects.requireNonNull(reader, "reader == null");
      http = writer.write(endpoint, request, requestOptions, reader.readsJson());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sendAsync(call(endpoint, http, requestOptions, request, BodyMode.BUFFERED))
        .thenApply(response -> decode(endpoint, response, reader));
  }

  /**
   * Sends {@code request} and returns its binary answer as a stream, never read whole into memory
   * and not bound by {@code maxResponseBytes}; the caller closes it. The call's timeouts bound the
   * wait for the answer's headers; reading the body is bounded by the caller. Error statuses throw
   * as in {@link #call}, with the start of the error body.
   */
  public Download download(Endpoint endpoint, WireRequest request, RequestOptions requestOptions) {
    return downloadRaw(endpoint, request, requestOptions).value();
  }

  /** Like {@link #download}, with the status, headers and request id of the answer. */
  public ApiResponse<Download> downloadRaw(
      Endpoint endpoint, WireRequest request, RequestOptions requestOptions) {
    HttpResponse<InputStream> response =
        send(
            call(
                endpoint,
                writer.write(endpoint, request, requestOptions, false),
                requestOptions,
                request,
                BodyMode.STREAMED));
    return download(response);
  }

  /** Like {@link #download}, without blocking: the future completes when the headers are in. */
  public CompletableFuture<Download> downloadAsync(
      Endpoint endpoint, WireRequest request, RequestOptions requestOptions) {
    return downloadRawAsync(endpoint, request, requestOptions).thenApply(ApiResponse::value);
  }

  /** Like {@link #downloadRaw}, without blocking. */
  public CompletableFuture<ApiResponse<Download>> downloadRawAsync(
      Endpoint endpoint, WireRequest request, RequestOptions requestOptions) {
    HttpRequest http;
    try {
      http = writer.write(endpoint, request, requestOptions, false);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sendAsync(call(endpoint, http, requestOptions, request, BodyMode.STREAMED))
        .thenApply(this::download);
  }

  private ApiResponse<Download> download(HttpResponse<InputStream> response) {
    return new ApiResponse<>(
        response.statusCode(),
        response.headers(),
        new Download(response.statusCode(), response.headers(), response.body()),
        options.requestIdHeader());
  }

  /**
   * Sends a list request and returns its first page, read as Seam's page shape. {@code fetchNext}
   * repeats the request with {@code page_cursor} set to the cursor it is given, so filters carry
   * over to every page.
   */
  public <T> Page<T> page(
      Endpoint endpoint,
      WireRequest request,
      RequestOptions requestOptions,
      PageReader<T> reader,
      Function<String, Page<T>> fetchNext) {
    return pageRaw(endpoint, request, requestOptions, reader, fetchNext).value();
  }

  /** Like {@link #page}, with the status, headers and request id of the first page's answer. */
  public <T> ApiResponse<Page<T>> pageRaw(
      Endpoint endpoint,
      WireRequest request,
      RequestOptions requestOptions,
      PageReader<T> reader,
      Function<String, Page<T>> fetchNext) {
    Objects.requireNonNull(reader, "reader == null");
    Objects.requireNonNull(fetchNext, "fetchNext == null");
    HttpResponse<byte[]> response =
        send(
            call(
                endpoint,
                writer.write(endpoint, request, requestOptions, true),
                requestOptions,
                request,
                BodyMode.BUFFERED));
    return decode(endpoint, response, answer -> reader.read(mapper, answer, fetchNext));
  }

  /**
   * Like {@link #page}, without blocking for the first page; later pages are fetched by {@code
   * fetchNext} when iteration reaches them.
   */
  public <T> CompletableFuture<Page<T>> pageAsync(
      Endpoint endpoint,
      WireRequest request,
      RequestOptions requestOptions,
      PageReader<T> reader,
      Function<String, Page<T>> fetchNext) {
    HttpRequest http;
    try {
      Objects.requireNonNull(reader, "reader == null");
      Objects.requireNonNull(fetchNext, "fetchNext == null");
      http = writer.write(endpoint, request, requestOptions, true);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sendAsync(call(endpoint, http, requestOptions, request, BodyMode.BUFFERED))
        .thenApply(
            response ->
                decode(endpoint, response, answer -> reader.read(mapper, answer, fetchNext))
                    .value());
  }

  private <B> Call<B> call(
      Endpoint endpoint,
      HttpRequest http,
      RequestOptions requestOptions,
      WireRequest request,
      BodyMode<B> bodyMode) {
    CallLimits limits =
        CallLimits.of(
            options.callDefaults(), requestOptions, request.repeatable(), options.clock());
    return Call.of(endpoint, http, limits, bodyMode);
  }

  /** The 2xx answer to {@code call}; an error answer, after any retries, as its exception. */
  private <B> HttpResponse<B> send(Call<B> call) {
    return checked(call, transport.send(call));
  }

  private <B> CompletableFuture<HttpResponse<B>> sendAsync(Call<B> call) {
    return transport.sendAsync(call).thenApply(response -> checked(call, response));
  }

  private <B> HttpResponse<B> checked(Call<B> call, HttpResponse<B> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response;
    }
    // A server may echo a credential back; it must not reach the exception's message.
    throw errors.map(
        status,
        redactor.redactHeaders(response.headers()),
        redactor.redactBody(mapper, call.bodyMode().errorBody(response)));
  }

  /** Reads a value from a JSON answer; {@link IOException} means it does not fit. */
  @FunctionalInterface
  private interface Decoder<T> {
    /** The value in the answer; {@code body} is on the answer's first token. */
    T decode(JsonParser body) throws IOException;
  }

  private <T> ApiResponse<T> decode(
      Endpoint endpoint, HttpResponse<byte[]> response, ResponseReader<T> reader) {
    if (reader.ignoresBody()) {
      return new ApiResponse<>(
          response.statusCode(), response.headers(), null, options.requestIdHeader());
    }
    if (reader.readsText()) {
      return new ApiResponse<>(
          response.statusCode(),
          response.headers(),
          reader.cast(
              new String(
                  response.body(),
                  ContentTypeCharset.of(response.headers().firstValue("Content-Type").orElse("")))),
          options.requestIdHeader());
    }
    return decode(endpoint, response, body -> reader.read(mapper, body));
  }

  /**
   * Decodes a 2xx answer in one streaming pass, without building a tree of the whole answer: on
   * large pages that doubles the speed.
   */
  private <T> ApiResponse<T> decode(
      Endpoint endpoint, HttpResponse<byte[]> response, Decoder<T> decoder) {
    String context = endpoint.name() + ": status " + response.statusCode();
    String requestId =
        response
            .headers()
            .firstValue(options.requestIdHeader())
            .map(id -> " (request " + id + ")")
            .orElse("");
    try (JsonParser body = mapper.createParser(response.body())) {
      if (body.nextToken() == null) {
        throw new ResponseDecodingException(context + " but the answer is empty" + requestId, null);
      }
      return new ApiResponse<>(
          response.statusCode(),
          response.headers(),
          decoder.decode(body),
          options.requestIdHeader());
    } catch (StreamReadException e) {
      // Jackson quotes the token it stopped at, which may be a key the server echoed.
      throw new ResponseDecodingException(
          redactor.redact(
              context + " but the answer is not valid JSON: " + firstLine(e) + requestId),
          redactor.safeCause(e));
    } catch (IOException | IllegalArgumentException e) {
      throw new ResponseDecodingException(
          redactor.redact(context + " but the answer does not fit: " + firstLine(e) + requestId),
          redactor.safeCause(e));
    }
  }

  /** Jackson's messages run on with source locations over several lines; the first says it. */
  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
