package dev.seamgen.runtime.core.transport;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * How the body of an attempt's answer is read: all into memory, or, for a 2xx answer, as a stream
 * the caller reads. An error body is always read into memory, so that it can be mapped to an
 * exception.
 */
public abstract class BodyMode<B> {
  /**
   * Every body read into memory: complete within the attempt's timeout, counted from the moment the
   * attempt starts, and no larger than the call's limit.
   */
  public static final BodyMode<byte[]> BUFFERED = new Buffered();

  /**
   * A 2xx body handed over as the stream the HTTP client fills, read as the caller reads it; an
   * error body read into memory like {@link #BUFFERED}'s, then given as a stream of those bytes.
   */
  public static final BodyMode<InputStream> STREAMED = new Streamed();

  private BodyMode() {}

  /** The handler for one attempt that may take {@code timeout}. */
  abstract HttpResponse.BodyHandler<B> handler(CallLimits limits, Duration timeout);

  /** The body of an answer with an error status, read within the limits. */
  public abstract byte[] errorBody(HttpResponse<B> response);

  static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  private static final class Buffered extends BodyMode<byte[]> {
    @Override
    HttpResponse.BodyHandler<byte[]> handler(CallLimits limits, Duration timeout) {
      return BoundedBody.handler(limits.maxResponseBytes(), timeout);
    }

    @Override
    public byte[] errorBody(HttpResponse<byte[]> response) {
      return response.body();
    }
  }

  private static final class Streamed extends BodyMode<InputStream> {
    @Override
    HttpResponse.BodyHandler<InputStream> handler(CallLimits limits, Duration timeout) {
      HttpResponse.BodyHandler<byte[]> bounded =
          BoundedBody.handler(limits.maxResponseBytes(), timeout);
      return info ->
          isSuccess(info.statusCode())
              ? HttpResponse.BodySubscribers.ofInputStream()
              : HttpResponse.BodySubscribers.mapping(bounded.apply(info), ErrorBytes::new);
    }

    @Override
    public byte[] errorBody(HttpResponse<InputStream> response) {
      return ((ErrorBytes) response.body()).bytes();
    }
  }

  /** An error body already in memory, kept as the stream a streamed answer's type asks for. */
  private static final class ErrorBytes extends ByteArrayInputStream {
    ErrorBytes(byte[] bytes) {
      super(bytes);
    }

    byte[] bytes() {
      return buf;
    }
  }
}
