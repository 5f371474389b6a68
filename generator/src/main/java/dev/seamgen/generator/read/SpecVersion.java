package dev.seamgen.generator.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which kind of document a spec is, from its top-level {@code swagger} or {@code openapi} key, read
 * without parsing the rest: Swagger 2.0 goes through Swagger Parser's converter, OpenAPI 3.x
 * straight to its parser.
 *
 * @param swagger the value of the top-level {@code swagger} key, if there is one
 */
record SpecVersion(Optional<String> swagger) {

  /** The version {@code spec} declares; a file that cannot be read is left to the parser. */
  static SpecVersion of(Path spec) {
    try (JsonParser parser = SpecFiles.parser(spec)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new SpecVersion(Optional.empty());
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("swagger".equals(key) && value.isScalarValue()) {
          return new SpecVersion(Optional.of(parser.getText().strip()));
        }
        parser.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // SourceMap has read the file already and reports what is wrong with it.
    }
    return new SpecVersion(Optional.empty());
  }

  /** Whether the spec is a Swagger 2.0 document. */
  boolean isSwagger2() {
    return swagger.filter(v -> v.equals("2.0") || v.equals("2")).isPresent();
  }

  /** Whether the spec declares a Swagger version seamgen does not read, such as 1.2. */
  boolean isOtherSwagger() {
    return swagger.isPresent() && !isSwagger2();
  }
}
