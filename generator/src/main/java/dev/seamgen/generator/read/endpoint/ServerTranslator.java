package dev.seamgen.generator.read.endpoint;

import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.ir.ServerTemplate;
import dev.seamgen.generator.naming.Naming;
import dev.seamgen.generator.read.source.ProblemCollector;
import dev.seamgen.generator.read.source.SpecStrings;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the spec's servers: the URL the client calls by default, an operation's own URL, and the
 * server variables users may set. Each URL must be an absolute http or https URL of RFC 3986
 * characters, so that what reaches the generated source is exactly what the spec says.
 */
public final class ServerTranslator {
  private static final Pattern SERVER_VARIABLE = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

  /** RFC 3986 unreserved characters: what a server variable's value may hold. */
  private static final Pattern SERVER_VALUE = Pattern.compile("[A-Za-z0-9._~-]+");

  private final ProblemCollector problems;

  public ServerTranslator(ProblemCollector problems) {
    this.problems = problems;
  }

  /**
   * The first server's URL, with server variables replaced by their defaults; empty when the spec
   * names no server (Swagger Parser then makes up {@code /}) or only a relative one.
   *
   * @param root the spec's root, where its {@code servers} are
   */
  public Optional<String> serverUrl(List<Server> servers, Location root) {
    return serverUrl(servers, root, "the client has no default endpoint");
  }

  /**
   * Like {@link #serverUrl(List, Location)}, for the {@code servers} of a path or an operation
   * ({@code owner}); when they cannot be used, the operation is sent to the client's endpoint.
   */
  public Optional<String> operationServerUrl(List<Server> servers, Location owner) {
    return serverUrl(servers, owner, "the operation is sent to the client's endpoint");
  }

  private Optional<String> serverUrl(List<Server> servers, Location owner, String otherwise) {
    if (servers == null || servers.isEmpty()) {
      return Optional.empty();
    }
    Server server = servers.get(0);
    Location at = owner.child("servers").child("0").child("url");
    String written = server.getUrl();
    if (written == null || written.equals("/")) {
      return Optional.empty();
    }
    String url = substituteVariables(written, server, at, otherwise);
    if (url == null) {
      return Optional.empty();
    }
    if (url.startsWith("/") && !url.startsWith("//")) {
      problems.warning(
          at,
          "server URL " + SpecStrings.quoted(url) + " is relative, so " + otherwise,
          "Write an absolute URL such as https://api.example.com/v1, or "
              + "let users set the endpoint");
      return Optional.empty();
    }
    if (url.startsWith("//")) {
      // Scheme-relative, as specs converted from Swagger 2.0 without 'schemes' have it.
      url = "https:" + url;
      problems.warning(
          at,
          "server URL " + SpecStrings.quoted(written) + " names no scheme; https is assumed",
          "Write the scheme, such as https://api.example.com/v1");
    }
    if (Urls.hasUserInfo(url)) {
      // Not shown: the part before @ may be a password.
      problems.warning(
          at,
          "server URL holds a user name or password, so " + otherwise,
          "Take them out of the spec; users pass credentials to the client builder");
      return Optional.empty();
    }
    if (!Urls.isHttpUrl(url)) {
      // Never used as it is: it would reach generated code.
      problems.warning(
          at,
          "server URL "
              + SpecStrings.quoted(url)
              + " is not a valid http or https URL, so "
              + otherwise,
          "Write an absolute URL such as https://api.example.com/v1, with characters outside "
              + "RFC 3986 percent-encoded; meanwhile users set the endpoint on the client builder");
      return Optional.empty();
    }
    return Optional.of(url);
  }

  /**
   * The first server's URL with its variables, when it has any and the client can let users set
   * them: each default and allowed value must be of RFC 3986's unreserved characters, which cannot
   * change where the URL leads. Call after {@link #serverUrl} gave a URL.
   *
   * @param taken names the builder has already, which a variable's setter must not take
   */
  public Optional<ServerTemplate> serverTemplate(Server server, Location owner, Set<String> taken) {
    Location at = owner.child("servers").child("0");
    String template = server.getUrl();
    if (template.startsWith("//")) {
      template = "https:" + template;
    }
    List<ServerTemplate.Variable> variables = new ArrayList<>();
    Matcher placeholder = SERVER_VARIABLE.matcher(template);
    Set<String> seen = new LinkedHashSet<>();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      if (!seen.add(name)) {
        continue;
      }
      ServerVariable variable = server.getVariables().get(name);
      Location variableAt = at.child("variables").child(name);
      List<String> allowed = variable.getEnum() == null ? List.of() : variable.getEnum();
      List<String> values = new ArrayList<>(allowed);
      values.add(variable.getDefault());
      for (String value : values) {
        if (value == null || !SERVER_VALUE.matcher(value).matches()) {
          problems.warning(
              variableAt,
              "server variable "
                  + SpecStrings.quoted(name)
                  + " has the value "
                  + SpecStrings.quoted(String.valueOf(value))
                  + ", which could change where the URL leads, so the client cannot set it",
              "Use letters, digits and . _ ~ - only; meanwhile users set the endpoint");
          return Optional.empty();
        }
      }
      if (!allowed.isEmpty() && !allowed.contains(variable.getDefault())) {
        problems.warning(
            variableAt.child("default"),
            "server variable "
                + SpecStrings.quoted(name)
                + "'s default is not one of its enum values",
            "Make the default one of the enum values, as OpenAPI requires");
      }
      String javaName = Naming.memberName(name);
      if (javaName.isEmpty() || taken.contains(javaName)) {
        javaName = javaName + "Variable";
      }
      taken.add(javaName);
      variables.add(
          new ServerTemplate.Variable(
              name,
              javaName,
              variable.getDefault(),
              allowed,
              SpecStrings.description(variable.getDescription())));
    }
    return variables.isEmpty()
        ? Optional.empty()
        : Optional.of(new ServerTemplate(template, variables));
  }

  private String substituteVariables(String url, Server server, Location at, String otherwise) {
    Matcher variable = SERVER_VARIABLE.matcher(url);
    StringBuilder result = new StringBuilder();
    while (variable.find()) {
      String name = variable.group(1);
      ServerVariable value = server.getVariables() == null ? null : server.getVariables().get(name);
      if (value == null || value.getDefault() == null) {
        problems.warning(
            at,
            "server URL variable "
                + SpecStrings.quoted("{" + name + "}")
                + " has no default, so "
                + otherwise,
            "Declare it under the server's variables with a default value");
        return null;
      }
      variable.appendReplacement(result, Matcher.quoteReplacement(value.getDefault()));
    }
    variable.appendTail(result);
    return result.toString();
  }
}
