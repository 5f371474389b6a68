package com.example.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.files.FileStore;
import dev.seamgen.runtime.Download;
import dev.seamgen.runtime.FilePart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binary and text bodies both ways, sent by the generated client to Prism ({@code files.yaml}),
 * which refuses a request whose content type or body breaks the spec.
 */
class FilesPrismTest {
  private static PrismServer prism;
  private static FileStore files;

  @BeforeAll
  static void startPrism() throws Exception {
    prism = PrismServer.mock(Path.of(System.getProperty("files.spec")));
    files = FileStore.builder().endpoint(prism.url()).maxRetries(0).build();
  }

  @AfterAll
  static void stopPrism() {
    prism.close();
  }

  @AfterEach
  void prismFoundNoViolation() {
    assertEquals(List.of(), prism.violations(), prism::log);
  }

  @Test
  void uploadsAFileBytesAndAStream(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("report.pdf");
    Files.writeString(pdf, "%PDF-1.7 report");
    byte[] bytes = "%PDF-1.7 bytes".getBytes(StandardCharsets.UTF_8);

    files.files().upload(r -> r.name("report.pdf").body(FilePart.of(pdf)));
    files.files().upload(r -> r.name("bytes.pdf").body(FilePart.of(bytes, "bytes.pdf")));
    files
        .files()
        .upload(
            r ->
                r.name("stream.pdf")
                    .body(FilePart.of(new ByteArrayInputStream(bytes), "stream.pdf")));
  }

  @Test
  void downloadsTheExampleStreamed() throws IOException {
    try (Download download = files.files().download(r -> r.name("report.pdf"))) {
      String type = download.contentType().orElseThrow();
      assertTrue(type.startsWith("application/octet-stream"), type);
      assertEquals(
          "%PDF-1.7 example", new String(download.body().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void sendsTextAndReadsTextBack() {
    assertEquals("stored note", files.notes().write(r -> r.body("a note, grüße")));
  }
}
