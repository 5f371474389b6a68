package dev.seamgen.runtime;

/** The base of every exception an SDK built on this runtime throws; all are unchecked. */
public class SdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SdkException(String message) {
    super(message);
  }

  public SdkException(String message, Throwable cause) {
    super(message, cause);
  }
}
