package dev.seamgen.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.ConnectionException;
import dev.seamgen.runtime.ForbiddenException;
import dev.seamgen.runtime.ResponseDecodingException;
import dev.seamgen.runtime.SdkException;
import dev.seamgen.runtime.ServerException;
import dev.seamgen.runtime.UnauthorizedException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An OAuth2 access token got with the client credentials grant (RFC 6749 §4.4) and kept until
 * shortly before it expires. Concurrent calls that find no fresh token share one fetch: the first
 * fetches, the others wait for its token. The client authenticates with HTTP basic, as §2.3.1
 * prefers. The secret and the tokens appear in no message; the {@link Redactor} learns each token.
 */
final class ClientCredentialsToken {
  private static final System.Logger LOG = System.getLogger(ClientCredentialsToken.class.getName());

  /**
   * How long before it expires a token is replaced (half its lifetime if that is shorter), so that
   * a call does not reach the API with a token that expires on the way.
   */
  static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

  /** A token answer is a few hundred bytes; an error page should not be read whole. */
  private static final long MAX_ANSWER_BYTES = 1 << 20;

  private final String name;
  private final URI tokenUrl;
  private final String authorization;
  private final String form;
  private final HttpClient client;
  private final Duration timeout;
  private final Clock clock;
  private final Redactor redactor;
  private final ReentrantLock fetching = new ReentrantLock();
  private volatile Token current;

  /**
   * @param name the credential's name, shown in messages
   * @param scopes the scopes asked for; none sends no scope parameter
   */
  ClientCredentialsToken(
      String name,
      String clientId,
      String clientSecret,
      List<String> scopes,
      URI tokenUrl,
      HttpClient client,
      Duration timeout,
      Clock clock,
      Redactor redactor) {
    this.name = name;
    this.tokenUrl = tokenUrl;
    this.authorization = "Basic " + basic(clientId, clientSecret);
    this.form =
        "grant_type=client_credentials"
            + (scopes.isEmpty() ? "" : "&scope=" + formEncode(String.join(" ", scopes)));
    this.client = client;
    this.timeout = timeout;
    this.clock = clock;
    this.redactor = redactor;
  }

  /** A client id and secret for OAuth2's client credentials grant, and the scopes to ask for. */
  static final class Grant {
    final String clientId;
    final String clientSecret;

    /** Null: the scheme's. */
    final List<String> scopes;

    Grant(String clientId, String clientSecret, List<String> scopes) {
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      this.scopes = scopes == null ? null : List.copyOf(scopes);
    }

    /** Every form the secret is sent in. */
    List<String> secrets() {
      return List.of(clientSecret, formEncode(clientSecret), basic(clientId, clientSecret));
    }

    @Override
    public String toString() {
      return "Grant{clientId=" + clientId + "}";
    }
  }

