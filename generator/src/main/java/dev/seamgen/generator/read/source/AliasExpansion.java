package dev.seamgen.generator.read.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, token by token, how many values YAML aliases ({@code *name}) add to a document once
 * expanded. A few lines of anchors that refer to each other ("billion laughs") expand to billions
 * of values; Swagger Parser would take minutes and gigabytes to find out, so this stops at {@value
 * #MAX_ADDED} in a streaming pass that never expands anything.
 */
public final class AliasExpansion {
  /** More than any real spec's aliases add; a blown-up document reaches it at once. */
  static final long MAX_ADDED = 1_000_000;

  /** Values an anchored node holds, expanded, by anchor name. */
  private final Map<String, Long> sizes = new HashMap<>();

  /** For every open object or array: the anchor it defines, or "" for none. */
  private final Deque<String> containers = new ArrayDeque<>();

  /** Anchored nodes still open, with the values counted in them so far. */
  private final List<Anchored> open = new ArrayList<>();

  private long added;

  /** Thrown when aliases add more than {@link #MAX_ADDED} values. */
  public static final class TooManyAliasValues extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient JsonLocation location;

    TooManyAliasValues(JsonLocation location) {
      super("YAML aliases expand this document by more than " + MAX_ADDED + " values");
      this.location = location;
    }

    public JsonLocation location() {
      return location;
    }

    /** This refusal as an error in {@code file}, at the alias that went over the limit. */
    public Problem problem(Location file) {
      return Problem.error(
              file,
              getMessage(),
              "Write the values out or use $refs: anchors that multiply each other (billion"
                  + " laughs) are refused before they can use up memory")
          .at(location.getLineNr(), location.getColumnNr());
    }
  }

  private static final class Anchored {
    final String name;
    long size;

    Anchored(String name) {
      this.name = name;
    }
  }

  /** Reads the current {@code token} of {@code parser}; call it once for every token. */
  public void accept(JsonParser parser, JsonToken token) throws IOException {
    if (!(parser instanceof YAMLParser yaml)) {
      return;
    }
    if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      if (!containers.pop().isEmpty()) {
        Anchored done = open.remove(open.size() - 1);
        sizes.put(done.name, done.size);
      }
      return;
    }
    if (yaml.isCurrentAlias()) {
      long size = sizes.getOrDefault(yaml.getText(), 1L);
      added += size;
      count(size);
      if (added > MAX_ADDED) {
        throw new TooManyAliasValues(parser.currentTokenLocation());
      }
      return;
    }
    String anchor = token == JsonToken.FIELD_NAME ? null : yaml.getObjectId();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      containers.push(anchor == null ? "" : anchor);
      if (anchor != null) {
        open.add(new Anchored(anchor));
      }
    } else if (anchor != null) {
      sizes.put(anchor, 1L);
    }
    count(1);
  }

  private void count(long values) {
    for (Anchored anchored : open) {
      anchored.size += values;
    }
  }
}
