package dev.seamgen.generator.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NamingTest {

  @Test
  void snakeCaseBecomesJavaNames() {
    assertEquals("ConnectedAccount", Naming.typeName("connected_account"));
    assertEquals("connectedAccountId", Naming.memberName("connected_account_id"));
    assertEquals("NOISE_SENSOR", Naming.constantName("noise_sensor"));
    assertEquals("connectedaccounts", Naming.packageSegment("connected_accounts"));
  }

  @Test
  void camelCaseAndAcronymsSplitIntoWords() {
    assertEquals("ApiUrl", Naming.typeName("apiURL"));
    assertEquals("httpStatusCode", Naming.memberName("HTTPStatusCode"));
    assertEquals("SEAM_API_KEY", Naming.constantName("seamApiKey"));
    assertEquals("xSeamThing", Naming.memberName("x-seam-thing"));
  }

  @Test
  void keywordsAndLeadingDigitsAreMadeLegal() {
    assertEquals("default_", Naming.memberName("default"));
    assertEquals("class_", Naming.memberName("class"));
    assertEquals("_2fa", Naming.memberName("2fa"));
    assertEquals("_24H", Naming.constantName("24h"));
    assertEquals("_3d", Naming.typeName("3d").toLowerCase());
  }

  @Test
  void propertyNamesAvoidMembersEveryGeneratedClassHas() {
    assertEquals("builderValue", Naming.propertyName("builder"));
    assertEquals("hashCodeValue", Naming.propertyName("hash_code"));
    assertEquals("additionalPropertiesValue", Naming.propertyName("additional_properties"));
    assertEquals("message", Naming.propertyName("message"));
  }

  @Test
  void singularOfCommonPlurals() {
    assertEquals("accepted_capability", Naming.singular("accepted_capabilities"));
    assertEquals("site", Naming.singular("sites"));
    assertEquals("address", Naming.singular("addresses"));
    assertEquals("status", Naming.singular("status"));
    assertEquals("box", Naming.singular("boxes"));
  }

  @Test
  void uniqueNumbersCollisions() {
    Set<String> taken = Set.of("Site", "Site2");
    assertEquals("Site3", Naming.unique("Site", taken::contains));
    assertEquals("Other", Naming.unique("Other", taken::contains));
  }
}
