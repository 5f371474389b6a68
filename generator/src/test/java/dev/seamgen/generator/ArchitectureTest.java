package dev.seamgen.generator;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The generator's package rules, checked on its main classes in every build: the phases are
 * packages, and their arrows go one way (cli → Generator → read → ir ← emit).
 */
@AnalyzeClasses(
    packages = "dev.seamgen.generator",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ROOT = "dev.seamgen.generator";

  /** Each package is one slice, so a cycle is two packages that import each other. */
  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
          return "packages";
        }
      };

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices()
          .assignedFrom(PACKAGES)
          .should()
          .beFreeOfCycles()
          .because(
              "a package that imports one which imports it back cannot be understood or changed"
                  + " alone; move the shared type down into the package both need (ir, problem,"
                  + " config), or turn the back edge into an interface the lower package owns");

  @ArchTest
  static final ArchRule readNeverReachesEmit =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".read..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + ".emit..")
          .because(
              "reading ends at the IR and emitting starts from it; what read wants from emit"
                  + " (a name, a rule) belongs in naming or in the IR itself");

  @ArchTest
  static final ArchRule writingNeverReachesReadingOrEmitting =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".write..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT + ".read..", ROOT + ".emit..")
          .because(
              "the writer takes finished files (GeneratedFile) and owns only the output folder;"
                  + " text it needs made safe for a header is the writer's own concern");

  @ArchTest
  static final ArchRule irDependsOnNothingElseOfTheGenerator =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".ir..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".ir.."))))
          .because(
              "the IR is the immutable model every phase shares; give it the value it needs as a"
                  + " record of its own inside ir rather than importing a phase");

  @ArchTest
  static final ArchRule onlyTheCommandLineUsesTheFacade =
      noClasses()
          .that()
          .resideOutsideOfPackages(ROOT, ROOT + ".cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT)
          .because(
              "Generator sits on top and calls the phases, so a phase that calls it back makes a"
                  + " loop; move what the phase wants out of the root package (into config,"
                  + " problem or the phase's own package)");

  @ArchTest
  static final ArchRule onlyReadSeesSwaggerParser =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".read..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.swagger..")
          .because(
              "read turns Swagger Parser's model into the IR and every later phase sees only the"
                  + " IR; translate what is missing into an ir record in read");
}
