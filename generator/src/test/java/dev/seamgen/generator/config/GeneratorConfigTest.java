package dev.seamgen.generator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GeneratorConfigTest {
  private static final SettingNames OPTIONS =
      setting -> "--" + setting.name().toLowerCase(Locale.ROOT);

  private static GeneratorConfig.Builder builder() {
    return GeneratorConfig.builder()
        .spec(Path.of("api.yaml"))
        .outputDirectory(Path.of("out"))
        .packageName("com.example");
  }

  @Test
  void errorsNameTheSettingAsTheInterfaceSpellsIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder().packageName("not a package").settingNames(OPTIONS).build());

    assertEquals(
        "--package_name 'not a package' is not a valid Java package name, such as "
            + "com.example.sdk",
        e.getMessage());
  }

  @Test
  void aReportInsideTheOutputNamesBothSettings() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder().reportFile(Path.of("out/r.json")).settingNames(OPTIONS).build());

    assertEquals(
        "--report_file out/r.json is inside --output_directory out: write it elsewhere, such as "
            + "target/seamgen-report.json",
        e.getMessage());
  }

  @Test
  void withoutNamesTheJavaApisAreUsed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder().clientName("a.B").build());

    assertEquals("clientName 'a.B' is not a valid Java class name", e.getMessage());
  }

  @Test
  void theProjectAndTheNamesSurviveToBuilder() {
    MavenCoordinates project = MavenCoordinates.parse("com.example:sdk:1");
    GeneratorConfig config = builder().project(project).settingNames(OPTIONS).build();

    assertEquals(project, config.toBuilder().build().project().orElseThrow());
    assertEquals(OPTIONS, config.toBuilder().build().settingNames());
  }
}
