package dev.seamgen.corpus;

import java.nio.file.Path;

/**
 * What a generator did with one spec.
 *
 * @param status {@code generated}, {@code refused}, {@code crashed} or {@code timeout}
 * @param operations operations in the generated code (0 unless generated)
 * @param message the first error line; empty when generated
 * @param sources the Java source root to compile (meaningful only when generated)
 * @param seconds wall time of the generation
 */
record Generation(String status, int operations, String message, Path sources, double seconds) {
  boolean generated() {
    return status.equals("generated");
  }
}
