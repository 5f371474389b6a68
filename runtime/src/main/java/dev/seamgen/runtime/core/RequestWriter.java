package dev.seamgen.runtime.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.FilePart;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.SdkException;
import dev.seamgen.runtime.core.auth.Credentials;
import dev.seamgen.runtime.core.wire.ContentTypeCharset;
import dev.seamgen.runtime.core.wire.MultipartBody;
import dev.seamgen.runtime.core.wire.Parameter;
import dev.seamgen.runtime.core.wire.ParameterSerializer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns an {@link Endpoint} and a {@link WireRequest} into the HTTP request to send: the URI from
 * the base URL, the filled path template and the query string; the headers; and a JSON body only
 * when there is one. Everything that can be wrong with the input is refused here, before anything
 * is sent.
 */
final class RequestWriter {
  private final ClientOptions options;
  private final ObjectMapper mapper;

  RequestWriter(ClientOptions options, ObjectMapper mapper) {
    this.options = options;
    this.mapper = mapper;
  }

  /**
   * The request; it asks for the media types the endpoint names ({@link Endpoint#withAccept}), or,
   * when it names none and {@code acceptJson} is set, for {@code application/json}.
   *
   * @throws IllegalArgumentException when a path parameter is missing or a value cannot be sent
   *     where it goes; the message names the operation and the parameter
   * @throws SdkException when a value or the body cannot be written as JSON
   */
  HttpRequest write(
      Endpoint endpoint, WireRequest request, RequestOptions requestOptions, boolean acceptJson) {
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(requestOptions, "requestOptions == null");
    // Chosen first: an operation the client has no credentials for fails before anything else.
    Credentials.Sent credentials = options.credentials().select(endpoint);
    String contentType = null;
    HttpRequest.BodyPublisher publisher;
    switch (request.bodyKind()) {
      case JSON:
        contentType = "application/json";
        publisher = HttpRequest.BodyPublishers.ofByteArray(json(endpoint, request.jsonBody()));
        break;
      case FORM:
        contentType = "application/x-www-form-urlencoded";
        publisher = HttpRequest.BodyPublishers.ofString(form(endpoint, request));
        break;
      case MULTIPART:
        MultipartBody multipart = multipart(endpoint, request);
        contentType = multipart.contentType();
        publisher = HttpRequest.BodyPublishers.ofInputStream(multipart::open);
        break;
      case BINARY:
        FilePart content = request.binaryBody();
        contentType = binaryType(request.mediaType(), content);
        publisher = HttpRequest.BodyPublishers.ofInputStream(content::open);
        break;
      case TEXT:
        contentType = textType(request.mediaType());
        publisher =
            HttpRequest.BodyPublishers.ofString(
                request.textBody(), ContentTypeCharset.of(contentType));
        break;
      default:
        publisher = HttpRequest.BodyPublishers.noBody();
    }
    HttpRequest.Builder http =
        HttpRequest.newBuilder(uri(endpoint, request, credentials.query()))
            .timeout(requestOptions.timeout().orElse(options.timeout()))
            .method(endpoint.method(), publisher);
    options.headers().forEach(http::setHeader);
    requestOptions.headers().forEach(http::setHeader);
    for (Parameter header : request.headers()) {
      String value = header(endpoint, header);
      if (value != null) {
        setParameterHeader(endpoint, http, header.name(), value);
      }
    }
    String cookies = cookies(endpoint, request, requestOptions, credentials.cookies());
    if (cookies != null) {
      http.setHeader("Cookie", cookies);
    }
    // Set last: neither default nor per-call headers nor parameters can replace the content
    // type or the credentials.
    if (contentType != null) {
      http.setHeader("Content-Type", contentType);
    }
    if (endpoint.accept().isPresent()) {
      http.setHeader("Accept", endpoint.accept().get());
    } else if (acceptJson) {
      http.setHeader("Accept", "application/json");
    }
    credentials.headers().forEach(http::setHeader);
    return http.build();
  }

  /**
   * The spec's media type; for a wildcard such as {@code image/*}, the content's own type, else
   * {@code application/octet-stream}.
   */
  static String binaryType(String mediaType, FilePart content) {
    if (mediaType.indexOf('*') < 0) {
      return mediaType;
    }
    return content.contentType().orElse("application/octet-stream");
  }

