package dev.seamgen.runtime.core;

import static dev.seamgen.runtime.core.Fixtures.AUTH;
import static dev.seamgen.runtime.core.Fixtures.KEY;
import static dev.seamgen.runtime.core.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.NotFoundException;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.ResponseDecodingException;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.core.TestServer.Answer;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An error's body read as the type the spec declares for it, through a real HTTP exchange. */
class TypedErrorBodyTest {
  private static final Endpoint GET = Endpoint.of("books.getBook", "GET", "/books/1", true);

  private final TestServer server = new TestServer();

  TypedErrorBodyTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  /** The shape an API declares for its errors, as a generated model would read it. */
  static final class Problem {
    final String title;
    final int status;

    @JsonCreator
    Problem(@JsonProperty("title") String title, @JsonProperty("status") int status) {
      this.title = title;
      this.status = status;
    }
  }

  private ApiException failedCall() {
    ApiCore core =
        ApiCore.create(
            ClientOptions.builder(AUTH)
                .endpoint(server.url())
                .maxRetries(0)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .environment(Map.of())
                .credential("apiKey", KEY)
                .build());
    return assertThrows(
        ApiException.class,
        () -> core.call(GET, WireRequest.empty(), RequestOptions.none(), ResponseReader.none()));
  }

  @Test
  void aDeclaredJsonProblemIsReadAsItsClassWithStatusHeadersAndRawBodyKept() {
    String problem = "{\"title\":\"No such book\",\"status\":404,\"extra\":true}";
    server.answer(
        Answer.raw(404, "application/problem+json", problem).withHeader("x-trace", "t-1"));

    ApiException e = failedCall();

    assertTrue(e instanceof NotFoundException, e.getClass().getName());
    Problem body = e.body(Problem.class).orElseThrow();
    assertEquals("No such book", body.title);
    assertEquals(404, body.status);
    assertEquals(404, e.statusCode());
    assertEquals(problem, e.rawBody());
    assertEquals(Optional.of("t-1"), e.headers().firstValue("X-Trace"), "names ignore case");
    assertEquals(
        Map.of("title", "No such book", "status", 404, "extra", true),
        e.body(new TypeReference<Map<String, Object>>() {}).orElseThrow());
  }

  @Test
  void anAnswerThatIsNotJsonGivesNoTypedBodyButKeepsTheText() {
    server.answer(Answer.raw(502, "text/html", "<html>Bad gateway</html>"));

    ApiException e = failedCall();

    assertTrue(e instanceof ServerException, e.getClass().getName());
    assertEquals(Optional.empty(), e.body(Problem.class));
    assertEquals("<html>Bad gateway</html>", e.rawBody());
    assertEquals(List.of("text/html"), e.headers().allValues("content-type"));
  }

  @Test
  void aBodyThatDoesNotFitTheTypeFailsNamingTypeFieldAndStatus() {
    server.answer(
        Answer.json(404, "{\"title\":\"No such book\",\"status\":\"gone\"}")
            .withHeader("x-request-id", "r-7"));

    ApiException e = failedCall();

    ResponseDecodingException wrong =
        assertThrows(ResponseDecodingException.class, () -> e.body(Problem.class));
    String message = wrong.getMessage();
    assertTrue(message.startsWith("the 404 answer's body does not fit Problem: "), message);
    assertTrue(message.contains("\"status\""), "names the field: " + message);
    assertTrue(message.endsWith(" (request r-7)"), message);
    assertEquals("{\"title\":\"No such book\",\"status\":\"gone\"}", e.rawBody());
  }
}
