package dev.seamgen.runtime;

/** 403 Forbidden: the credentials may not do this. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(Details details) {
    super(details);
  }
}
