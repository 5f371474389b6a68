package dev.seamgen.generator.ir;

import java.util.Objects;

/**
 * The JSON body the spec declares for an error answer, which {@code ApiException.body(Class)}
 * reads.
 *
 * @param status the status as the spec writes it: {@code 404}, {@code 4XX} or {@code default}
 */
public record ErrorBody(String status, TypeRef type) {
  public ErrorBody {
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(type, "type == null");
  }
}
