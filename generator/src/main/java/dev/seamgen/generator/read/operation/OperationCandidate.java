package dev.seamgen.generator.read.operation;

import dev.seamgen.generator.ir.Location;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;

/** An operation found on a path, with its names, before its schemas are translated. */
record OperationCandidate(
    List<String> group,
    String method,
    String httpMethod,
    List<String> otherMethods,
    String path,
    Operation op,
    List<Parameter> pathParameters,
    List<Server> pathServers,
    Location pathLocation,
    Location location) {}
