package dev.seamgen.generator.emit.java.value;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;

/**
 * Members of a value class beyond its properties, each added where {@link ValueClassWriter} puts
 * that kind of member. Every method does nothing by default: {@link #NONE} adds nothing.
 */
interface ExtraMembers {
  ExtraMembers NONE = new ExtraMembers() {};

  /** Fields of the class, after the properties'. */
  default void addFields(TypeSpec.Builder type) {}

  /** Statements of the constructor from the builder, after the properties'. */
  default void addToConstructor(MethodSpec.Builder constructor) {}

  /** Accessors, after the properties'. */
  default void addAccessors(TypeSpec.Builder type) {}

  /**
   * The fields {@code equals}, {@code hashCode} and {@code toString} use besides the properties.
   */
  default List<String> memberNames() {
    return List.of();
  }

  /** Fields of the builder, after the properties'. */
  default void addBuilderFields(TypeSpec.Builder builder) {}

  /** Statements of the builder's copy constructor from {@code source}, after the properties'. */
  default void addToCopy(MethodSpec.Builder copy) {}

  /** Setters of the builder, after the properties'. */
  default void addSetters(TypeSpec.Builder builder, ClassName builderName) {}
}
