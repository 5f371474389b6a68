package dev.seamgen.generator.read;

import dev.seamgen.generator.read.schema.SchemaTranslator;
import dev.seamgen.generator.read.schema.TypeRegistry;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SourceMap;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small spec written inline in a test, parsed by Swagger Parser as {@link SpecReader} parses it,
 * with what a translator needs: the problems it reports to and one schema translator.
 */
public final class InlineSpec {
  /** The spec's file name, as locations name it. */
  public static final String FILE = "spec.yaml";

  private final OpenAPI api;
  private final ProblemCollector problems;
  private final TypeRegistry registry = new TypeRegistry();
  private final SchemaTranslator schemas;

  private InlineSpec(OpenAPI api, ProblemCollector problems) {
    this.api = api;
    this.problems = problems;
    this.schemas =
        new SchemaTranslator(
            api.getComponents() == null ? null : api.getComponents().getSchemas(),
            registry,
            problems,
            FILE,
            false,
            UnaryOperator.identity());
  }

  /** Writes {@code yaml} to {@code folder} and parses it. */
  public static InlineSpec parse(Path folder, String yaml) throws IOException {
    Path file = folder.resolve(FILE);
    Files.writeString(file, yaml);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api =
        new OpenAPIV3Parser().readLocation(file.toUri().toString(), null, options).getOpenAPI();
    if (api == null) {
      throw new IllegalArgumentException("not a spec: " + yaml);
    }
    return new InlineSpec(api, ProblemCollector.of(SourceMap.read(file), UnaryOperator.identity()));
  }

  public OpenAPI api() {
    return api;
  }

  public ProblemCollector problems() {
    return problems;
  }

  public TypeRegistry registry() {
    return registry;
  }

  public SchemaTranslator schemas() {
    return schemas;
  }

  /** Every problem reported so far, formatted as {@code pointer: message}. */
  public List<String> reported() {
    return problems.all().stream()
        .map(p -> (p.isError() ? "error " : "") + p.location().pointer() + ": " + p.message())
        .toList();
  }
}
