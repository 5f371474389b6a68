package dev.seamgen.generator.write;

import java.io.IOException;

/**
 * The writer would have written or deleted something that is not seamgen's to touch: a file it did
 * not write, a path through a link out of the output folder, or a folder that holds a project, a
 * home or the whole file system. Nothing was written. The message says what and what to do.
 */
public final class OutputRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  OutputRefusedException(String message) {
    super(message);
  }
}
