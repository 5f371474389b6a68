package dev.seamgen.generator.read.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PointerTreeTest {
  @Test
  void findsEveryPointerItWasGivenWithItsPosition() {
    PointerTree tree = new PointerTree(1, 1);
    int paths = tree.field(PointerTree.ROOT, "paths", 2, 1);
    int path = tree.field(paths, "/pets/{id}", 3, 3);
    int parameters = tree.field(path, "parameters", 4, 5);
    int first = tree.element(parameters, 0, 5, 7);
    int responses = tree.field(path, "responses", 6, 5);
    int ok = tree.field(responses, "200", 7, 7);

    assertEquals(first, tree.node("/paths/~1pets~1{id}/parameters/0"));
    assertEquals(ok, tree.node("/paths/~1pets~1{id}/responses/200"));
    assertEquals(PointerTree.ROOT, tree.node(""));
    assertEquals(5, tree.line(first));
    assertEquals(7, tree.column(first));
    assertEquals("/paths/~1pets~1{id}/parameters/0", tree.pointer(first));
  }

  @Test
  void aMissingPointerHasNoNodeAndItsNearestAncestorStandsIn() {
    PointerTree tree = new PointerTree(1, 1);
    int info = tree.field(PointerTree.ROOT, "info", 2, 1);
    tree.element(tree.field(PointerTree.ROOT, "tags", 3, 1), 0, 4, 3);

    assertEquals(PointerTree.NONE, tree.node("/info/title"));
    assertEquals(info, tree.nearest("/info/title/deeper"));
    assertEquals(PointerTree.NONE, tree.node("/tags/1"));
    assertEquals(PointerTree.NONE, tree.node("/tags/x"));
    assertEquals(PointerTree.NONE, tree.nearest("info"), "not a pointer");
  }

  @Test
  void aFieldNamedLikeAnIndexAndAnElementAreToldApart() {
    PointerTree tree = new PointerTree(1, 1);
    int object = tree.field(PointerTree.ROOT, "object", 2, 1);
    int named = tree.field(object, "0", 3, 3);
    int list = tree.field(PointerTree.ROOT, "list", 4, 1);
    int element = tree.element(list, 0, 5, 3);

    assertEquals(named, tree.node("/object/0"));
    assertEquals(element, tree.node("/list/0"));
    assertEquals("/object/0", tree.pointer(named));
  }

  @Test
  void theFirstOfTwoEqualKeysKeepsItsPosition() {
    PointerTree tree = new PointerTree(1, 1);
    int first = tree.field(PointerTree.ROOT, "title", 2, 1);
    assertEquals(first, tree.field(PointerTree.ROOT, "title", 9, 1));
    assertEquals(2, tree.line(tree.node("/title")));
  }

  @Test
  void holdsAsManyNodesAsALargeSpecHas() {
    PointerTree tree = new PointerTree(1, 1);
    int schemas = tree.field(PointerTree.ROOT, "schemas", 2, 1);
    for (int i = 0; i < 100_000; i++) {
      int schema = tree.field(schemas, "s" + i, i + 3, 3);
      tree.element(tree.field(schema, "required", i + 3, 5), i % 7, i + 3, 7);
    }
    int last = tree.node("/schemas/s99999/required/" + (99_999 % 7));
    assertEquals(100_002, tree.line(last));
    assertEquals(7, tree.column(last));
    assertEquals("/schemas/s99999/required/" + (99_999 % 7), tree.pointer(last));
  }
}
