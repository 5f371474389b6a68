package dev.seamgen.runtime;

/**
 * An answer that is not the JSON the operation promises: malformed, or the wrong shape. The message
 * names the status and the request id, and for a 2xx answer the operation; for an error's body read
 * with {@link ApiException#body(Class)}, the type it did not fit.
 */
public class ResponseDecodingException extends SdkException {
  private static final long serialVersionUID = 1L;

  public ResponseDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
