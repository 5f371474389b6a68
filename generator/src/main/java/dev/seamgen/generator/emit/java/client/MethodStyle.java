package dev.seamgen.generator.emit.java.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.function.UnaryOperator;

/**
 * What one client class makes of an operation's methods; each client class has its own.
 *
 * @param returns the type a method returns, from the value a blocking call returns
 * @param call the runtime call the fullest overload makes
 * @param errorsJavadoc how a method documents error statuses: a format with {@code $T} for the
 *     exception and {@code $L} for how to read its body
 */
record MethodStyle(UnaryOperator<TypeName> returns, CoreCall call, String errorsJavadoc) {

  /** {@code ApiResponse<T>} or {@code CompletableFuture<T>} of the value, {@code Void} for none. */
  static UnaryOperator<TypeName> wrappedIn(ClassName wrapper) {
    return value ->
        ParameterizedTypeName.get(
            wrapper, value.equals(TypeName.VOID) ? ClassName.get(Void.class) : value);
  }
}
