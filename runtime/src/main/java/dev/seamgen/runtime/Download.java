package dev.seamgen.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A binary answer, streamed: {@link #body()} reads it straight from the connection, never whole
 * into memory, so {@code maxResponseBytes} does not apply to it. Close it when done (a
 * try-with-resources block), also when not reading to the end: that releases the connection.
 *
 * <p>The call's timeouts bound the wait for the answer's status and headers; reading the body then
 * takes as long as the caller reads, so a large download is not cut off. To stop a download early,
 * close it, also from another thread.
 *
 * <pre>{@code
 * try (Download photo = client.pets().downloadPhoto(request)) {
 *   Files.copy(photo.body(), Path.of("photo.png"));
 * }
 * }</pre>
 */
public final class Download implements AutoCloseable {
  private final int statusCode;
  private final HttpHeaders headers;
  private final InputStream body;

  /** A download of {@code body}; the runtime makes these, tests may too. */
  public Download(int statusCode, HttpHeaders headers, InputStream body) {
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers == null");
    this.body = Objects.requireNonNull(body, "body == null");
  }

  public int statusCode() {
    return statusCode;
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** The body as it arrives; it can be read once. */
  public InputStream body() {
    return body;
  }

  /** The answer's {@code Content-Type}, if it has one. */
  public Optional<String> contentType() {
    return headers.firstValue("Content-Type");
  }

  /** The answer's {@code Content-Length}, if it announced one. */
  public OptionalLong contentLength() {
    return headers.firstValueAsLong("Content-Length");
  }

  /** Reads the rest of the body into memory: for small answers only. */
  public byte[] readAllBytes() {
    try (InputStream in = body) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ConnectionException("reading the download failed: " + e.getMessage(), e);
    }
  }

  /** Stops reading and releases the connection. */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the download failed: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "Download{statusCode="
        + statusCode
        + ", contentType="
        + contentType().orElse(null)
        + ", contentLength="
        + (contentLength().isPresent() ? contentLength().getAsLong() : "unknown")
        + "}";
  }
}
