package com.example.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.example.styles.Styles;
import com.example.styles.model.Color;
import com.example.styles.model.Ok;
import com.example.styles.model.Shade;
import com.example.styles.model.Word;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every parameter style in every place, with and without explode, sent by the generated client
 * to Prism. The spec pins each value with an enum (the style examples' {@code blue}, {@code
 * [blue, black, brown]} and {@code {R: 100, G: 200, B: 150}}, and a word full of characters
 * that need percent-encoding), so Prism accepts a request only when every value was written
 * and encoded as the style says and decodes back exactly.
 */
class StylesPrismTest {
  private static final Word WORD = Word.BLUE;
  private static final Word AWKWARD = Word.A_B_C_D_E_F_G_H_I_J_K_L;
  private static final List<Shade> WORDS = List.of(Shade.BLUE, Shade.BLACK, Shade.BROWN);
  private static final Color COLOR = Color.builder().r(100).g(200).b(150).build();

  private static PrismServer prism;
  private static Styles styles;

  @BeforeAll
  static void startPrism() throws Exception {
    prism = PrismServer.mock(Path.of(System.getProperty("styles.spec")));
    styles = Styles.builder().endpoint(prism.url()).maxRetries(0).build();
  }

  @AfterAll
  static void stopPrism() {
    prism.close();
  }

  @AfterEach
  void prismFoundNoViolation() {
    assertEquals(List.of(), prism.violations(), prism::log);
  }

  /** Prism answers a request that breaks the spec with an error status: an ApiException. */
  private static void accepted(Supplier<Ok> call) {
    assertNotNull(call.get(), "the answer decodes");
  }

  @Test
  void pathStyles() {
    for (Word word : List.of(WORD, AWKWARD)) {
      accepted(() -> styles.path().pathSimple(r -> r.word(word).words(WORDS).color(COLOR)));
      accepted(() -> styles.path().pathSimpleExploded(r -> r.word(word).words(WORDS)
          .color(COLOR)));
      accepted(() -> styles.path().pathLabel(r -> r.word(word).words(WORDS).color(COLOR)));
      accepted(() -> styles.path().pathLabelExploded(r -> r.word(word).words(WORDS)
          .color(COLOR)));
      accepted(() -> styles.path().pathMatrix(r -> r.word(word).words(WORDS).color(COLOR)));
      accepted(() -> styles.path().pathMatrixExploded(r -> r.word(word).words(WORDS)
          .color(COLOR)));
    }
  }

  @Test
  void queryStyles() {
    for (Word word : List.of(WORD, AWKWARD)) {
      accepted(() -> styles.query().queryForm(r -> r.word(word).words(WORDS).color(COLOR)));
      accepted(() -> styles.query().queryFormNotExploded(r -> r.word(word).words(WORDS)
          .color(COLOR)));
      accepted(() -> styles.query().queryAllowReserved(r -> r.word(word)));
    }
    accepted(() -> styles.query().querySpaceDelimited(r -> r.words(WORDS).color(COLOR)));
    accepted(() -> styles.query().queryPipeDelimited(r -> r.words(WORDS).color(COLOR)));
    accepted(() -> styles.query().queryDeepObject(r -> r.color(COLOR)));
  }

  @Test
  void optionalQueryParametersLeftUnsetAreNotSent() {
    accepted(() -> styles.query().queryOptional());
    accepted(() -> styles.query().queryOptional(r -> r.words(WORDS)));
  }

  @Test
  void headerStyles() {
    accepted(() -> styles.headers().headers(r -> r.xWord(WORD).xWords(WORDS).xColor(COLOR)));
    accepted(() -> styles.headers().headersExploded(r -> r.xWord(WORD).xWords(WORDS)
        .xColor(COLOR)));
  }

  @Test
  void cookieStyles() {
    accepted(() -> styles.cookies().cookies(r -> r.word(WORD).words(WORDS)));
    accepted(() -> styles.cookies().cookiesNotExploded(r -> r.word(WORD).words(WORDS)
        .color(COLOR)));
  }
}