  /**
   * The spec's text media type, saying UTF-8 unless it names a charset Java knows, which the text
   * is then written in.
   */
  static String textType(String mediaType) {
    if (mediaType.indexOf('*') >= 0) {
      return "text/plain; charset=UTF-8";
    }
    String bare = mediaType.split(";", 2)[0].strip();
    return ContentTypeCharset.named(mediaType) == null ? bare + "; charset=UTF-8" : mediaType;
  }

  private URI uri(Endpoint endpoint, WireRequest request, List<String> credentialPairs) {
    Map<String, String> pathValues = new LinkedHashMap<>();
    for (Parameter p : request.path()) {
      pathValues.put(
          p.name(),
          ParameterSerializer.path(p.name(), tree(endpoint, "path", p), p.style(), p.explode()));
    }
    StringBuilder uri =
        new StringBuilder(options.endpoint(endpoint).toString())
            .append(endpoint.expandPath(pathValues));
    List<String> pairs = new ArrayList<>();
    for (Parameter p : request.query()) {
      ParameterSerializer.query(
          p.name(), tree(endpoint, "query", p), p.style(), p.explode(), p.allowReserved(), pairs);
    }
    pairs.addAll(credentialPairs);
    if (!pairs.isEmpty()) {
      uri.append('?').append(String.join("&", pairs));
    }
    return URI.create(uri.toString());
  }

  /** The form's fields as {@code name=value} pairs, percent-encoded as RFC 3986 says. */
  private String form(Endpoint endpoint, WireRequest request) {
    List<String> pairs = new ArrayList<>();
    for (Parameter p : request.formFields()) {
      ParameterSerializer.query(
          p.name(),
          tree(endpoint, "form field", p),
          p.style(),
          p.explode(),
          p.allowReserved(),
          pairs);
    }
    return String.join("&", pairs);
  }

  private MultipartBody multipart(Endpoint endpoint, WireRequest request) {
    try {
      return MultipartBody.of(
          request.parts(),
          part ->
              tree(
                  endpoint,
                  "multipart part",
                  new Parameter(part.name(), part.value(), null, false, false)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(endpoint.name() + ": " + e.getMessage(), e);
    }
  }

  private String header(Endpoint endpoint, Parameter header) {
    try {
      return ParameterSerializer.header(
          header.name(), tree(endpoint, "header", header), header.explode());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(endpoint.name() + ": " + e.getMessage(), e);
    }
  }

  /** The HTTP client's own message would quote the value, which may be a credential. */
  private static void setParameterHeader(
      Endpoint endpoint, HttpRequest.Builder http, String name, String value) {
    try {
      http.setHeader(name, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          endpoint.name()
              + ": header parameter '"
              + name
              + "' cannot be sent: java.net.http refuses the name");
    }
  }

  /**
   * The cookie parameters and credentials joined in one header, after any {@code Cookie} header set
   * by default or per call; null when there are none.
   */
  private String cookies(
      Endpoint endpoint,
      WireRequest request,
      RequestOptions requestOptions,
      List<String> credentialCookies) {
    List<String> cookies = new ArrayList<>();
    for (Parameter p : request.cookies()) {
      ParameterSerializer.cookie(p.name(), tree(endpoint, "cookie", p), p.explode(), cookies);
    }
    cookies.addAll(credentialCookies);
    if (cookies.isEmpty()) {
      return null;
    }
    String given = cookieHeader(requestOptions.headers());
    if (given == null) {
      given = cookieHeader(options.headers());
    }
    return (given == null ? "" : given + "; ") + String.join("; ", cookies);
  }

  private static String cookieHeader(Map<String, String> headers) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase("Cookie")) {
        return header.getValue();
      }
    }
    return null;
  }

  /** A parameter's value as JSON, converted with the client's mapper. */
  private JsonNode tree(Endpoint endpoint, String location, Parameter p) {
    if (p.value() instanceof JsonNode) {
      return (JsonNode) p.value();
    }
    try {
      return mapper.valueToTree(p.value());
    } catch (IllegalArgumentException e) {
      throw new SdkException(
          endpoint.name()
              + ": cannot write "
              + location
              + " parameter '"
              + p.name()
              + "' as JSON: "
              + e.getMessage(),
          e);
    }
  }

  private byte[] json(Endpoint endpoint, Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new SdkException(
          endpoint.name() + ": cannot write the request as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