  /**
   * Where {@code name}'s token is got: {@code override} if given, else the scheme's token URL;
   * relative to the client's base URL, as OpenAPI says.
   *
   * @throws IllegalStateException when there is none, or it is not an http or https URL
   */
  static URI tokenUrl(String name, String override, CredentialScheme scheme, URI endpoint) {
    String written = override != null ? override : scheme.tokenUrl().orElse(null);
    if (written == null) {
      throw new IllegalStateException(
          name + " has no token URL for its client credentials; set tokenUrl(...)");
    }
    URI uri;
    try {
      // Relative to the base URL as OpenAPI says, so '/' is added for resolve() to keep its path.
      uri = URI.create(endpoint + "/").resolve(new URI(written));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException(name + "'s token URL is not a URL: " + written);
    }
    if ((!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()))
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawFragment() != null) {
      throw new IllegalStateException(
          name
              + "'s token URL must be an http or https URL with a host, without user info: "
              + uri);
    }
    return uri;
  }

  /**
   * Explicit values if any were set, else the first alternative, in priority order, whose every
   * environment variable is set.
   *
   * @throws IllegalStateException saying what to set when the credentials are missing, conflict,
   *     are incomplete or look like another kind of credential
   */
  /** {@code Basic} credentials as RFC 6749 §2.3.1 writes them: each part form-encoded first. */
  static String basic(String clientId, String clientSecret) {
    String pair = formEncode(clientId) + ":" + formEncode(clientSecret);
    return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  static String formEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The token endpoint, for messages. */
  URI tokenUrl() {
    return tokenUrl;
  }

  /**
   * A token that is not about to expire, fetched now if there is none.
   *
   * @throws ApiException when the token endpoint refuses, naming it and the OAuth error code
   * @throws ConnectionException when it cannot be reached
   */
  String token() {
    Token token = current;
    if (token != null && token.isFresh(clock.instant())) {
      return token.value;
    }
    fetching.lock();
    try {
      // Another caller may have fetched one while this one waited.
      token = current;
      if (token != null && token.isFresh(clock.instant())) {
        return token.value;
      }
      token = fetch();
      current = token;
      return token.value;
    } finally {
      fetching.unlock();
    }
  }

  /**
   * Forgets {@code rejected}, a token the API answered 401 to, so that the next call fetches a new
   * one; a newer token, fetched by a call that got the 401 first, is kept.
   */
  void invalidate(String rejected) {
    fetching.lock();
    try {
      Token token = current;
      if (token != null && token.value.equals(rejected)) {
        current = null;
      }
    } finally {
      fetching.unlock();
    }
  }

  private Token fetch() {
    LOG.log(System.Logger.Level.DEBUG, () -> name + ": fetching an access token from " + tokenUrl);
    HttpRequest request =
        HttpRequest.newBuilder(tokenUrl)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    Instant asked = clock.instant();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, BoundedBody.handler(MAX_ANSWER_BYTES, timeout));
    } catch (IOException e) {
      throw new ConnectionException(
          name
              + ": the token request to "
              + tokenUrl
              + " failed: "
              + redactor.redact(e.getClass().getSimpleName() + ": " + e.getMessage()),
          redactor.safeCause(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException(name + ": the token request was interrupted", e);
    }
    if (response.statusCode() / 100 != 2) {
      // An error page may echo the secret; the token in a 2xx answer must stay as it is.
      byte[] body = redactor.redactBody(Json.mapper(), response.body());
      throw refused(response, parse(body), body);
    }
    return token(parse(response.body()), asked);
  }

  private Token token(JsonNode json, Instant asked) {
    JsonNode accessToken = json == null ? null : json.get("access_token");
    if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
      throw new ResponseDecodingException(
          name + ": the answer of " + tokenUrl + " holds no access_token", null);
    }
    String value = accessToken.asText();
    redactor.learn(value);
    JsonNode type = json.get("token_type");
    if (type != null && !type.asText().equalsIgnoreCase("bearer")) {
      throw new SdkException(
          name
              + ": "
              + tokenUrl
              + " gave a token of type '"
              + redactor.redact(type.asText())
              + "'; only bearer tokens can be sent");
    }
    JsonNode expiresIn = json.get("expires_in");
    if (expiresIn == null || !expiresIn.asText().matches("[0-9]{1,10}")) {
      // Without expires_in the token is kept until the API refuses it.
      return new Token(value, null);
    }
    Duration lifetime = Duration.ofSeconds(expiresIn.asLong());
    Duration margin = lifetime.dividedBy(2);
    return new Token(
        value,
        asked.plus(lifetime).minus(margin.compareTo(REFRESH_MARGIN) < 0 ? margin : REFRESH_MARGIN));
  }

  private static JsonNode parse(byte[] body) {
    try {
      return body == null || body.length == 0 ? null : Json.mapper().readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  /** The token endpoint's refusal (RFC 6749 §5.2), as the exception for its status. */
  private ApiException refused(HttpResponse<byte[]> response, JsonNode json, byte[] body) {
    int status = response.statusCode();
    String error = text(json, "error");
    String description = text(json, "error_description");
    String message =
        name
            + ": the token request to "
            + tokenUrl
            + " was refused"
            + (description == null ? "" : " (" + description + ")")
            + hint(error);
    String raw = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    HttpHeaders headers = redactor.redactHeaders(response.headers());
    if (status == 401) {
      return new UnauthorizedException(status, error, message, null, json, raw, headers);
    }
    if (status == 403) {
      return new ForbiddenException(status, error, message, null, json, raw, headers);
    }
    if (status >= 500) {
      return new ServerException(status, error, message, null, json, raw, headers);
    }
    return new ApiException(status, error, message, null, json, raw, headers);
  }

  private static String hint(String error) {
    if (error == null) {
      return "";
    }
    switch (error) {
      case "invalid_client":
        return "; check the client id and secret";
      case "invalid_scope":
        return "; check the scopes asked for";
      case "unauthorized_client":
        return "; this client may not use the client credentials grant";
      default:
        return "";
    }
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json == null ? null : json.get(field);
    return node == null || !node.isTextual() ? null : node.asText();
  }

  @Override
  public String toString() {
    return "ClientCredentialsToken{" + name + ", " + tokenUrl + "}";
  }

  /** A token and when to replace it; null: when the API refuses it. */
  private static final class Token {
    final String value;
    final Instant replaceAt;

    Token(String value, Instant replaceAt) {
      this.value = value;
      this.replaceAt = replaceAt;
    }

    boolean isFresh(Instant now) {
      return replaceAt == null || now.isBefore(replaceAt);
    }
  }
}
