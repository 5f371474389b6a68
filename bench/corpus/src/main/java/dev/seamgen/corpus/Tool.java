package dev.seamgen.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** One generator, used by one worker thread at a time. */
interface Tool extends AutoCloseable {
  /** Generates {@code spec} into {@code output}, a folder that does not exist yet. */
  Generation generate(Path spec, Path output) throws IOException, InterruptedException;

  @Override
  void close();
}
