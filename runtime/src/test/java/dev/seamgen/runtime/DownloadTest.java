package dev.seamgen.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DownloadTest {
  private static HttpHeaders headers(Map<String, List<String>> map) {
    return HttpHeaders.of(map, (name, value) -> true);
  }

  @Test
  void givesTheAnnouncedTypeAndLength() {
    Download download =
        new Download(
            200,
            headers(Map.of("Content-Type", List.of("image/png"), "Content-Length", List.of("3"))),
            new ByteArrayInputStream(new byte[] {1, 2, 3}));

    assertEquals("image/png", download.contentType().orElseThrow());
    assertEquals(3, download.contentLength().getAsLong());
    assertArrayEquals(new byte[] {1, 2, 3}, download.readAllBytes());
    assertEquals(
        "Download{statusCode=200, contentType=image/png, contentLength=3}", download.toString());
  }

  @Test
  void aChunkedAnswerHasNoLength() {
    Download download = new Download(200, headers(Map.of()), InputStream.nullInputStream());

    assertFalse(download.contentLength().isPresent());
    assertFalse(download.contentType().isPresent());
    assertTrue(download.toString().contains("contentLength=unknown"));
  }

  @Test
  void closeClosesTheStream() {
    InputStream body = InputStream.nullInputStream();
    Download download = new Download(200, headers(Map.of()), body);

    download.close();

    assertThrows(IOException.class, body::read, "a closed stream refuses to read");
  }

  @Test
  void refusesMissingParts() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new Download(200, headers(Map.of()), null));
    assertEquals("body == null", e.getMessage());
  }
}
