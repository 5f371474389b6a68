package dev.seamgen.runtime;

/**
 * An answer was larger than the client reads ({@code maxResponseBytes}, 64 MiB unless set); it was
 * not read in full and the call is not retried. The message names the limit and how to raise it.
 */
public class ResponseTooLargeException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  public ResponseTooLargeException(String message, long limit, Throwable cause) {
    super(message, cause);
    this.limit = limit;
  }

  /** The limit that was passed, in bytes. */
  public long limit() {
    return limit;
  }
}
