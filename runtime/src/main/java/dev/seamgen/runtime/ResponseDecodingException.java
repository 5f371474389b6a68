package dev.seamgen.runtime;

/**
 * A 2xx answer that is not the JSON the operation promises: malformed, or the wrong shape. The
 * message names the operation, the status and the request id.
 */
public class ResponseDecodingException extends SdkException {
  private static final long serialVersionUID = 1L;

  public ResponseDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
