package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Body;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Result;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.problem.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binary and text request bodies and answers as the reader makes them. */
class RawBodiesTest {
  @TempDir Path dir;

  private final List<Problem> warnings = new ArrayList<>();

  /** The operations of a spec whose one operation takes {@code body} and answers {@code answer}. */
  private List<Operation> operations(String body, String answer) throws IOException, SpecException {
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
        """
            + body.indent(6)
            + """
              responses:
                '200':
                  description: Done
        """
            + answer.indent(10)
            + """
        components:
          schemas:
            Blob: {type: string, format: binary}
            Thing: {type: object, properties: {a: {type: string}}}
        """);
    ApiModel model = SpecReader.read(spec, warnings::add);
    return model.resources().stream().flatMap(r -> r.operations().stream()).toList();
  }

  private Operation operation(String body, String answer) throws IOException, SpecException {
    List<Operation> operations = operations(body, answer);
    assertEquals(1, operations.size(), warnings.toString());
    return operations.get(0);
  }

  private Body.Raw requestBody(String content) throws IOException, SpecException {
    Operation operation = operation("requestBody:\n  content:\n" + content.indent(4), "");
    return assertInstanceOf(Body.Raw.class, operation.request().body().orElseThrow());
  }

  private Result result(String content) throws IOException, SpecException {
    return operation("", "content:\n" + content.indent(2)).result().orElseThrow();
  }

  @Test
  void aBinaryBodyIsAFileSentWithItsMediaType() throws Exception {
    Body.Raw pdf = requestBody("application/pdf:\n  schema: {type: string, format: binary}");
    Body.Raw image = requestBody("image/*: {}");
    Body.Raw referenced =
        requestBody("application/octet-stream:\n  schema: {$ref: '#/components/schemas/Blob'}");
    Body.Raw typed =
        requestBody("video/mp4:\n  schema: {type: string, contentMediaType: video/mp4}");

    assertTrue(pdf.binary());
    assertEquals("application/pdf", pdf.mediaType());
    assertEquals(TypeRef.primitive(TypeRef.Kind.FILE), pdf.value().type());
    assertEquals("image/*", image.mediaType());
    assertTrue(image.binary());
    assertTrue(referenced.binary());
    assertTrue(typed.binary());
  }

  @Test
  void aStringOfABytesOnlyMediaTypeIsBinaryWhateverItsFormat() throws Exception {
    // As Xero's spec writes its attachment uploads: octet-stream with format: byte.
    Body.Raw bytes =
        requestBody("application/octet-stream:\n  schema: {type: string, format: byte}");
    Body.Raw png = requestBody("image/png:\n  schema: {type: string}");

    assertTrue(bytes.binary());
    assertEquals(TypeRef.primitive(TypeRef.Kind.FILE), bytes.value().type());
    assertTrue(png.binary());
  }

  @Test
  void aTextBodyIsAString() throws Exception {
    Body.Raw text = requestBody("text/plain:\n  schema: {type: string}");

    assertEquals(false, text.binary());
    assertEquals("text/plain", text.mediaType());
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), text.value().type());
  }

  @Test
  void anEmptySchemaOfABytesOnlyMediaTypeIsBinary() throws Exception {
    // As Vercel's artifact upload writes it.
    assertTrue(requestBody("application/octet-stream:\n  schema: {}").binary());
    assertEquals(Result.Kind.BINARY, result("application/octet-stream: {schema: {}}").kind());
  }

  @Test
  void xmlJsonLinesAndYamlBodiesAreTextTheUserWrites() throws Exception {
    Body.Raw xml = requestBody("application/xml:\n  schema: {type: string}");
    Body.Raw atom = requestBody("application/atom+xml: {}");
    Body.Raw lines =
        requestBody("application/ndjson:\n  schema: {$ref: '#/components/schemas/Thing'}");
    Body.Raw yaml = requestBody("application/yaml:\n  schema: {type: object}");
    Body.Raw file = requestBody("application/xml:\n  schema: {type: string, format: binary}");

    for (Body.Raw text : List.of(xml, atom, lines, yaml)) {
      assertEquals(false, text.binary(), text.mediaType());
      assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), text.value().type());
    }
    assertEquals("application/xml", xml.mediaType());
    assertEquals(
        "The text to send as `application/xml`.\n\n"
            + "seamgen does not map `application/xml` to classes: the string is the text itself.",
        xml.value().description());
    assertTrue(
        lines.value().description().contains("the spec describes it with the schema `Thing`"),
        lines.value().description());
    assertTrue(file.binary());
  }

  @Test
  void anXmlAnswerIsAString() throws Exception {
    Result xml = result("application/xml: {schema: {$ref: '#/components/schemas/Thing'}}");

    assertEquals(Result.Kind.TEXT, xml.kind());
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), xml.type());
    assertTrue(xml.description().contains("does not map `application/xml`"), xml.description());
  }

  @Test
  void jsonWinsThenAFormThenText() throws Exception {
    Operation json =
        operation(
            """
            requestBody:
              content:
                application/octet-stream: {}
                text/plain: {}
                application/json:
                  schema: {$ref: '#/components/schemas/Thing'}
            """,
            "");
    Operation form =
        operation(
            """
            requestBody:
              content:
                application/octet-stream: {}
                application/x-www-form-urlencoded:
                  schema: {$ref: '#/components/schemas/Thing'}
            """,
            "");
    Body.Raw text = requestBody("application/octet-stream: {}\ntext/plain: {}");

    assertInstanceOf(Body.JsonValue.class, json.request().body().orElseThrow());
    assertInstanceOf(Body.Form.class, form.request().body().orElseThrow());
    assertEquals("text/plain", text.mediaType());
  }

  @Test
  void aBodyThatIsNoneOfThoseIsLeftOutWithAWarning() throws Exception {
    SpecException e =
        assertThrows(
            SpecException.class,
            () ->
                operations(
                    """
                    requestBody:
                      content:
                        application/msgpack:
                          schema: {$ref: '#/components/schemas/Thing'}
                    """,
                    ""));

    assertTrue(
        e.getMessage()
            .contains(
                "POST /things left out: its request body [application/msgpack] is not JSON, a form,"
                    + " text or binary"),
        e.getMessage());
  }

  @Test
  void answersPreferJsonThenTextThenBinary() throws Exception {
    assertEquals(
        Result.Kind.JSON,
        result(
                """
                application/octet-stream: {}
                text/plain: {}
                application/json: {schema: {$ref: '#/components/schemas/Thing'}}
                """)
            .kind());
    Result text = result("application/octet-stream: {}\ntext/csv: {schema: {type: string}}");
    Result binary = result("image/png: {schema: {type: string, format: binary}}");
    Result wildcard = result("'*/*': {schema: {type: string, format: binary}}");

    assertEquals(Result.Kind.TEXT, text.kind());
    assertEquals(TypeRef.primitive(TypeRef.Kind.STRING), text.type());
    assertEquals(Result.Kind.BINARY, binary.kind());
    assertEquals(Result.Kind.BINARY, wildcard.kind());
  }

  @Test
  void anAnswerThatIsNoneOfThoseReturnsNothingWithAWarning() throws Exception {
    Operation operation =
        operation(
            "", "content:\n  application/msgpack: {schema: {$ref: '#/components/schemas/Thing'}}");

    assertTrue(operation.result().isEmpty());
    assertTrue(
        warnings.stream().anyMatch(w -> w.message().contains("is not JSON, text or binary")),
        warnings.toString());
  }
}
