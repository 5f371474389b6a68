package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.library.api.Library;
import com.example.library.api.books.BooksGetRequest;
import com.example.library.api.books.BooksListRequest;
import com.example.library.api.model.Book;
import com.example.library.api.model.BookEvent;
import com.example.library.api.model.Genre;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated client against a local HTTP server playing the library's API. */
class LibraryClientTest {
  private HttpServer server;
  private final List<String> bodies = new ArrayList<>();
  private Library library;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      bodies.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
      String answer;
      if (exchange.getRequestURI().getPath().equals("/books/get")) {
        answer = "{\"book\":" + book("b1", "fiction") + ",\"ok\":true}";
      } else if (!body.contains("page_cursor")) {
        answer = "{\"books\":[" + book("b1", "fiction") + "],\"pagination\":"
            + "{\"has_next_page\":true,\"next_page_cursor\":\"p2\"}}";
      } else {
        answer = "{\"books\":[" + book("b2", "poetry") + "],\"pagination\":"
            + "{\"has_next_page\":false,\"next_page_cursor\":null}}";
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    library = Library.builder().apiKey("lib_secret")
        .endpoint("http://127.0.0.1:" + server.getAddress().getPort()).build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String book(String id, String genre) {
    return "{\"book_id\":\"" + id + "\",\"title\":\"Dune\",\"genre\":\"" + genre + "\","
        + "\"author\":{\"name\":\"Frank Herbert\",\"born\":\"1920-10-08\"},"
        + "\"history\":[{\"event_code\":\"borrowed\",\"member_id\":\"m1\"},"
        + "{\"event_code\":\"lost\",\"where\":\"bus\"}]}";
  }

  @Test
  void getReadsNestedObjectsEnumsAndUnions() {
    Book book = library.books().get(BooksGetRequest.builder().bookId("b1").build());

    assertEquals("b1", book.bookId());
    assertEquals(Genre.FICTION, book.genre());
    assertEquals(LocalDate.of(1920, 10, 8), book.author().orElseThrow().born().orElseThrow());
    BookEvent.Borrowed borrowed = assertInstanceOf(BookEvent.Borrowed.class,
        book.history().get(0));
    assertEquals("m1", borrowed.memberId());
    assertEquals("lost", assertInstanceOf(BookEvent.Unknown.class, book.history().get(1))
        .eventCode());
    assertEquals("Bearer lib_secret {\"book_id\":\"b1\"}", bodies.get(0));
  }

  @Test
  void listWalksEveryPageKeepingTheFilter() {
    List<String> ids = new ArrayList<>();
    library.books().list(BooksListRequest.builder().genre(Genre.FICTION).build())
        .autoPager().forEach(book -> ids.add(book.bookId()));

    assertEquals(List.of("b1", "b2"), ids);
    assertTrue(bodies.get(1).contains("\"genre\":\"fiction\""), bodies.get(1));
    assertTrue(bodies.get(1).contains("\"page_cursor\":\"p2\""), bodies.get(1));
  }
}
