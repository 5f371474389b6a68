package dev.seamgen.runtime.core.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamgen.runtime.FilePart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@code multipart/form-data} body (RFC 7578) with a random boundary, streamed: each attempt
 * opens the files anew and reads them as the HTTP client sends, never whole into memory. Values
 * that are not files are written when the body is made: scalars as text, anything else as JSON with
 * {@code Content-Type: application/json} unless the spec names another type.
 */
public final class MultipartBody {
  private static final byte[] CRLF = {'\r', '\n'};

  private final String boundary;

  /** Each part's head and, for a file, its content; in order. */
  private final List<Segment> segments = new ArrayList<>();

  private MultipartBody(String boundary) {
    this.boundary = boundary;
  }

  /**
   * The body of {@code parts}; {@code toTree} converts a value that is not a file to JSON.
   *
   * @throws IllegalArgumentException when a part's name or file name holds a line break
   */
  public static MultipartBody of(List<Part> parts, Function<Part, JsonNode> toTree) {
    return of(parts, toTree, "seamgen-" + UUID.randomUUID().toString().replace("-", ""));
  }

  static MultipartBody of(List<Part> parts, Function<Part, JsonNode> toTree, String boundary) {
    MultipartBody body = new MultipartBody(boundary);
    for (Part part : parts) {
      if (part.value instanceof FilePart) {
        body.file(part.name, (FilePart) part.value, part.contentType);
      } else if (isFileList(part.value)) {
        for (Object item : (Iterable<?>) part.value) {
          if (item != null) {
            body.file(part.name, (FilePart) item, part.contentType);
          }
        }
      } else {
        JsonNode tree = toTree.apply(part);
        if (tree.isArray()) {
          // One part per item, as a browser sends a multi-valued field.
          for (JsonNode item : tree) {
            if (!item.isNull()) {
              body.value(part.name, item, part.contentType);
            }
          }
        } else if (!tree.isNull()) {
          body.value(part.name, tree, part.contentType);
        }
      }
    }
    return body;
  }

  /** The {@code Content-Type} header of the request. */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** The whole body, read from its start; a path part is opened when the stream reaches it. */
  public InputStream open() {
    List<InputStream> streams = new ArrayList<>(segments.size() * 3 + 1);
    for (Segment segment : segments) {
      streams.add(new ByteArrayInputStream(segment.head));
      if (segment.file != null) {
        streams.add(new LazyStream(segment.file::open));
        streams.add(new ByteArrayInputStream(CRLF));
      }
    }
    streams.add(new ByteArrayInputStream(ascii("--" + boundary + "--\r\n")));
    return new SequenceInputStream(Collections.enumeration(streams));
  }

  private void value(String name, JsonNode value, String contentType) {
    boolean text = value.isValueNode() && (contentType == null || !contentType.contains("json"));
    String type = contentType != null ? contentType : text ? null : "application/json";
    String content = text ? ParameterSerializer.text(value) : value.toString();
    StringBuilder head = new StringBuilder(disposition(name, null));
    if (type != null) {
      head.append("Content-Type: ").append(headerValue("content type", type)).append("\r\n");
    }
    head.append("\r\n").append(content).append("\r\n");
    segments.add(new Segment(head.toString().getBytes(StandardCharsets.UTF_8), null));
  }

  private void file(String name, FilePart file, String specType) {
    String type =
        file.contentType().orElse(specType != null ? specType : "application/octet-stream");
    String head =
        disposition(name, file.fileName())
            + "Content-Type: "
            + headerValue("content type", type)
            + "\r\n\r\n";
    segments.add(new Segment(head.getBytes(StandardCharsets.UTF_8), file));
  }

  private String disposition(String name, String fileName) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + quoted(name)
        + "\""
        + (fileName == null ? "" : "; filename=\"" + quoted(fileName) + "\"")
        + "\r\n";
  }

  /** A name in a quoted string, escaped as browsers do (the HTML standard's form encoding). */
  private static String quoted(String text) {
    return text.replace("\r", "%0D").replace("\n", "%0A").replace("\"", "%22");
  }

  private static String headerValue(String what, String value) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a part's " + what + " contains a line break");
    }
    return value;
  }

  private static boolean isFileList(Object value) {
    if (!(value instanceof Iterable)) {
      return false;
    }
    for (Object item : (Iterable<?>) value) {
      if (item != null && !(item instanceof FilePart)) {
        return false;
      }
    }
    return ((Iterable<?>) value).iterator().hasNext();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static final class Segment {
    final byte[] head;
    final FilePart file;

    Segment(byte[] head, FilePart file) {
      this.head = head;
      this.file = file;
    }
  }

  /** Opens its stream on the first read, so a file is open only while it is sent. */
  private static final class LazyStream extends InputStream {
    private final Supplier<InputStream> opener;
    private InputStream in;

    LazyStream(Supplier<InputStream> opener) {
      this.opener = opener;
    }

    private InputStream in() throws IOException {
      if (in == null) {
        try {
          in = opener.get();
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
      return in;
    }

    @Override
    public int read() throws IOException {
      return in().read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in().read(b, off, len);
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
  }
}
