package dev.seamgen.generator.ir;

import java.util.Objects;

/**
 * How a list operation pages: the request property that takes a cursor and the response property
 * holding the page information.
 */
public record Pagination(String cursorProperty, String pageInfoKey, TypeRef itemType) {
  public Pagination {
    Objects.requireNonNull(cursorProperty, "cursorProperty == null");
    Objects.requireNonNull(pageInfoKey, "pageInfoKey == null");
    Objects.requireNonNull(itemType, "itemType == null");
  }
}
