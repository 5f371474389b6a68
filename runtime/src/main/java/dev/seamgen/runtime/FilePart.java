package dev.seamgen.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to upload as a part of a {@code multipart/form-data} request: from a {@link Path}, a
 * {@code byte[]} or an {@link InputStream}, with the file name the server is told and an optional
 * content type ({@code application/octet-stream} when none is given). A path or stream is read only
 * while the request is sent, never whole into memory. A request with a stream part is sent once and
 * never retried: a stream cannot be read twice.
 *
 * <pre>{@code
 * FilePart.of(Path.of("dog.png")).withContentType("image/png");
 * FilePart.of(bytes, "notes.txt");
 * }</pre>
 */
public final class FilePart {
  private final Path path;
  private final byte[] bytes;
  private final InputStream stream;
  private final String fileName;
  private final String contentType;

  private FilePart(
      Path path, byte[] bytes, InputStream stream, String fileName, String contentType) {
    this.path = path;
    this.bytes = bytes;
    this.stream = stream;
    this.fileName = fileName;
    this.contentType = contentType;
  }

  /** The file at {@code path}, named by its last element; it is opened when the request is sent. */
  public static FilePart of(Path path) {
    Objects.requireNonNull(path, "path == null");
    Path name = path.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("path " + path + " has no file name");
    }
    return new FilePart(path, null, null, name.toString(), null);
  }

  /** {@code bytes}, sent as a file called {@code fileName}; the array is copied. */
  public static FilePart of(byte[] bytes, String fileName) {
    Objects.requireNonNull(bytes, "bytes == null");
    return new FilePart(null, bytes.clone(), null, checkName(fileName), null);
  }

  /**
   * What {@code stream} holds, sent as a file called {@code fileName}. The stream is read once,
   * when the request is sent, and closed then; the request is not retried.
   */
  public static FilePart of(InputStream stream, String fileName) {
    Objects.requireNonNull(stream, "stream == null");
    return new FilePart(null, null, stream, checkName(fileName), null);
  }

  /** This file with the given content type, e.g. {@code image/png}. */
  public FilePart withContentType(String contentType) {
    Objects.requireNonNull(contentType, "contentType == null");
    if (contentType.isBlank() || contentType.indexOf('\r') >= 0 || contentType.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          "contentType '" + contentType + "' is not a media type such as image/png");
    }
    return new FilePart(path, bytes, stream, fileName, contentType);
  }

  public String fileName() {
    return fileName;
  }

  /** The content type given with {@link #withContentType}, if any. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** Whether the part can be read again for another attempt: false for a stream. */
  public boolean repeatable() {
    return stream == null;
  }

  /**
   * The content, opened anew for each attempt from a path or bytes.
   *
   * @throws UncheckedIOException when the file cannot be opened; the message names it
   */
  public InputStream open() {
    if (stream != null) {
      return stream;
    }
    if (bytes != null) {
      return new ByteArrayInputStream(bytes);
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read file part " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "FilePart{fileName="
        + fileName
        + ", from="
        + (path != null ? "path" : bytes != null ? bytes.length + " bytes" : "stream")
        + (contentType == null ? "" : ", contentType=" + contentType)
        + "}";
  }

  private static String checkName(String fileName) {
    Objects.requireNonNull(fileName, "fileName == null");
    if (fileName.isEmpty()) {
      throw new IllegalArgumentException("fileName is empty; give the name the server should see");
    }
    return fileName;
  }
}
