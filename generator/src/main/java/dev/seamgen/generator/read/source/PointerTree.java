package dev.seamgen.generator.read.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The JSON pointers of one document as a tree of numbered nodes, each with the line and column
 * where it is written. A large spec has hundreds of thousands of pointers; as strings in a map they
 * were most of what reading kept in memory (54 MB for GitHub's spec), and building them most of
 * what the line map allocated. Here a node costs a few array slots, and its field name is the
 * string the parser already made.
 */
final class PointerTree {
  static final int ROOT = 0;
  static final int NONE = -1;

  private int size;
  private int[] parents = new int[1024];

  /** A field's name; null for an element of an array. */
  private String[] names = new String[1024];

  /** An array element's index. */
  private int[] indexes = new int[1024];

  private int[] lines = new int[1024];
  private int[] columns = new int[1024];

  /** Open addressing by (parent, name or index): a node's number plus one, 0 for a free slot. */
  private int[] slots = new int[2048];

  /** A tree with only the document's root, written at {@code line} and {@code column}. */
  PointerTree(int line, int column) {
    add(NONE, null, 0, line, column);
  }

  /** The node of field {@code name} in object {@code parent}; the first one written is kept. */
  int field(int parent, String name, int line, int column) {
    int found = find(parent, name, 0);
    return found != NONE ? found : add(parent, name, 0, line, column);
  }

  /** The node of element {@code index} in array {@code parent}. */
  int element(int parent, int index, int line, int column) {
    int found = find(parent, null, index);
    return found != NONE ? found : add(parent, null, index, line, column);
  }

  int line(int node) {
    return lines[node];
  }

  int column(int node) {
    return columns[node];
  }

  /** The node {@code pointer} (as written in a document: {@code /a/b~1c}) names, or NONE. */
  int node(String pointer) {
    return walk(pointer, true);
  }

  /**
   * The node {@code pointer} names or, when the document has no value there, its nearest ancestor.
   */
  int nearest(String pointer) {
    return walk(pointer, false);
  }

  private int walk(String pointer, boolean exact) {
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      return NONE;
    }
    int node = ROOT;
    for (String token : SchemaPositions.split(pointer)) {
      int child = find(node, token, 0);
      // Nine digits at most: an index, not a number past int.
      if (child == NONE && token.length() <= 9 && SchemaPositions.isIndex(token)) {
        child = find(node, null, Integer.parseInt(token));
      }
      if (child == NONE) {
        return exact ? NONE : node;
      }
      node = child;
    }
    return node;
  }

  /** The pointer of {@code node}, escaped as written in a document. */
  String pointer(int node) {
    List<String> tokens = new ArrayList<>();
    for (int at = node; at != ROOT; at = parents[at]) {
      tokens.add(names[at] != null ? names[at] : Integer.toString(indexes[at]));
    }
    Collections.reverse(tokens);
    return SchemaPositions.pointer(tokens);
  }

  private int find(int parent, String name, int index) {
    int mask = slots.length - 1;
    for (int slot = hash(parent, name, index) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int node = slots[slot] - 1;
      if (parents[node] == parent
          && (name != null ? name.equals(names[node]) : names[node] == null)
          && (name != null || indexes[node] == index)) {
        return node;
      }
    }
    return NONE;
  }

  private int add(int parent, String name, int index, int line, int column) {
    if (size == parents.length) {
      int capacity = size * 2;
      parents = Arrays.copyOf(parents, capacity);
      names = Arrays.copyOf(names, capacity);
      indexes = Arrays.copyOf(indexes, capacity);
      lines = Arrays.copyOf(lines, capacity);
      columns = Arrays.copyOf(columns, capacity);
    }
    int node = size++;
    parents[node] = parent;
    names[node] = name;
    indexes[node] = index;
    lines[node] = line;
    columns[node] = column;
    if (size * 2 > slots.length) {
      rehash();
    } else if (parent != NONE) {
      insert(node);
    }
    return node;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    for (int node = ROOT + 1; node < size; node++) {
      insert(node);
    }
  }

  private void insert(int node) {
    int mask = slots.length - 1;
    int slot = hash(parents[node], names[node], indexes[node]) & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = node + 1;
  }

  private static int hash(int parent, String name, int index) {
    int h = parent * 0x9E3779B9 + (name != null ? name.hashCode() : index * 0x85EBCA6B + 1);
    return h ^ (h >>> 16);
  }
}
