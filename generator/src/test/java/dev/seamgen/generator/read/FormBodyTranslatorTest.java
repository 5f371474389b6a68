package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Body;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Parameter.Style;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Form and multipart request bodies as the reader makes them. */
class FormBodyTranslatorTest {
  @TempDir Path dir;

  private final List<Problem> warnings = new ArrayList<>();

  /** The operations of a spec whose one path, {@code /things}, takes {@code content}. */
  private List<Operation> operations(String content) throws IOException, SpecException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        """
        openapi: 3.1.0
        info: {title: Things, version: '1'}
        paths:
          /things:
            post:
              operationId: send
              parameters:
                - {name: color, in: query, schema: {type: string}}
              requestBody:
                content:
        """
            + content.indent(10)
            + """
              responses:
                '204': {description: Done}
        """);
    ApiModel model = SpecReader.read(spec, warnings::add);
    return model.resources().stream().flatMap(r -> r.operations().stream()).toList();
  }

  private Body.Form form(String content) throws IOException, SpecException {
    List<Operation> operations = operations(content);
    assertEquals(1, operations.size(), warnings.toString());
    return assertInstanceOf(Body.Form.class, operations.get(0).request().body().orElseThrow());
  }

  @Test
  void aUrlencodedFieldIsWrittenAsItsEncodingSays() throws Exception {
    Body.Form form =
        form(
            """
            application/x-www-form-urlencoded:
              schema:
                type: object
                properties:
                  color: {type: string}
                  ids: {type: array, items: {type: integer}}
                  filter: {type: object, properties: {a: {type: string}}}
              encoding:
                ids: {style: spaceDelimited, explode: false, allowReserved: true}
                filter: {style: deepObject}
            """);

    assertEquals(false, form.multipart());
    Body.Field color = form.fields().get(0);
    assertEquals("colorBody", color.property().javaName(), "the query parameter keeps color");
    assertEquals(Style.FORM, color.style());
    assertTrue(color.explode());
    Body.Field ids = form.fields().get(1);
    assertEquals(Style.SPACE_DELIMITED, ids.style());
    assertEquals(false, ids.explode());
    assertTrue(ids.allowReserved());
    assertEquals(Style.DEEP_OBJECT, form.fields().get(2).style());
    assertEquals(false, form.fields().get(2).explode(), "only form explodes by default");
  }

  @Test
  void binaryMultipartPropertiesAreFilesAndPartsKeepTheirContentType() throws Exception {
    Body.Form form =
        form(
            """
            multipart/form-data:
              schema:
                type: object
                properties:
                  photo: {type: string, format: binary}
                  scans: {type: array, items: {type: string, contentMediaType: image/png}}
                  meta: {type: object, properties: {n: {type: integer}}}
                  note: {type: string}
              encoding:
                meta: {contentType: application/vnd.meta+json}
            """);

    assertTrue(form.multipart());
    TypeRef file = TypeRef.primitive(TypeRef.Kind.FILE);
    assertEquals(file, form.fields().get(0).property().type());
    assertEquals(TypeRef.listOf(file), form.fields().get(1).property().type());
    assertEquals(Optional.of("application/vnd.meta+json"), form.fields().get(2).contentType());
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), form.fields().get(3).property().type());
    assertEquals(Optional.empty(), form.fields().get(3).contentType());
  }

  @Test
  void jsonWinsOverAFormOfferedBesideIt() throws Exception {
    List<Operation> operations =
        operations(
            """
            multipart/form-data:
              schema: {type: object, properties: {a: {type: string}}}
            application/json:
              schema: {type: object, properties: {a: {type: string}}}
            """);

    assertInstanceOf(Body.JsonObject.class, operations.get(0).request().body().orElseThrow());
  }

  @Test
  void aFormWhoseSchemaNamesNoFieldsTakesThemAsAMapWithAWarning() throws Exception {
    List<Operation> urlencoded =
        operations("application/x-www-form-urlencoded:\n  schema: {type: string}");
    Body.FormMap fields =
        assertInstanceOf(Body.FormMap.class, urlencoded.get(0).request().body().orElseThrow());
    Body.FormMap file =
        assertInstanceOf(
            Body.FormMap.class,
            operations("multipart/form-data:\n  schema: {type: string, format: binary}")
                .get(0)
                .request()
                .body()
                .orElseThrow());

    assertEquals(false, fields.multipart());
    assertEquals(TypeRef.mapOf(new TypeRef.AnyOf(List.of())), fields.value().type());
    assertEquals("body", fields.value().wireName());
    assertTrue(file.multipart());
    assertTrue(
        file.value().description().contains("send a `FilePart` under the field name"),
        file.value().description());
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.message()
                        .equals(
                            "its application/x-www-form-urlencoded body is of type string, not an"
                                + " object with properties; the request takes its fields as a map"
                                + " of name to value")),
        warnings.toString());
  }
}
