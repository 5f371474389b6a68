package dev.seamgen.generator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class GeneratorConfigTest {
  private static final SettingNames OPTIONS =
      setting -> "--" + setting.name().toLowerCase(Locale.ROOT);

  @TempDir Path folder;

  private GeneratorConfig.Builder builder() {
    return GeneratorConfig.builder()
        .spec(folder.resolve("api.yaml"))
        .outputDirectory(folder.resolve("out"))
        .packageName("com.example");
  }

  @Test
  void aBadValueIsNamedAsTheJavaApiNamesItUnlessTheInterfaceSaysOtherwise() {
    assertEquals(
        "packageName 'com.example-sdk' is not a valid Java package name, such as com.example.sdk",
        refused(() -> builder().packageName("com.example-sdk").build()));
    assertEquals(
        "clientName 'a.Client' is not a valid Java class name",
        refused(() -> builder().clientName("a.Client").build()));
    Path missing = folder.resolve("missing");
    assertEquals(
        "templateDirectory " + missing + " is not a directory",
        refused(() -> builder().templateDirectory(missing).build()));
    assertEquals(
        "--allowed_ref_directory " + missing + " is not a directory",
        refused(() -> builder().allowRefDirectory(missing).settingNames(OPTIONS).build()));
    assertEquals(
        "--package_name 'not a package' is not a valid Java package name, such as "
            + "com.example.sdk",
        refused(() -> builder().packageName("not a package").settingNames(OPTIONS).build()));
  }

  @Test
  void buildNamesWhatIsNotSet() {
    assertEquals(
        "spec is not set: give the OpenAPI file to read",
        refused(() -> GeneratorConfig.builder().build()));
    assertEquals(
        "--package_name is not set",
        refused(
            () ->
                GeneratorConfig.builder()
                    .spec(folder.resolve("api.yaml"))
                    .outputDirectory(folder.resolve("out"))
                    .settingNames(OPTIONS)
                    .build()));
  }

  @Test
  void aReportInsideTheOutputNamesBothSettings() {
    Path report = folder.resolve("out/r.json");

    assertEquals(
        "--report_file "
            + report
            + " is inside --output_directory "
            + folder.resolve("out")
            + ": write it elsewhere, such as target/seamgen-report.json",
        refused(() -> builder().reportFile(report).settingNames(OPTIONS).build()));
  }

  @Test
  void optionalValuesMayBeLeftOut() {
    GeneratorConfig config =
        builder().clientName(null).templateDirectory(null).allowRefDirectory(folder).build();

    assertEquals("com.example", config.packageName());
    assertTrue(config.clientName().isEmpty());
    assertTrue(config.templateDirectory().isEmpty());
    assertTrue(config.project().isEmpty());
  }

  @Test
  void theProjectAndTheNamesSurviveToBuilder() {
    MavenCoordinates project = MavenCoordinates.parse("com.example:sdk:1");
    GeneratorConfig config = builder().project(project).settingNames(OPTIONS).build();

    assertEquals(project, config.toBuilder().build().project().orElseThrow());
    assertEquals(OPTIONS, config.toBuilder().build().settingNames());
  }

  private static String refused(Executable call) {
    return assertThrows(IllegalArgumentException.class, call).getMessage();
  }
}
