package dev.seamgen.runtime;

/** 404 Not Found: the resource does not exist, or these credentials cannot see it. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(Details details) {
    super(details);
  }
}
