package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.FixedQuery;
import dev.seamgen.generator.ir.LeftOutOperation;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Parameter;
import dev.seamgen.generator.ir.Parameter.In;
import dev.seamgen.generator.ir.Parameter.Style;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Path keys that write part of the query ({@code /exports?filename={filename}}): the path is sent
 * as the path, each placeholder as a query parameter, text as a fixed pair; a pair seamgen cannot
 * send leaves out its operation alone.
 */
class PathQueryTest {
  private static final Path SPEC = Path.of("src/test/resources/specs/path-query.yaml");

  private final List<Problem> warnings = new ArrayList<>();
  private ApiModel model;

  @BeforeEach
  void read() throws Exception {
    model = SpecReader.read(SPEC, warnings::add);
  }

  @Test
  void everyOperationButTheOneWithATemplatedQueryNameIsGenerated() {
    assertEquals(9, model.operationsGenerated());
    assertEquals(10, model.operationsInSpec());
    assertTrue(warnings.stream().noneMatch(Problem::isError), warnings.toString());
    LeftOutOperation left = model.leftOut().get(0);
    assertEquals("GET /numbers/{country}?{search}=1", left.httpMethod() + " " + left.path());
    assertEquals(
        "its path key's query cannot be sent: the query name '{search}' is a placeholder; seamgen"
            + " sends fixed query names",
        left.reason());
  }

  @Test
  void aPathParameterWrittenInTheQueryIsSentInTheQueryWithAWarning() {
    Operation export = operation("exportHistory");
    assertEquals("/exports", export.path());
    assertEquals("/exports?filename={filename}", export.pathKey());
    Parameter filename = export.request().parameters().get(0);
    assertEquals(In.QUERY, filename.in());
    assertEquals(Style.FORM, filename.style());
    assertTrue(filename.explode());
    assertTrue(filename.required());
    assertEquals(
        "The name of the file to write.\n\nSent as the `filename` query parameter.",
        filename.property().description());
    Problem p =
        warning(
            "parameter 'filename' is declared in: path, but the path key writes it in its query;"
                + " it is sent as query parameter 'filename'");
    assertEquals("#/paths/~1exports?filename={filename}/get/parameters/0", p.location().fragment());
  }

  @Test
  void theQueryNameMayDifferFromTheParametersName() {
    Operation search = operation("searchLocations");
    assertEquals("/locations/{country}/", search.path());
    Parameter query = search.request().parameters().get(1);
    assertEquals(In.QUERY, query.in());
    assertEquals("q", query.wireName());
    assertEquals("query", query.javaName());
  }

  @Test
  void fixedPairsAreSentAsWrittenAndADeclaredParameterTheyFixIsLeftOut() {
    Operation history = operation("listHistory");
    assertEquals("/history", history.path());
    assertEquals(List.of(new FixedQuery("order", "desc")), history.request().fixedQuery());
    assertEquals("/history?order=desc", history.pathWithFixedQuery());
    assertEquals(
        List.of("date_from", "q", "limit"),
        history.request().parameters().stream().map(Parameter::wireName).toList());
    assertEquals(
        TypeRef.primitive(TypeRef.Kind.INT64),
        history.request().parameters().get(0).property().type());
    warning(
        "query parameter 'order' is fixed to 'desc' by the path key; the parameter is left out");

    assertEquals(
        List.of(new FixedQuery("range", "last%2030%20days"), new FixedQuery("format", "csv")),
        operation("lastMonth").request().fixedQuery());
  }

  @Test
  void anUndeclaredPlaceholderIsAnOptionalStringWithAWarning() {
    Operation upload = operation("uploadsByConvert");
    Parameter convert = upload.request().parameters().get(0);
    assertEquals(In.QUERY, convert.in());
    assertEquals("convert", convert.wireName());
    assertFalse(convert.required());
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), convert.property().type());
    Problem p =
        warning(
            "query parameter 'convert' of the path key is not declared; it is sent as an optional"
                + " string named 'convert'");
    assertEquals("#/paths/~1uploads?convert={convert}/post", p.location().fragment());
  }

  @Test
  void keysThatDifferOnlyInTheirQueryAreMethodsNamedByIt() {
    assertEquals(
        List.of("uploadsConvertCsv", "uploadsByConvert", "uploads"),
        resourceOperations("uploads").stream().map(Operation::javaName).toList());
    assertEquals(
        List.of("/uploads", "/uploads", "/uploads"),
        resourceOperations("uploads").stream().map(Operation::path).toList());
  }

  @Test
  void aFragmentIsNotSentAndNamesTheMethodOfAKeyThatSharesItsPath() {
    assertEquals(
        List.of("deleteTagsById", "deleteTagsByIdTagKeys"),
        resourceOperations("tags").stream().map(Operation::javaName).toList());
    Operation untag = operation("deleteTagsByIdTagKeys");
    assertEquals("/tags/{id}", untag.path());
    assertEquals("/tags/{id}#tagKeys", untag.pathKey());
  }

  @Test
  void noNameHoldsWhatTheQueryIsWrittenWith() {
    for (var resource : model.allResources()) {
      for (Operation operation : resource.operations()) {
        assertTrue(operation.javaName().matches("[a-zA-Z0-9]+"), operation.javaName());
        assertTrue(
            operation.request().className().matches("[a-zA-Z0-9]+"),
            operation.request().className());
      }
    }
  }

  private List<Operation> resourceOperations(String group) {
    return model.allResources().stream()
        .filter(r -> r.qualifiedName().equals(group))
        .findFirst()
        .orElseThrow()
        .operations();
  }

  private Operation operation(String javaName) {
    return model.allResources().stream()
        .flatMap(r -> r.operations().stream())
        .filter(o -> o.javaName().equals(javaName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + javaName));
  }

  private Problem warning(String message) {
    Optional<Problem> found =
        warnings.stream().filter(w -> w.message().equals(message)).findFirst();
    assertTrue(found.isPresent(), message + " not in " + warnings);
    return found.get();
  }
}
