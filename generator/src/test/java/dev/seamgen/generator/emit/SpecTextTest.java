package dev.seamgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpecTextTest {
  @Test
  void javadocLeavesNothingThatEndsTheCommentOrIsAUnicodeEscape() {
    String text = SpecText.javadoc("a */ b \\u002a/ c <script> {@code d} @param e");
    assertEquals("a *&#47; b &#92;u002a/ c &lt;script&gt; {&#64;code d} &#64;param e", text);
  }

  @Test
  void codeUsesTheInlineTagOnlyForTextThatReadsTheSameInsideIt() {
    assertEquals("{@code connected_account_id}", SpecText.code("connected_account_id"));
    assertEquals("{@code say \"hi\"}", SpecText.code("say \"hi\""));
    assertEquals("<code>ends *&#47; here</code>", SpecText.code("ends */ here"));
    assertEquals("<code>&#92;u002a/</code>", SpecText.code("\\u002a/"));
    assertEquals("<code>}</code>", SpecText.code("}"));
    assertEquals("<code>&lt;b&gt;</code>", SpecText.code("<b>"));
    assertEquals("<code></code>", SpecText.code(""));
  }
}
