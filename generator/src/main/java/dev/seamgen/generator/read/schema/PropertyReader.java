package dev.seamgen.generator.read.schema;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeDef.ObjectType;
import dev.seamgen.generator.read.source.SpecStrings;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * Reads an object schema's properties. The union translator reads its variants through this, so
 * that it calls back into the schema translator without depending on it.
 */
interface PropertyReader {
  /**
   * The properties of an object schema, in spec order, with Java names unique within {@code owner}.
   *
   * @param discriminator a property that is read as a plain string: a union variant's code
   */
  List<Property> properties(
      Schema<?> schema, Location location, String owner, String discriminator);

  /** The object type {@code name} of {@code schema}'s properties. */
  default ObjectType objectType(String name, Schema<?> schema, Location location) {
    return new ObjectType(
        name,
        SpecStrings.description(schema.getDescription()),
        properties(schema, location, name, null),
        location);
  }
}
