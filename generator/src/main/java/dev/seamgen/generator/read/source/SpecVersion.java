package dev.seamgen.generator.read.source;

import java.util.Optional;

/**
 * Which kind of document a spec is, from its top-level {@code swagger} key as the line map read it
 * (not a pass of its own: on a large spec, finding that a key is absent meant reading the whole
 * file): Swagger 2.0 goes through Swagger Parser's converter, OpenAPI 3.x straight to its parser.
 *
 * @param swagger the value of the top-level {@code swagger} key, if there is one
 */
public record SpecVersion(Optional<String> swagger) {

  /** The version the spec read into {@code sourceMap} declares. */
  public static SpecVersion of(SourceMap sourceMap) {
    return new SpecVersion(sourceMap.swagger());
  }

  /** Whether the spec is a Swagger 2.0 document. */
  public boolean isSwagger2() {
    return swagger.filter(v -> v.equals("2.0") || v.equals("2")).isPresent();
  }

  /** Whether the spec declares a Swagger version seamgen does not read, such as 1.2. */
  public boolean isOtherSwagger() {
    return swagger.isPresent() && !isSwagger2();
  }
}
