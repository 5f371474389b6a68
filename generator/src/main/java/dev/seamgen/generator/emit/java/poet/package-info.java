/**
 * What every Java emitter shares: the {@link dev.seamgen.generator.emit.java.poet.JavaContext} (the
 * model, where each kind of class goes, {@code @Generated} and the file each class came from), the
 * {@link dev.seamgen.generator.emit.java.poet.TypeMapper} from IR types to JavaPoet types, and the
 * runtime and Jackson classes generated code names. Internal to the generator.
 */
package dev.seamgen.generator.emit.java.poet;
