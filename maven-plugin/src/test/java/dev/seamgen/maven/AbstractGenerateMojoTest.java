package dev.seamgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.seamgen.generator.Generator;
import dev.seamgen.generator.config.RefPolicy;
import dev.seamgen.generator.problem.SpecException;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals' parameters about references reach the generator: strict unless set. */
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
