package dev.seamgen.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.generator.ir.ApiModel;
import dev.seamgen.generator.ir.Body;
import dev.seamgen.generator.ir.Operation;
import dev.seamgen.generator.ir.Property;
import dev.seamgen.generator.ir.TypeRef;
import dev.seamgen.generator.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request bodies whose oneOf or anyOf alternatives are not all objects (bodies.yaml). */
class OneOfBodyTranslatorTest {
  private final List<Problem> warnings = new ArrayList<>();
  private ApiModel model;

  @BeforeEach
  void read() throws Exception {
    model = SpecReader.read(Path.of("src/test/resources/specs/bodies.yaml"), warnings::add);
  }

  private Operation operation(String name) {
    return model.resources().stream()
        .flatMap(r -> r.operations().stream())
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " left out: " + warnings));
  }

  private static List<String> members(Operation operation) {
    return operation.request().bodyProperties().stream().map(Property::javaName).toList();
  }

  private String warningAbout(String path) {
    return warnings.stream()
        .filter(w -> w.location().pointer().contains(path))
        .map(Problem::message)
        .findFirst()
        .orElse("");
  }

  @Test
  void everyOperationIsGenerated() {
    assertEquals(List.of(), model.leftOut());
    assertEquals(11, model.resources().stream().mapToInt(r -> r.operations().size()).sum());
  }

  @Test
  void alternativesThatOnlyRequireAPropertyAreCheckedForExactlyOne() {
    Operation campaign = operation("createCampaign");
    assertEquals(List.of("name", "codeScanningAlerts", "secretScanningAlerts"), members(campaign));
    assertEquals(
        List.of("codeScanningAlerts", "secretScanningAlerts"), campaign.request().exactlyOneOf());
    assertTrue(campaign.request().bodyProperties().get(0).required());
  }

  @Test
  void anAnyOfOfRequirementsIsNotCheckedAsExactlyOneButSaysAtLeastOne() {
    Operation alert = operation("updateAlert");
    assertEquals(List.of("state", "assigneeLogin"), members(alert));
    assertEquals(List.of(), alert.request().exactlyOneOf());
    assertTrue(
        warningAbout("~1alerts~1").contains("at least one of state, assignee_login,"),
        warnings.toString());
  }

  @Test
  void aNestedOneOfGivesItsAlternativesPropertiesToo() {
    assertEquals(
        List.of("scheduleMeeting", "security", "meetingSecurity", "inMeeting"),
        members(operation("updateSettings")));
  }

  @Test
  void anObjectOrAListOfThemIsOneBodyOfAnyJsonNamingBoth() {
    Body.JsonValue body =
        assertInstanceOf(
            Body.JsonValue.class, operation("createEnv").request().body().orElseThrow());
    assertEquals(new TypeRef.AnyOf(List.of()), body.value().type());
    assertTrue(body.value().required());
    assertEquals(
        "One variable, or several.\n\n"
            + "The body is one of: `EnvVariable`; a list of `EnvVariable`. It is sent as JSON as "
            + "given.",
        body.value().description());
    assertTrue(warningAbout("~1env").contains("not all objects"), warnings.toString());
  }

  @Test
  void everyKindOfAlternativeIsNamedAndInlineObjectsBecomeModels() {
    Body.JsonValue body =
        assertInstanceOf(
            Body.JsonValue.class, operation("addLabels").request().body().orElseThrow());
    assertTrue(
        body.value()
            .description()
            .contains("`LabelsAddLabelsRequestBody`; a list of strings; a string"),
        body.value().description());
    assertTrue(model.types().stream().anyMatch(t -> t.name().equals("LabelsAddLabelsRequestBody")));
  }

  @Test
  void aNullAlternativeIsDropped() {
    Body.JsonValue limit =
        assertInstanceOf(
            Body.JsonValue.class, operation("setLimit").request().body().orElseThrow());
    assertEquals(
        new TypeRef.AnyOf(List.of(TypeRef.Kind.INT32, TypeRef.Kind.STRING)), limit.value().type());
    Operation note = operation("setNote");
    assertEquals(List.of("text"), members(note));
    assertTrue(note.request().bodyProperties().get(0).required());
  }
}
