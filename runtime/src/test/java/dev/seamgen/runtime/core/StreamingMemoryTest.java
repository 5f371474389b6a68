package dev.seamgen.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB upload from a file and a 1 GB download, each run by {@link StreamingChild} in a JVM with
 * 64 MB of heap: a runtime that held either body whole in memory would fail there.
 */
class StreamingMemoryTest {
  private static final long UPLOAD_BYTES = 100L << 20;
  private static final long DOWNLOAD_BYTES = 1L << 30;
  private static final byte[] PATTERN = pattern();

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final HttpServer server;
  private final AtomicReference<String> uploaded = new AtomicReference<>();

  StreamingMemoryTest() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/upload", this::upload);
    server.createContext("/download", StreamingMemoryTest::download);
    server.setExecutor(executor);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Test
  void a100MbUploadFromAFileRunsIn64MbOfHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("upload.bin");
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < UPLOAD_BYTES; written += PATTERN.length) {
        out.write(PATTERN, 0, (int) Math.min(PATTERN.length, UPLOAD_BYTES - written));
      }
    }

    String output = runChild("upload", file.toString());

    assertEquals("uploaded", output);
    assertEquals(expected(UPLOAD_BYTES), uploaded.get());
  }

  @Test
  void a1GbDownloadRunsIn64MbOfHeap() throws Exception {
    String output = runChild("download");

    assertEquals(expected(DOWNLOAD_BYTES), output);
  }

  /** The child's last line of output, after checking it succeeded. */
  private String runChild(String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java.toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                StreamingChild.class.getName(),
                args[0],
                "http://127.0.0.1:" + server.getAddress().getPort()));
    command.addAll(List.of(args).subList(1, args.length));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = child.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child did not finish");
    assertEquals(0, child.exitValue(), "the child failed:\n" + output);
    String[] lines = output.split("\n");
    return lines[lines.length - 1].strip();
  }

  private void upload(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      uploaded.set(StreamingChild.count(in));
    }
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  /** 1 GB of the pattern, made as it is sent. */
  private static void download(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, DOWNLOAD_BYTES);
    try (OutputStream out = exchange.getResponseBody()) {
      for (long sent = 0; sent < DOWNLOAD_BYTES; sent += PATTERN.length) {
        out.write(PATTERN, 0, (int) Math.min(PATTERN.length, DOWNLOAD_BYTES - sent));
      }
    } catch (IOException clientGone) {
      // The child failed; its exit status says so.
    }
    exchange.close();
  }

  /** {@code <bytes> <crc32>} of {@code bytes} bytes of the pattern. */
  private static String expected(long bytes) {
    CRC32 crc = new CRC32();
    for (long done = 0; done < bytes; done += PATTERN.length) {
      crc.update(PATTERN, 0, (int) Math.min(PATTERN.length, bytes - done));
    }
    return bytes + " " + Long.toHexString(crc.getValue());
  }

  /** 64 KiB that do not repeat within themselves, so that a lost or doubled buffer shows. */
  private static byte[] pattern() {
    byte[] bytes = new byte[64 * 1024 + 7];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + (i >> 8));
    }
    return bytes;
  }
}
