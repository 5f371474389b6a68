package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Body;
import java.util.List;
import java.util.Optional;

/**
 * A request body as read from the spec.
 *
 * @param body the body, empty when the operation sends none
 * @param exactlyOneOf for a checked oneOf body, the member each alternative requires
 */
record TranslatedBody(Optional<Body> body, List<String> exactlyOneOf) {}
