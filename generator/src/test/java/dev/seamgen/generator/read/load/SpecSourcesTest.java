package dev.seamgen.generator.read.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.LoopbackServer;
import dev.seamgen.generator.config.RefPolicy;
import dev.seamgen.generator.problem.Problem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec's references reach the network and files outside its folder only when allowed; what a
 * refused reference names is neither fetched nor read.
 */
class SpecSourcesTest {
  @TempDir Path dir;
  private Path project;
  private LoopbackServer server;

  @BeforeEach
  void serveSchemasOnLoopback() throws Exception {
    project = Files.createDirectories(dir.resolve("project"));
    server =
        LoopbackServer.start()
            .serve("/schemas/pet.yaml", "type: object\nproperties:\n  name: {$ref: 'name.yaml'}\n")
            .serve("/schemas/name.yaml", "type: string\n");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String url(String path) {
    return server.url(path);
  }

  private Path spec(String ref) throws Exception {
    return Files.writeString(
        project.resolve("api.yaml"),
        "openapi: 3.0.3\n" + "components:\n  schemas:\n    Pet: {$ref: '" + ref + "'}\n");
  }

  @Test
  void aRemoteReferenceIsRefusedWithoutARequest() throws Exception {
    SpecSources sources = SpecSources.read(spec(url("/pet.yaml")), RefPolicy.strict());

    assertEquals(0, server.requests(), "the server saw a request");
    Problem refusal = sources.refusals().get(0);
    assertEquals(1, sources.refusals().size());
    assertTrue(refusal.isError());
    assertEquals("api.yaml", refusal.location().file());
    assertEquals("/components/schemas/Pet", refusal.location().pointer());
    assertEquals(Optional.of(4), refusal.line());
    assertTrue(
        refusal
            .message()
            .contains("'" + url("/pet.yaml") + "' would be fetched from " + "the network"),
        refusal.message());
    assertTrue(refusal.hint().contains("--allow-remote-refs"), refusal.hint());
    assertTrue(refusal.hint().contains("<allowRemoteRefs>true</allowRemoteRefs>"));
  }

  @Test
  void anAllowedRemoteReferenceIsFetchedWithWhatItReferences() throws Exception {
    SpecSources sources =
        SpecSources.read(spec(url("/schemas/pet.yaml#/")), new RefPolicy(true, List.of()));

    assertEquals(List.of(), sources.refusals());
    assertEquals(
        List.of(
            project.resolve("api.yaml").toUri(),
            URI.create(url("/schemas/pet.yaml")),
            URI.create(url("/schemas/name.yaml"))),
        sources.sources().stream().map(SpecSources.Source::uri).toList());
    assertEquals(
        "type: string\n",
        new String(sources.sources().get(2).content().orElseThrow(), StandardCharsets.UTF_8));
    assertEquals(2, server.requests());
  }

  @Test
  void aFileOutsideTheSpecsFolderIsRefusedUnlessItsFolderIsAllowed() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("app-config.yaml"), "password: hunter2\n");
    Problem refusal =
        SpecSources.read(spec("../outside/app-config.yaml"), RefPolicy.strict()).refusals().get(0);
    assertTrue(
        refusal
            .message()
            .contains(
                "'../outside/app-config.yaml' reads "
                    + outside.toRealPath().resolve("app-config.yaml")
                    + ", outside the spec's folder"),
        refusal.message());
    assertTrue(refusal.hint().contains("--allow-ref-dir " + outside.toRealPath()), refusal.hint());

    assertEquals(
        1,
        SpecSources.read(spec("..%2Foutside%2Fapp-config.yaml"), RefPolicy.strict())
            .refusals()
            .size(),
        "percent-encoded");

    SpecSources allowed =
        SpecSources.read(
            spec("../outside/app-config.yaml"), new RefPolicy(false, List.of(outside)));
    assertEquals(List.of(), allowed.refusals());
    assertEquals(2, allowed.sources().size());
  }

  @Test
  void aLinkInTheSpecsFolderDoesNotLeadOut() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.yaml"), "password: hunter2\n");
    Files.createSymbolicLink(project.resolve("linked"), outside);

    SpecSources sources = SpecSources.read(spec("linked/secret.yaml"), RefPolicy.strict());

    assertEquals(1, sources.refusals().size(), sources.refusals().toString());
    assertEquals(1, sources.sources().size(), "only the spec was read");
  }

  @Test
  void filesInTheSpecsFolderAndOtherSchemes() throws Exception {
    Files.createDirectories(project.resolve("schemas"));
    Files.writeString(project.resolve("schemas/pet.yaml"), "type: object\n");
    SpecSources sources = SpecSources.read(spec("schemas/pet.yaml#/"), RefPolicy.strict());
    assertEquals(List.of(), sources.refusals());
    assertEquals("pet.yaml", sources.sources().get(1).name());

    Problem refusal =
        SpecSources.read(spec("jar:file:/x.jar!/pet.yaml"), new RefPolicy(true, List.of()))
            .refusals()
            .get(0);
    assertTrue(
        refusal.message().contains("uses jar:, which seamgen does not read"), refusal.message());
  }

  @Test
  void aReferencedDocumentWhoseAliasesBlowUpIsRefused() throws Exception {
    StringBuilder lol = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    String previous = "a";
    for (String name : List.of("b", "c", "d", "e", "f", "g", "h")) {
      lol.append(name)
          .append(": &")
          .append(name)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, "*" + previous)))
          .append("]\n");
      previous = name;
    }
    Files.writeString(project.resolve("lol.yaml"), lol);

    List<Problem> refusals = SpecSources.read(spec("lol.yaml#/h"), RefPolicy.strict()).refusals();

    assertEquals(1, refusals.size(), refusals.toString());
    assertEquals("lol.yaml", refusals.get(0).location().file());
    assertTrue(refusals.get(0).message().startsWith("YAML aliases expand this document"));
  }

  @Test
  void onlyDocumentsThatMayReferToOthersAreParsedForTheirRefs() {
    assertFalse(
        SpecSources.mayReferToOtherDocuments(
            "a: {$ref: '#/components/schemas/a'}\n"
                + "b:\n  \"$ref\": \"#/x\"\nc:\n  $ref:   '#/y'"));
    assertTrue(SpecSources.mayReferToOtherDocuments("a: {$ref: '#/a'}\nb: {$ref: 'b.yaml#/b'}"));
    assertTrue(SpecSources.mayReferToOtherDocuments("a:\n  \"$ref\": \"common.json\""));
    assertFalse(SpecSources.mayReferToOtherDocuments("no references at all"));
  }
}
