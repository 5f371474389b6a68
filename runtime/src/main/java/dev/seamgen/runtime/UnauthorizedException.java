package dev.seamgen.runtime;

/** 401 Unauthorized: the credentials are missing, wrong or revoked. */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(Details details) {
    super(details);
  }
}
