package dev.seamgen.runtime;

/** 409 Conflict: the request clashes with the resource's current state. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(Details details) {
    super(details);
  }
}
