package dev.seamgen.generator.read.endpoint;

import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Auth.Credential;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns security schemes into the credentials a client builder accepts.
 *
 * <p>Bearer schemes (HTTP bearer, OAuth2 and OpenID Connect tokens), HTTP basic, and API keys sent
 * in a header, the query or a cookie are supported. The extension {@code x-seamgen-credential}
 * ({@code name}, {@code env}, {@code prefix}) names the builder setter, the environment variable
 * read when no value is given, and the prefix valid values start with. An OAuth2 scheme with a
 * client credentials flow also lets the client get its token itself, from the flow's token URL.
 *
 * <p>Broken schemes are read leniently, with a warning at the scheme: an API key without a name is
 * left out of the client, and a credential whose setter name is taken gets a distinct one.
 */
public final class AuthTranslator {
  static final String CREDENTIAL = "x-seamgen-credential";

  private final ProblemCollector problems;
  private final AuthValueChecker values;
  private final Location schemesLocation;
  private final Map<String, Credential> bySchemeName = new LinkedHashMap<>();
  private List<SecurityRequirement> global;

  /** The client builder's setter names: its own and, once read, the credentials'. */
  private final Set<String> builderNames =
      new HashSet<>(
          Set.of(
              "endpoint",
              "timeout",
              "totalTimeout",
              "maxRetries",
              "maxResponseBytes",
              "httpClient",
              "header",
              "build"));

  private final CredentialSetterNames setters;
  private boolean perOperation;

  public AuthTranslator(ProblemCollector problems, String file) {
    this.problems = problems;
    this.setters = new CredentialSetterNames(problems, builderNames);
    this.values = new AuthValueChecker(problems);
    this.schemesLocation = Location.root(file).child("components").child("securitySchemes");
  }

  /**
   * The credentials and how to combine them.
   *
   * @param requirements the spec's top-level {@code security}, or null
   * @param operations every operation's own {@code security}, null where it has none
   */
  public Auth auth(
      Map<String, SecurityScheme> schemes,
      List<SecurityRequirement> requirements,
      List<List<SecurityRequirement>> operations) {
    this.global = requirements;
    if (schemes == null || schemes.isEmpty()) {
      return Auth.none();
    }
    schemes.forEach(
        (schemeName, scheme) -> {
          Credential credential = credential(schemeName, scheme);
          if (credential != null) {
            bySchemeName.put(schemeName, credential);
          }
        });
    Set<List<SecurityRequirement>> distinct = new LinkedHashSet<>();
    distinct.add(requirements == null ? List.of() : requirements);
    for (List<SecurityRequirement> own : operations) {
      distinct.add(own == null ? (requirements == null ? List.of() : requirements) : own);
    }
    perOperation = distinct.size() > 1;
    Set<List<String>> alternatives = new LinkedHashSet<>();
    for (List<SecurityRequirement> list : distinct) {
      alternatives(list).stream().filter(a -> !a.isEmpty()).forEach(alternatives::add);
    }
    if (alternatives.isEmpty()) {
      bySchemeName.values().forEach(c -> alternatives.add(List.of(c.name())));
    }
    return new Auth(List.copyOf(bySchemeName.values()), List.copyOf(alternatives), perOperation);
  }

  /** The client builder's setter names so far, which server variables' setters must not take. */
  public Set<String> builderNames() {
    return builderNames;
  }

  /**
   * What an operation accepts, when operations differ ({@link Auth#perOperation()}): the names of
   * the credentials of each of its alternatives, in the spec's order; an empty alternative means it
   * may be called without any. Empty when the client's alternatives apply.
   */
  public Optional<List<List<String>>> security(List<SecurityRequirement> own) {
    if (!perOperation) {
      return Optional.empty();
    }
    List<SecurityRequirement> effective = own != null ? own : global;
    // No requirement at all ('security: []', or none anywhere) means no credentials.
    return Optional.of(
        effective == null || effective.isEmpty() ? List.of(List.of()) : alternatives(effective));
  }

  /**
   * The query parameters in which API-key credentials an operation may send go: those it accepts
   * when operations differ ({@link #security}), else every one the client has.
   */
  public Set<String> credentialQueryParameters(List<SecurityRequirement> own) {
    Optional<List<List<String>>> accepted = security(own);
    Set<String> names = new LinkedHashSet<>();
    for (Credential credential : bySchemeName.values()) {
      boolean sent =
          accepted.isEmpty()
              || accepted.get().stream()
                  .anyMatch(alternative -> alternative.contains(credential.name()));
      if (credential.kind() == Auth.Kind.QUERY && sent) {
        credential.parameterName().ifPresent(names::add);
      }
    }
    return names;
  }

  /** The credential names of each requirement whose every scheme the client supports. */
  private List<List<String>> alternatives(List<SecurityRequirement> requirements) {
    List<List<String>> result = new ArrayList<>();
    for (SecurityRequirement requirement : requirements) {
      List<String> alternative = new ArrayList<>();
      for (String schemeName : requirement.keySet()) {
        Credential credential = bySchemeName.get(schemeName);
        if (credential == null) {
          alternative = null;
          break;
        }
        alternative.add(credential.name());
      }
      if (alternative != null) {
        result.add(alternative);
      }
    }
    return result;
  }

