package dev.seamgen.generator.emit.java.poet;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.seamgen.generator.ir.Location;

/**
 * One generated class, described by the emitter of its kind: its name, its JavaPoet spec and where
 * in the spec it came from. {@link JavaContext#file(ClassSpec)} makes a top-level one a file.
 */
public interface ClassSpec {
  ClassName className();

  TypeSpec poetSpec();

  /** The spec location the class's header and {@code @Generated} name. */
  Location source();
}
