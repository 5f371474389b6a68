package dev.seamgen.runtime;

/**
 * A field the spec calls required was not in the answer. Thrown when the field is read, not when
 * the answer is parsed, so the rest of the object stays usable.
 */
public class MissingFieldException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final String typeName;
  private final String fieldName;

  public MissingFieldException(String typeName, String fieldName) {
    super(typeName + "." + fieldName + " was not in the response");
    this.typeName = typeName;
    this.fieldName = fieldName;
  }

  /** The model whose field is missing, such as {@code ConnectedAccount}. */
  public String typeName() {
    return typeName;
  }

  /** The field's name on the wire, such as {@code connected_account_id}. */
  public String fieldName() {
    return fieldName;
  }
}
