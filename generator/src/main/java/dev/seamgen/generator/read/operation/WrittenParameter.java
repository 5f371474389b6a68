package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Location;
import io.swagger.v3.oas.models.parameters.Parameter;

/** A parameter as written in the spec, {@code $ref} followed, with where it is written. */
record WrittenParameter(Parameter parameter, Location location) {}
