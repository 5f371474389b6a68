package dev.seamgen.runtime.core;

import dev.seamgen.runtime.Download;
import dev.seamgen.runtime.FilePart;
import dev.seamgen.runtime.RequestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * What {@link StreamingMemoryTest} runs in a child JVM with a small heap: an upload from a file or
 * a download read to the end, printing the byte count and CRC-32 it saw. It fails (exit status not
 * 0) when anything runs out of heap.
 */
public final class StreamingChild {
  private StreamingChild() {}

  /** {@code upload <url> <file>} or {@code download <url>}. */
  public static void main(String[] args) throws IOException {
    ApiCore core =
        ApiCore.create(
            ClientOptions.builder(Fixtures.AUTH)
                .endpoint(args[1])
                .credential("apiKey", Fixtures.KEY)
                .maxRetries(0)
                .timeout(Duration.ofMinutes(2))
                .environment(Map.of())
                .build());
    Endpoint endpoint = Endpoint.write("files." + args[0], "POST", "/" + args[0]);
    if (args[0].equals("upload")) {
      core.call(
          endpoint,
          WireRequest.builder()
              .binaryBody(FilePart.of(Path.of(args[2])), "application/octet-stream")
              .build(),
          RequestOptions.none(),
          ResponseReader.none());
      System.out.println("uploaded");
      return;
    }
    try (Download download = core.download(endpoint, WireRequest.empty(), RequestOptions.none())) {
      System.out.println(count(download.body()));
    }
  }

  /** {@code <bytes> <crc32>} of what {@code in} holds. */
  static String count(InputStream in) throws IOException {
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      crc.update(buffer, 0, n);
      total += n;
    }
    return total + " " + Long.toHexString(crc.getValue());
  }
}
