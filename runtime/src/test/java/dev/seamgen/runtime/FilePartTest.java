package dev.seamgen.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePartTest {
  @TempDir Path dir;

  private static byte[] read(FilePart part) throws IOException {
    try (InputStream in = part.open()) {
      return in.readAllBytes();
    }
  }

  @Test
  void aPathPartIsNamedByItsFileAndReadAgainForEachAttempt() throws IOException {
    Path file = Files.writeString(dir.resolve("dog.png"), "png");
    FilePart part = FilePart.of(file);

    assertEquals("dog.png", part.fileName());
    assertEquals(Optional.empty(), part.contentType());
    assertTrue(part.repeatable());
    assertArrayEquals("png".getBytes(StandardCharsets.UTF_8), read(part));
    assertArrayEquals("png".getBytes(StandardCharsets.UTF_8), read(part));
  }

  @Test
  void bytesAreCopiedSoALaterChangeIsNotSent() throws IOException {
    byte[] bytes = {1, 2};
    FilePart part = FilePart.of(bytes, "a.bin");
    bytes[0] = 9;

    assertArrayEquals(new byte[] {1, 2}, read(part));
    assertTrue(part.repeatable());
  }

  @Test
  void aStreamIsReadOnceAndNotRepeatable() {
    InputStream stream = new ByteArrayInputStream(new byte[] {1});
    FilePart part = FilePart.of(stream, "s.bin");

    assertFalse(part.repeatable());
    assertSame(stream, part.open());
  }

  @Test
  void theContentTypeIsKeptAndALineBreakInItRefused() {
    FilePart part = FilePart.of(new byte[0], "a.png").withContentType("image/png");

    assertEquals(Optional.of("image/png"), part.contentType());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> part.withContentType("image/png\r\nX: y"));
    assertTrue(e.getMessage().contains("is not a media type"), e.getMessage());
  }

  @Test
  void badArgumentsAreNamed() {
    assertEquals(
        "fileName == null",
        assertThrows(NullPointerException.class, () -> FilePart.of(new byte[0], null))
            .getMessage());
    assertEquals(
        "fileName is empty; give the name the server should see",
        assertThrows(IllegalArgumentException.class, () -> FilePart.of(new byte[0], ""))
            .getMessage());
    assertEquals(
        "path == null",
        assertThrows(NullPointerException.class, () -> FilePart.of((Path) null)).getMessage());
  }

  @Test
  void aMissingFileIsNamedWhenOpened() {
    FilePart part = FilePart.of(dir.resolve("gone.txt"));

    UncheckedIOException e = assertThrows(UncheckedIOException.class, part::open);

    assertTrue(e.getMessage().contains("gone.txt"), e.getMessage());
  }

  @Test
  void toStringShowsTheNameNotTheContent() {
    assertEquals(
        "FilePart{fileName=a.txt, from=6 bytes, contentType=text/plain}",
        FilePart.of("secret".getBytes(StandardCharsets.UTF_8), "a.txt")
            .withContentType("text/plain")
            .toString());
  }
}
