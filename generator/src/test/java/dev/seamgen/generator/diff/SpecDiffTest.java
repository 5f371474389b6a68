package dev.seamgen.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.Generator;
import dev.seamgen.generator.diff.Changelog.Bump;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecDiffTest {
  @TempDir Path dir;

  private static final String BASE =
      """
      openapi: 3.0.3
      info: {title: Pets, version: '1'}
      paths:
        /pets/list:
          post:
            x-response-key: pets
            requestBody:
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      owner_id: {type: string}
                      limit: {type: integer}
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        pets: {type: array, items: {$ref: '#/components/schemas/pet'}}
        /pets/feed:
          post:
            responses: {'200': {description: OK}}
      components:
        schemas:
          pet:
            type: object
            required: [pet_id]
            properties:
              pet_id: {type: string}
              name: {type: string}
              weight: {type: integer}
          species: {type: string, enum: [cat, dog]}
          problem:
            oneOf:
              - {type: object, properties: {code: {type: string, enum: [hungry]}}}
              - {type: object, properties: {code: {type: string, enum: [lost]}}}
            discriminator: {propertyName: code}
      """;

  private Changelog diff(String after) throws Exception {
    Path old = Files.writeString(dir.resolve("old.yaml"), BASE);
    Path now = Files.writeString(dir.resolve("new.yaml"), after);
    return Generator.diff(old, now);
  }

  private static List<String> lines(List<Change> changes) {
    return changes.stream().map(Change::toString).collect(Collectors.toList());
  }

  @Test
  void theSameSpecHasNoChanges() throws Exception {
    Changelog changelog = diff(BASE);
    assertEquals(List.of(), changelog.changes());
    assertEquals(Bump.NONE, changelog.bump());
  }

  @Test
  void additionsAreCompatibleAndCallForAMinorBump() throws Exception {
    Changelog changelog =
        diff(
            BASE.replace(
                    "        weight: {type: integer}",
                    "        weight: {type: integer}\n        color: {type: string}")
                .replace("enum: [cat, dog]", "enum: [cat, dog, bird]")
                .replace(
                    "                limit: {type: integer}",
                    "                limit: {type: integer}\n"
                        + "                color: {type: string}")
                .replace(
                    "- {type: object, properties: {code: {type: string, enum: [lost]}}}",
                    "- {type: object, properties: {code: {type: string, enum: [lost]}}}\n"
                        + "        - {type: object, properties: {code: {type: string, enum: [sick]}}}"));

    assertEquals(List.of(), lines(changelog.breaking()));
    assertEquals(
        List.of(
            "PetsListRequest.color(): added optional request parameter",
            "Pet.color(): added property",
            "Species.BIRD: added enum value 'bird'",
            "Problem.Sick: added union variant 'sick'"),
        lines(changelog.compatible()));
    assertEquals(Bump.MINOR, changelog.bump());
  }

  @Test
  void removalsTypeChangesAndNewRequirementsAreBreaking() throws Exception {
    Changelog changelog =
        diff(
            BASE.replace("        name: {type: string}\n", "")
                .replace("        weight: {type: integer}", "        weight: {type: number}")
                .replace("enum: [cat, dog]", "enum: [cat]")
                .replace(
                    "              properties:\n                owner_id",
                    "              required: [owner_id]\n              properties:\n"
                        + "                owner_id")
                .replace(
                    "  /pets/feed:\n    post:\n      responses: {'200': " + "{description: OK}}\n",
                    "")
                .replace("required: [pet_id]", "required: []"));

    assertEquals(
        List.of(
            "PetsListRequest.ownerId(): became required",
            "PetsClient.feed(): operation removed",
            "Pet.petId(): no longer required: returns Optional<String>",
            "Pet.name(): property removed",
            "Pet.weight(): type changed from Integer to Double",
            "Species.DOG: enum value 'dog' removed"),
        lines(changelog.breaking()));
    assertEquals(Bump.MAJOR, changelog.bump());
    String text = changelog.format("old.yaml", "new.yaml");
    assertTrue(
        text.startsWith(
            "API changes from old.yaml to new.yaml: 6 breaking, 0 compatible; "
                + "calls for a major version bump\n"),
        text);
  }

  /** Two real published versions of Seam's document (npm @seamapi/types), as users meet them. */
  @Test
  void seamsPublishedSpecFrom1721To1977() throws Exception {
    Path specs = Path.of(System.getProperty("seamTypes.dir", "target/seam-types/specs"));
    Changelog changelog =
        Generator.diff(specs.resolve("1.721.0.json"), specs.resolve("1.977.0.json"));
    List<String> breaking = lines(changelog.breaking());
    List<String> compatible = lines(changelog.compatible());

    assertTrue(
        breaking.contains("SeamV1CustomersClient.pushData(): operation removed"),
        String.join("\n", breaking));
    for (String expected :
        List.of(
            "ConnectedAccount.timeZone(): added property",
            "ConnectedAccount.icalUrl(): added property",
            "AcceptedCapability.CAMERA: added enum value 'camera'",
            "ConnectedAccountError.DormakabaSitesDisconnected: added union variant "
                + "'dormakaba_sites_disconnected'",
            "ConnectedAccountsListRequest.spaceId(): added optional request parameter",
            "ConnectedAccountsUpdateRequest.displayName(): added optional request parameter")) {
      assertTrue(compatible.contains(expected), expected);
    }
    assertTrue(
        breaking.stream().noneMatch(c -> c.startsWith("ConnectedAccount.")),
        "nothing of ConnectedAccount broke:\n" + String.join("\n", breaking));
    assertEquals(Bump.MAJOR, changelog.bump());
  }
}
