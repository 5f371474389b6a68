package dev.seamgen.runtime.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.json.ObjectMappers;

/**
 * The Jackson mapper generated SDKs read and write JSON with, configured as {@link ObjectMappers}
 * says; for tests and tools that handle a generated model's JSON themselves.
 */
public final class Json {
  private Json() {}

  /** The shared mapper; thread-safe, configured once. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return ObjectMappers.shared();
  }
}
