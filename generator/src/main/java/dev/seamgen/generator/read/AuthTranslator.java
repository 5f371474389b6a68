package dev.seamgen.generator.read;

import dev.seamgen.generator.ir.Auth;
import dev.seamgen.generator.ir.Auth.Credential;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.naming.Naming;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns security schemes into the credentials a client builder accepts.
 *
 * <p>Bearer schemes and API keys sent in a header are supported. The extension {@code
 * x-seamgen-credential} ({@code name}, {@code env}, {@code prefix}) names the builder setter, the
 * environment variable read when no value is given, and the prefix valid values start with.
 */
final class AuthTranslator {
  static final String CREDENTIAL = "x-seamgen-credential";

  private final Problems problems;
  private final WireValues values;
  private final Location schemesLocation;

  AuthTranslator(Problems problems, String file) {
    this.problems = problems;
    this.values = new WireValues(problems);
    this.schemesLocation = Location.root(file).child("components").child("securitySchemes");
  }

  Auth auth(Map<String, SecurityScheme> schemes, List<SecurityRequirement> requirements) {
    if (schemes == null || schemes.isEmpty()) {
      return Auth.none();
    }
    Map<String, Credential> bySchemeName = new LinkedHashMap<>();
    Set<String> names = new HashSet<>(Set.of("endpoint", "timeout", "maxRetries", "httpClient"));
    schemes.forEach((schemeName, scheme) -> {
      Credential credential = credential(schemeName, scheme, names);
      if (credential != null) {
        names.add(credential.name());
        bySchemeName.put(schemeName, credential);
      }
    });
    List<List<String>> alternatives = new ArrayList<>();
    if (requirements == null || requirements.isEmpty()) {
      bySchemeName.values().forEach(c -> alternatives.add(List.of(c.name())));
    } else {
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
        if (alternative != null && !alternative.isEmpty()) {
          alternatives.add(alternative);
        }
      }
    }
    return new Auth(List.copyOf(bySchemeName.values()), alternatives);
  }

  private Credential credential(String schemeName, SecurityScheme scheme, Set<String> taken) {
    Location at = schemesLocation.child(schemeName);
    Optional<String> header;
    if (scheme.getType() == SecurityScheme.Type.HTTP
        && "bearer".equalsIgnoreCase(scheme.getScheme())) {
      header = Optional.empty();
    } else if (scheme.getType() == SecurityScheme.Type.APIKEY
        && scheme.getIn() == SecurityScheme.In.HEADER) {
      if (!values.checkHeaderName(scheme.getName(), at.child("name"))) {
        return null;
      }
      header = Optional.of(scheme.getName());
    } else {
      problems.warning(at, "security scheme '" + schemeName + "' (" + scheme.getType()
          + ") is not supported and is left out of the client",
          "seamgen supports HTTP bearer tokens and API keys in headers");
      return null;
    }
    Map<?, ?> settings = scheme.getExtensions() != null
        && scheme.getExtensions().get(CREDENTIAL) instanceof Map<?, ?> m ? m : Map.of();
    Location settingsAt = at.child(CREDENTIAL);
    String name = settings.get("name") instanceof String s
        ? values.setterName(s, Naming.memberName(schemeName), settingsAt.child("name"))
        : Naming.memberName(schemeName);
    if (taken.contains(name)) {
      problems.error(at, "credential name '" + name + "' is used twice",
          "Give each scheme its own " + CREDENTIAL + ".name");
      return null;
    }
    Optional<String> env = Optional.ofNullable(
        settings.get("env") instanceof String s ? s : null);
    if (env.isPresent() && !values.checkEnvironmentVariable(env.get(), settingsAt.child("env"))) {
      return null;
    }
    return new Credential(
        schemeName,
        name,
        header,
        env,
        Optional.ofNullable(settings.get("prefix") instanceof String s ? s : null),
        SchemaTranslator.text(scheme.getDescription()));
  }
}
