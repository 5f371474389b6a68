package dev.seamgen.generator.read.schema;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.read.source.ProblemCollector;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.Set;

/**
 * Warns of a {@code format} that neither OpenAPI nor JSON Schema defines, once per format: the
 * value is read as its plain type, which is what the author most likely means.
 */
final class Formats {
  /** OpenAPI's formats, JSON Schema's, and common ones whose Java type is the plain type's. */
  private static final Set<String> KNOWN =
      Set.of(
          "int8",
          "int16",
          "int32",
          "int64",
          "uint8",
          "uint16",
          "uint32",
          "uint64",
          "float",
          "double",
          "decimal",
          "byte",
          "binary",
          "base64",
          "date",
          "date-time",
          "time",
          "duration",
          "password",
          "email",
          "idn-email",
          "hostname",
          "idn-hostname",
          "ipv4",
          "ipv6",
          "uri",
          "uri-reference",
          "iri",
          "iri-reference",
          "uri-template",
          "url",
          "uuid",
          "json-pointer",
          "relative-json-pointer",
          "regex",
          "char",
          "html",
          "markdown");

  private final ProblemCollector problems;
  private final Set<String> warned = new HashSet<>();

  Formats(ProblemCollector problems) {
    this.problems = problems;
  }

  /** Warns when {@code schema}, of a primitive type, has an unknown format not warned of yet. */
  void check(Schema<?> schema, Location location) {
    String format = schema.getFormat();
    if (format == null || KNOWN.contains(format) || !warned.add(format)) {
      return;
    }
    problems.warning(
        location.child("format"),
        "format '"
            + format
            + "' is unknown; the value is read as a plain "
            + Schemas.type(schema)
            + " (later uses of this format are not warned of)",
        "Use a format OpenAPI or JSON Schema defines, or leave it out");
  }
}
