package dev.seamgen.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  @TempDir Path root;

  @Test
  void unchangedFilesKeepTheirTimestamps() throws Exception {
    OutputWriter writer = new OutputWriter(root);
    writer.write(List.of(new GeneratedFile("a/A.java", "class A {}"),
        new GeneratedFile("a/B.java", "class B {}")));
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(root.resolve("a/A.java"), old);
    Files.setLastModifiedTime(root.resolve("a/B.java"), old);

    OutputWriter.WriteResult result = writer.write(List.of(
        new GeneratedFile("a/A.java", "class A {}"),
        new GeneratedFile("a/B.java", "class B { int x; }")));

    assertEquals(1, result.written());
    assertEquals(1, result.unchanged());
    assertEquals(old, Files.getLastModifiedTime(root.resolve("a/A.java")));
    assertEquals("class B { int x; }", Files.readString(root.resolve("a/B.java")));
  }

  @Test
  void filesNoLongerGeneratedAreDeletedWithTheirEmptyFolders() throws Exception {
    OutputWriter writer = new OutputWriter(root);
    writer.write(List.of(new GeneratedFile("a/A.java", "A"),
        new GeneratedFile("gone/Old.java", "Old")));
    Files.writeString(root.resolve("a/mine.txt"), "not generated");

    OutputWriter.WriteResult result = writer.write(List.of(new GeneratedFile("a/A.java", "A")));

    assertEquals(List.of("gone/Old.java"), result.deleted());
    assertFalse(Files.exists(root.resolve("gone")));
    assertTrue(Files.exists(root.resolve("a/mine.txt")), "files seamgen did not write stay");
  }

  @Test
  void refusesPathsOutsideTheFolderBeforeWritingAnything() throws Exception {
    OutputWriter writer = new OutputWriter(root.resolve("out"));
    assertThrows(IllegalArgumentException.class, () -> writer.write(List.of(
        new GeneratedFile("ok/A.java", "A"),
        new GeneratedFile("../escape.txt", "x"))));
    assertFalse(Files.exists(root.resolve("out/ok/A.java")));
    assertFalse(Files.exists(root.resolve("escape.txt")));
  }

  @Test
  void aTamperedManifestCannotDeleteOutsideTheFolder() throws Exception {
    Path out = root.resolve("out");
    Files.createDirectories(out);
    Path victim = Files.writeString(root.resolve("victim.txt"), "keep me");
    Files.writeString(out.resolve(OutputWriter.MANIFEST), "../victim.txt\n");
    new OutputWriter(out).write(List.of(new GeneratedFile("A.java", "A")));
    assertTrue(Files.exists(victim));
  }
}