  private Credential credential(String schemeName, SecurityScheme scheme) {
    Location at = schemesLocation.child(schemeName);
    Auth.Kind kind = kind(scheme);
    if (kind == null) {
      problems.warning(
          at,
          "security scheme '"
              + schemeName
              + "' ("
              + scheme.getType()
              + (scheme.getScheme() == null ? "" : " " + scheme.getScheme())
              + ") is not supported and is left out of the client",
          "seamgen supports HTTP bearer and basic, OAuth2 and OpenID Connect access tokens, and "
              + "API keys in a header, the query or a cookie");
      return null;
    }
    Optional<String> parameterName = Optional.empty();
    if (kind == Auth.Kind.HEADER || kind == Auth.Kind.QUERY || kind == Auth.Kind.COOKIE) {
      if (scheme.getName() == null || scheme.getName().isBlank()) {
        // The rest of the spec is still usable; only this scheme's key has nowhere to go.
        problems.warning(
            at,
            "API key '"
                + schemeName
                + "' has no name, so the client cannot send it; the scheme is left out of the"
                + " client and of the operations' security",
            "Add 'name:' with the "
                + apiKeyKind(scheme.getIn()).name().toLowerCase(Locale.ROOT)
                + (kind == Auth.Kind.QUERY ? " parameter" : "")
                + " the key is sent in, such as X-Api-Key");
        return null;
      }
      // Query and cookie names are sent percent-encoded, so any name can be sent as it is.
      if (kind == Auth.Kind.HEADER && !values.checkHeaderName(scheme.getName(), at.child("name"))) {
        return null;
      }
      parameterName = Optional.of(scheme.getName());
    }
    Map<?, ?> settings =
        scheme.getExtensions() != null
                && scheme.getExtensions().get(CREDENTIAL) instanceof Map<?, ?> m
            ? m
            : Map.of();
    Location settingsAt = at.child(CREDENTIAL);
    String name =
        settings.get("name") instanceof String s
            ? values.setterName(s, Naming.memberName(schemeName), settingsAt.child("name"))
            : Naming.memberName(schemeName);
    Optional<String> env = Optional.ofNullable(settings.get("env") instanceof String s ? s : null);
    if (env.isPresent() && !values.checkEnvironmentVariable(env.get(), settingsAt.child("env"))) {
      return null;
    }
    Optional<Auth.TokenFlow> flow = clientCredentials(scheme, at);
    name = setters.take(name, schemeName, flow.isPresent(), at);
    return new Credential(
        schemeName,
        name,
        kind,
        parameterName,
        env,
        Optional.ofNullable(settings.get("prefix") instanceof String s ? s : null),
        SpecStrings.description(scheme.getDescription()),
        flow);
  }

  /** An OAuth2 scheme's client credentials flow, when it has one the client can use. */
  private Optional<Auth.TokenFlow> clientCredentials(SecurityScheme scheme, Location at) {
    if (scheme.getType() != SecurityScheme.Type.OAUTH2
        || scheme.getFlows() == null
        || scheme.getFlows().getClientCredentials() == null) {
      return Optional.empty();
    }
    OAuthFlow flow = scheme.getFlows().getClientCredentials();
    Location flowAt = at.child("flows").child("clientCredentials");
    Optional<String> tokenUrl = values.tokenUrl(flow.getTokenUrl(), flowAt.child("tokenUrl"));
    if (tokenUrl.isEmpty()) {
      return Optional.empty();
    }
    List<String> scopes = new ArrayList<>();
    if (flow.getScopes() != null) {
      for (String scope : flow.getScopes().keySet()) {
        if (values.checkScope(scope, flowAt.child("scopes").child(scope))) {
          scopes.add(scope);
        }
      }
    }
    return Optional.of(new Auth.TokenFlow(tokenUrl.get(), scopes));
  }

  /** Where the scheme's credential goes; null for what seamgen cannot send. */
  private static Auth.Kind kind(SecurityScheme scheme) {
    if (scheme.getType() == null) {
      return null;
    }
    return switch (scheme.getType()) {
      // An access token is sent as a bearer token; getting one is up to the application.
      case OAUTH2, OPENIDCONNECT -> Auth.Kind.BEARER;
      case HTTP ->
          "bearer".equalsIgnoreCase(scheme.getScheme())
              ? Auth.Kind.BEARER
              : "basic".equalsIgnoreCase(scheme.getScheme()) ? Auth.Kind.BASIC : null;
      case APIKEY -> scheme.getIn() == null ? null : apiKeyKind(scheme.getIn());
      default -> null;
    };
  }

  private static Auth.Kind apiKeyKind(SecurityScheme.In in) {
    return switch (in) {
      case HEADER -> Auth.Kind.HEADER;
      case QUERY -> Auth.Kind.QUERY;
      case COOKIE -> Auth.Kind.COOKIE;
    };
  }
}
