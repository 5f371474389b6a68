package dev.seamgen.generator.emit.java.value;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.seamgen.generator.ir.Property;

/**
 * What differs between the value classes {@link ValueClassWriter} writes: how each property is
 * held, read and set, which ones {@code build()} insists on, and the members a class has beyond its
 * properties. {@link ModelFlavor} for responses, {@link RequestFlavor} for requests.
 */
interface ValueFlavor {
  /** The type of the property's field, in the class and in its builder. */
  TypeName fieldType(Property property);

  /** The constructor's statement that takes the property's value from {@code builder}. */
  void addFromBuilder(MethodSpec.Builder constructor, Property property);

  /** The accessor's return type and body; its name and Javadoc are set. */
  void completeAccessor(MethodSpec.Builder accessor, ClassName className, Property property);

  /**
   * The setter's body before {@code return this}, and any note for its Javadoc; its name, parameter
   * and Javadoc are set.
   *
   * @param plain whether the parameter is the plain type rather than boxed: required, not nullable,
   *     not a collection
   */
  void completeSetter(
      MethodSpec.Builder setter, Property property, TypeName parameter, boolean plain);

  /** Whether {@code build()} fails when the property was not set. */
  boolean checkedByBuild(Property property);

  /** The members beyond the properties: a model's additional properties, none for a request. */
  ExtraMembers extraMembers();
}
