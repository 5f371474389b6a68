package dev.seamgen.runtime.core.response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.function.Function;

/**
 * The {@code ObjectReader} of one type, set up once per mapper: the generated clients keep their
 * response and page readers as constants, so setting Jackson up on every call would be waste.
 */
public final class ReaderCache {
  private final Function<ObjectMapper, ObjectReader> setUp;
  private volatile Cached cached;

  /** A mapper and the reader set up for it, swapped as one so no reader meets another mapper. */
  private static final class Cached {
    final ObjectMapper mapper;
    final ObjectReader reader;

    Cached(ObjectMapper mapper, ObjectReader reader) {
      this.mapper = mapper;
      this.reader = reader;
    }
  }

  public ReaderCache(Function<ObjectMapper, ObjectReader> setUp) {
    this.setUp = setUp;
  }

  public ObjectReader get(ObjectMapper mapper) {
    Cached current = cached;
    if (current == null || current.mapper != mapper) {
      current = new Cached(mapper, setUp.apply(mapper));
      cached = current;
    }
    return current.reader;
  }
}
