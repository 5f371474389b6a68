package dev.seamgen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  @TempDir Path run;

  @Test
  void writesEveryTableWithMediansRatiosTargetsAndThePlot() throws Exception {
    Files.writeString(
        run.resolve("race.csv"),
        GenerationRace.CSV_HEADER
            + "seamgen,seam-complete.json,1,2.00,100000,0,1400\n"
            + "openapi-generator,seam-complete.json,1,12.00,600000,0,3900\n"
            + "seamgen,seam-complete.json,2,3.00,120000,0,1400\n"
            + "openapi-generator,seam-complete.json,2,14.00,500000,0,3900\n"
            + "seamgen,seam-complete.json,3,9.00,400000,0,1400\n"
            + "openapi-generator,seam-complete.json,3,13.00,550000,0,3900\n"
            + "seamgen,github.json,1,4.00,300000,1,0\n"
            + "openapi-generator,github.json,1,18.00,1000000,0,5000\n"
            + "seamgen-launcher,seam-complete.json,1,1.50,90000,0,1400\n");
    Files.writeString(
        run.resolve("floor.csv"),
        LibraryFloor.CSV_HEADER
            + "swagger-parser,seam-complete.json,1,1.50,140000,\n"
            + "javapoet,seam-complete.json,1,1.20,,800\n"
            + "swagger-parser,seam-complete.json,2,1.70,150000,\n"
            + "javapoet,seam-complete.json,2,1.40,,820\n");
    Files.writeString(
        run.resolve("maven.csv"),
        "tool,spec,round,goal_ms,build_seconds,max_rss_kb,exit_code\n"
            + "seamgen,seam-complete.json,1,4000,5.0,400000,0\n"
            + "openapi-generator,seam-complete.json,1,12000,13.0,500000,0\n");
    Files.writeString(
        run.resolve("scaling-sizes.csv"),
        "spec,divisor,paths,operations,schemas,bytes\n"
            + "s-1of4.json,4,10,100,20,1000000\n"
            + "s-1of2.json,2,20,200,30,2000000\n"
            + "s-1of1.json,1,40,400,40,4000000\n");
    Files.writeString(
        run.resolve("scaling.csv"),
        GenerationRace.CSV_HEADER
            + "seamgen,s-1of4.json,1,1.00,100000,0,10\n"
            + "openapi-generator,s-1of4.json,1,2.00,200000,0,10\n"
            + "seamgen,s-1of2.json,1,2.00,200000,0,10\n"
            + "openapi-generator,s-1of2.json,1,8.00,400000,0,10\n"
            + "seamgen,s-1of1.json,1,4.00,400000,0,10\n"
            + "openapi-generator,s-1of1.json,1,32.00,800000,0,10\n");
    Files.writeString(
        run.resolve("code.csv"),
        "tool,spec,java_files,java_lines,run,javac_seconds,javac_exit,errors,class_files,"
            + "class_bytes\n"
            + "seamgen,github.json,0,0,0,,,,,\n"
            + "openapi-generator,github.json,4000,900000,1,60.0,1,12,0,0\n");
    Files.writeString(
        run.resolve("uptodate.csv"), "run,state,goal_ms\n0,generated,900\n1,up-to-date,40\n");
    Files.writeString(run.resolve("jmh.json"), "[]");
    Path md = run.resolve("results.md");
    Path png = run.resolve("scaling.png");

    Report.main(
        new String[] {run.toString(), md.toString(), png.toString(), "7.25.0", "quick (--quick)"});

    String text = Files.readString(md);
    assertTrue(text.startsWith("<!-- Written by bench/run; do not edit. -->\nRun quick"), text);
    assertTrue(
        text.contains(
            "| `seam-complete.json` | 3.00 s | 13.00 s | 0.23 (4.3x faster) | 117 MB | 537 MB"
                + " | 0.22 | 1400 / 3900 | 5x faster: **missed**; half the memory: met |"),
        text);
    assertTrue(
        text.contains(
            "| `github.json` | fails (exit 1) | 18.00 s |  |  | 977 MB |  | 0 / 5000 |"
                + " **missed**: seamgen fails |"),
        text);
    assertTrue(
        text.contains("| `seam-complete.json` | 1.50 s | 88 MB | 0.12 (8.7x faster) |"), text);
    assertTrue(
        text.contains(
            "| `seam-complete.json` | 2.60 s | 1.60 s | 1.30 s | 2.90 s (over the budget) | 3.00 s"
                + " | 269 MB | 142 MB | 810 MB |"),
        text);
    assertTrue(
        text.contains(
            "| `seam-complete.json` | 4.00 s | 12.00 s | 0.33 (3.0x faster) | 391 MB | 488 MB"),
        text);
    assertTrue(text.contains("time 1.00 for seamgen, 2.00 for openapi-generator"), text);
    assertTrue(text.contains("(wall time, median of 1)"), text);
    assertTrue(text.contains("| `github.json` | seamgen | generation failed |"), text);
    assertTrue(
        text.contains("| 4,000 | 900,000 | 60.0 s | none | none | **no**: 12 errors |"), text);
    assertTrue(text.contains("| 900 ms | 40 ms | under 50 ms: met |"), text);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1040, image.getWidth());
    assertEquals(420, image.getHeight());
  }
}
