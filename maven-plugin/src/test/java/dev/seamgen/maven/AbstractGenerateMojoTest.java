package dev.seamgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.seamgen.generator.Generator;
import dev.seamgen.generator.config.RefPolicy;
import dev.seamgen.generator.config.Setting;
import dev.seamgen.generator.problem.SpecException;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals' parameters reach the generator (references strict unless set), and its messages name
 * them as a POM does.
 */
class AbstractGenerateMojoTest {
  @TempDir Path dir;

  private GenerateMojo mojo(Path spec) {
    GenerateMojo mojo = new GenerateMojo();
    mojo.spec = spec.toFile();
    mojo.packageName = "p.q";
    mojo.sdkName = "test";
    mojo.sdkVersion = "1";
    return mojo;
  }

  @Test
  void referencesAreStrictByDefaultAndTheServerSeesNoRequest() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/pet.yaml";
      Path spec =
          Files.writeString(
              dir.resolve("api.yaml"),
              "openapi: 3.0.3\n"
                  + "info: {title: T, version: '1'}\npaths:\n  /a/get:\n    post:\n"
                  + "      requestBody:\n        content:\n          application/json:\n"
                  + "            schema: {$ref: '"
                  + url
                  + "'}\n"
                  + "      responses:\n        '200': {description: OK}\n");
      GenerateMojo mojo = mojo(spec);

      assertEquals(RefPolicy.strict(), mojo.config(dir.resolve("out").toFile(), true).refPolicy());
      SpecException e =
          assertThrows(
              SpecException.class,
              () -> Generator.run(mojo.config(dir.resolve("out").toFile(), true)));
      assertTrue(
          e.problems().get(0).hint().contains("<allowRemoteRefs>true</allowRemoteRefs>"),
          e.problems().toString());
      assertEquals(0, requests.get(), "the server saw a request");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anInvalidSettingIsNamedAsThePomNamesIt() {
    GenerateMojo mojo = mojo(dir.resolve("api.yaml"));
    mojo.packageName = "not a package";

    MojoFailureException e =
        assertThrows(MojoFailureException.class, () -> mojo.config(dir.toFile(), true));

    assertEquals(
        "seamgen: <packageName> 'not a package' is not a valid Java package name, such as "
            + "com.example.sdk",
        e.getMessage());
  }

  @Test
  void everySettingNameIsAParameterOfTheGenerateGoalWithItsProperty() throws Exception {
    String descriptor;
    try (InputStream in = GenerateMojo.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (Setting setting : Setting.values()) {
      String name = AbstractGenerateMojo.NAMES.name(setting);
      Matcher parameter = Pattern.compile("^<(\\w+)>").matcher(name);
      assertTrue(parameter.find(), name);
      assertTrue(
          hasField(GenerateMojo.class, parameter.group(1)),
          setting + " is named " + name + ", which is no parameter of seamgen:generate");
    }
    assertTrue(
        descriptor.contains(
            "<force implementation=\"boolean\" default-value=\"false\">"
                + "${seamgen.force}</force>"),
        "the force parameter's property is seamgen.force");
    assertTrue(AbstractGenerateMojo.NAMES.name(Setting.FORCE).contains("-Dseamgen.force=true"));
  }

  private static boolean hasField(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void allowedReferencesAreConfigured() throws Exception {
    Path shared = Files.createDirectories(dir.resolve("shared"));
    GenerateMojo mojo = mojo(Files.writeString(dir.resolve("api.yaml"), "openapi: 3.0.3\n"));
    mojo.allowRemoteRefs = true;
    mojo.allowedRefDirectories = List.of(new File(shared.toString()));

    assertEquals(
        new RefPolicy(true, List.of(shared)),
        mojo.config(dir.resolve("out").toFile(), true).refPolicy());
  }
}
