package dev.seamgen.runtime;

/**
 * No answer: the connection failed or timed out, after every retry that was safe. The message names
 * the operation, the host and what went wrong; the cause is the last failure.
 */
public class ConnectionException extends SdkException {
  private static final long serialVersionUID = 1L;

  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
