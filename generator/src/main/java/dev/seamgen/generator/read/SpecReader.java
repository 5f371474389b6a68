package dev.seamgen.generator.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.seamgen.generator.config.RefPolicy;
import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.Resource;
import dev.seamgen.generator.ir.ServerTemplate;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import dev.seamgen.generator.read.endpoint.AuthTranslator;
import dev.seamgen.generator.read.endpoint.ServerTranslator;
import dev.seamgen.generator.read.load.ExampleCheck;
import dev.seamgen.generator.read.load.HoistedDocument;
import dev.seamgen.generator.read.load.PathRefs;
import dev.seamgen.generator.read.load.SpecSources;
import dev.seamgen.generator.read.message.ParserMessages;
import dev.seamgen.generator.read.message.SyntaxErrors;
import dev.seamgen.generator.read.operation.OperationTranslator;
import dev.seamgen.generator.read.schema.SchemaTranslator;
import dev.seamgen.generator.read.schema.TypeRegistry;
import dev.seamgen.generator.read.source.AliasExpansion;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SourceMap;
import dev.seamgen.generator.read.source.SpecFiles;
import dev.seamgen.generator.read.source.SpecStrings;
import dev.seamgen.generator.read.source.SpecVersion;
import dev.seamgen.generator.read.source.Swagger2PointerMap;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an OpenAPI 3.0 or 3.1 spec, or a Swagger 2.0 one (through Swagger Parser's converter), YAML
 * or JSON, into an {@link ApiModel}.
 *
 * <p>This is the only class that hands a spec to Swagger Parser; everything after it sees the
 * immutable IR. All problems are collected and thrown together in one {@link SpecException}.
 */
public final class SpecReader {
  static {
    // Swagger Parser's own limit (3 MiB) would refuse specs that SpecFiles reads.
    DeserializationUtils.getOptions().setMaxYamlCodePoints(SpecFiles.MAX_CODE_POINTS);
  }

  private SpecReader() {}

  /** Reads {@code spec} with the default options, reporting warnings to {@code warnings}. */
  public static ApiModel read(Path spec, Consumer<Problem> warnings) throws SpecException {
    return read(spec, ReadOptions.defaults(), warnings);
  }

  /** Reads {@code spec}, reporting warnings to {@code warnings}. */
  public static ApiModel read(Path spec, ReadOptions options, Consumer<Problem> warnings)
      throws SpecException {
    String file = spec.getFileName().toString();
    Location root = Location.root(file);
    if (!Files.isRegularFile(spec)) {
      throw new SpecException(
          List.of(
              Problem.error(
                  root, "spec file not found: " + spec, "Check the path given as the spec")));
    }
    SourceMap sourceMap;
    try {
      sourceMap = SourceMap.read(spec);
    } catch (AliasExpansion.TooManyAliasValues e) {
      throw new SpecException(List.of(e.problem(root)));
    } catch (JsonProcessingException e) {
      throw new SpecException(List.of(SyntaxErrors.problem(e, root)));
    } catch (IOException e) {
      throw new SpecException(
          List.of(
              Problem.error(
                  root,
                  "cannot read the spec: " + e.getMessage(),
                  "Check the file's permissions")));
    }
    checkReferences(spec, options.refs());
    SpecVersion version = SpecVersion.of(sourceMap);
    if (version.isOtherSwagger()) {
      throw new SpecException(
          List.of(
              sourceMap.locate(
                  Problem.error(
                      root.child("swagger"),
                      "Swagger " + version.swagger().orElse("") + " is not supported",
                      "Convert the spec to Swagger 2.0 or OpenAPI 3"))));
    }
    // A schema $ref to a schema outside components/schemas is made an ordinary one first.
    HoistedDocument hoisted =
        version.isSwagger2() ? HoistedDocument.none() : HoistedDocument.of(spec, sourceMap.refs());
    ProblemCollector problems =
        version.isSwagger2()
            ? ProblemCollector.ofSwagger2(sourceMap, Swagger2PointerMap.of(spec))
            : ProblemCollector.of(sourceMap, hoisted);
    hoisted.warnings().forEach(problems::add);
    OpenAPI api = parse(spec, version, problems, root, sourceMap, hoisted);
    if (api == null) {
      throw new SpecException(problems.all());
    }
    // Translate even after parser errors, so that one run reports every problem.
    ExampleCheck.check(spec, problems);
    PathRefs.inline(api, sourceMap.refs());
    ApiModel model = translate(api, file, problems, options, hoisted);
    if (problems.hasErrors()) {
      throw new SpecException(problems.all());
    }
    problems.all().forEach(warnings);
    return model;
  }

  /**
   * Refuses, before Swagger Parser would follow them, references to the network or to files outside
   * the spec's folder that {@code policy} does not allow.
   */
  private static void checkReferences(Path spec, RefPolicy policy) throws SpecException {
    List<Problem> refusals;
    try {
      refusals = SpecSources.read(spec, policy).refusals();
    } catch (IOException e) {
      throw new SpecException(
          List.of(
              Problem.error(
                  Location.root(spec.getFileName().toString()),
                  "cannot read the spec: " + e.getMessage(),
                  "Check the file's " + "permissions")));
    }
    if (!refusals.isEmpty()) {
      throw new SpecException(refusals);
    }
  }

  /**
   * Swagger Parser's model of {@code spec}, read from the document {@code hoisted} rewrote in its
   * place when there is one.
   */
  private static OpenAPI parse(
      Path spec,
      SpecVersion version,
      ProblemCollector problems,
      Location root,
      SourceMap sourceMap,
      HoistedDocument hoisted) {
    ParseOptions options = new ParseOptions();
    options.setResolve(!hoisted.readUnresolved());
    Optional<String> document = hoisted.document();
    SwaggerParseResult result;
    try {
      String uri = spec.toUri().toString();
      if (version.isSwagger2()) {
        result = new SwaggerConverter().readLocation(uri, null, options);
      } else if (document.isPresent()) {
        result = new OpenAPIV3Parser().readContents(document.get(), null, options, uri);
      } else {
        result = new OpenAPIV3Parser().readLocation(uri, null, options);
      }
    } catch (RuntimeException e) {
      problems.error(
          root,
          "Swagger Parser failed: " + e.getMessage(),
          "Check that the file is an OpenAPI 3.0 or 3.1 document");
      return null;
    }
    if (result.getMessages() != null) {
      // OpenAPI 3.1's resolver repeats messages about the targets of references.
      Set<Problem> seen = new HashSet<>();
      for (String message : result.getMessages()) {
        Problem problem = ParserMessages.problem(message, root, sourceMap);
        if (problem != null && !seen.add(problem)) {
          continue;
        }
        // Swagger Parser also complains about places it made up while resolving a bad $ref;
        // the $ref itself is reported where it is written.
        boolean madeUp =
            problem != null
                && problem.message().contains("must be of type")
                && !sourceMap.contains(problem.location().pointer());
        if (problem != null && !madeUp) {
          problems.add(problem);
        }
      }
    }
    if (result.getOpenAPI() == null) {
      if (!problems.hasErrors()) {
        problems.error(
            root, "not an OpenAPI document", "Start the file with 'openapi: 3.0.3' (or 3.1.0)");
      }
      return null;
    }
    return result.getOpenAPI();
  }

  /** Every operation's own {@code security}, null where it has none. */
  private static List<List<SecurityRequirement>> operationSecurity(OpenAPI api) {
    List<List<SecurityRequirement>> all = new ArrayList<>();
    if (api.getPaths() != null) {
      api.getPaths()
          .values()
          .forEach(item -> item.readOperations().forEach(op -> all.add(op.getSecurity())));
    }
    return all;
  }

  private static ApiModel translate(
      OpenAPI api,
      String file,
      ProblemCollector problems,
      ReadOptions options,
      HoistedDocument hoisted) {
    TypeRegistry registry = new TypeRegistry();
    SchemaTranslator schemas =
        new SchemaTranslator(
            api.getComponents() == null ? null : api.getComponents().getSchemas(),
            registry,
            problems,
            file,
            options.includeUndocumented(),
            hoisted);
    schemas.translateComponents();
    AuthTranslator authTranslator = new AuthTranslator(problems, file);
    Auth auth =
        authTranslator.auth(
            api.getComponents() == null ? null : api.getComponents().getSecuritySchemes(),
            api.getSecurity(),
            operationSecurity(api));
    OperationTranslator.Translated operations =
        new OperationTranslator(
                schemas,
                problems,
                file,
                options.includeUndocumented(),
                api.getComponents(),
                authTranslator,
                hoisted.leftOut())
            .resources(api.getPaths());
    List<Resource> resources = operations.resources();
    int schemaCount =
        api.getComponents() == null || api.getComponents().getSchemas() == null
            ? 0
            : api.getComponents().getSchemas().size();
    if (operations.operationsInSpec() == 0 && schemaCount == 0) {
      problems.error(
          Location.root(file).child("paths"),
          "the spec has no operations",
          "Add at least one path with an operation");
    } else if (operations.operationsInSpec() == 0) {
      // A spec of webhooks or shared models still gives its types, which users read payloads into.
      problems.warning(
          Location.root(file).child("paths"),
          "the spec has no operations; only its " + schemaCount + " schemas are generated",
          "Add a path with an operation for the client to call");
    } else if (resources.isEmpty()) {
      problems.error(
          Location.root(file).child("paths"),
          "none of the spec's " + operations.operationsInSpec() + " operations can be generated",
          "See the warnings above for why each was left out");
    }
    if (api.getWebhooks() != null && !api.getWebhooks().isEmpty()) {
      problems.warning(
          Location.root(file).child("webhooks"),
          "the spec's "
              + api.getWebhooks().size()
              + (api.getWebhooks().size() == 1 ? " webhook is" : " webhooks are")
              + " left out: the SDK calls the API, and webhooks are calls from it",
          "Read webhook payloads with the generated model classes");
    }
    Info info = api.getInfo() == null ? new Info() : api.getInfo();
    ServerTranslator servers = new ServerTranslator(problems);
    Optional<String> server = servers.serverUrl(api.getServers(), Location.root(file));
    Optional<ServerTemplate> template =
        server.flatMap(
            url ->
                servers.serverTemplate(
                    api.getServers().get(0), Location.root(file), authTranslator.builderNames()));
    return new ApiModel(
        file,
        Optional.ofNullable(info.getTitle()).orElse("API"),
        Optional.ofNullable(info.getVersion()).orElse(""),
        SpecStrings.description(info.getDescription()),
        server,
        template,
        resources,
        registry.all(),
        auth,
        operations.operationsInSpec(),
        operations.leftOut());
  }
}
