package dev.seamgen.runtime;

/** A 5xx answer: the API failed; retrying later may work. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ServerException(Details details) {
    super(details);
  }
}
