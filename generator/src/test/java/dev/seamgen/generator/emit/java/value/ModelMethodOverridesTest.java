package dev.seamgen.generator.emit.java.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelMethodOverridesTest {
  private static final ClassName PET = ClassName.get("p", "Pet");

  @Test
  void equalsComparesEveryMemberThroughThisAndThat() {
    // A member may be called other or that: both sides are qualified.
    assertEquals(
        """
        @java.lang.Override
        public boolean equals(java.lang.Object other) {
          if (this == other) {
            return true;
          }
          if (!(other instanceof p.Pet)) {
            return false;
          }
          p.Pet that = (p.Pet) other;
          return java.util.Objects.equals(this.other, that.other)
                  && java.util.Objects.equals(this.that, that.that);
        }
        """,
        ModelMethodOverrides.equalsMethod(PET, List.of("other", "that")).toString());
  }

  @Test
  void equalsWithoutMembersIsTrueForAnyInstanceOfTheClass() {
    String equals = ModelMethodOverrides.equalsMethod(PET, List.of()).toString();
    assertEquals(
        List.of("  if (!(other instanceof p.Pet)) {", "    return false;", "  }", "  return true;"),
        equals.lines().skip(5).limit(4).toList());
  }

  @Test
  void hashCodeHashesEveryMember() {
    assertEquals(
        """
        @java.lang.Override
        public int hashCode() {
          return java.util.Objects.hash(petId, name);
        }
        """,
        ModelMethodOverrides.hashCodeMethod(List.of("petId", "name")).toString());
  }

  @Test
  void toStringNamesTheClassAndEachMember() {
    assertEquals(
        """
        @java.lang.Override
        public java.lang.String toString() {
          return "Pet{"
                  + "petId=" + petId
                  + ", name=" + name
                  + "}";
        }
        """,
        ModelMethodOverrides.toStringMethod(PET, List.of("petId", "name"), Set.of()).toString());
  }

  @Test
  void toStringShowsSecretsAsRedacted() {
    assertEquals(
        """
        @java.lang.Override
        public java.lang.String toString() {
          return "Account{"
                  + "authToken=[REDACTED]"
                  + ", name=" + name
                  + ", password=[REDACTED]"
                  + "}";
        }
        """,
        ModelMethodOverrides.toStringMethod(
                ClassName.get("p", "Account"),
                List.of("authToken", "name", "password"),
                Set.of("authToken", "password"))
            .toString());
  }
}
