package com.example.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.example.styles.Styles;
import com.example.styles.model.Color;
import com.example.styles.model.Ok;
import com.example.styles.model.Shade;
import com.example.styles.model.Word;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every parameter style in every place, with and without explode, for a word, a list and an
 * object, sent by the generated client to Prism. {@code styles.yaml} pins each value with an
 * enum (the style examples' {@code blue}, {@code [blue, black, brown]} and {@code {R: 100, G:
 * 200, B: 150}}, and a word full of characters that need percent-encoding), so Prism accepts a
 * request only when every value was written and encoded as its style says and decodes back
 * exactly. The few cells Prism cannot read are left out of the spec, which names them; the
 * runtime's {@code ParameterStyleTest} pins their bytes.
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
  private static void accepted(Ok answer) {
    assertNotNull(answer, "the answer decodes");
  }

  @Test
  void pathStyles() {
    assertAll(
        () -> accepted(styles.path().pathSimpleWord(r -> r.value(WORD))),
        () -> accepted(styles.path().pathSimpleWord(r -> r.value(AWKWARD))),
        () -> accepted(styles.path().pathSimpleWordExploded(r -> r.value(WORD))),
        () -> accepted(styles.path().pathSimpleWordExploded(r -> r.value(AWKWARD))),
        () -> accepted(styles.path().pathLabelWord(r -> r.value(WORD))),
        () -> accepted(styles.path().pathLabelWord(r -> r.value(AWKWARD))),
        () -> accepted(styles.path().pathLabelWordExploded(r -> r.value(WORD))),
        () -> accepted(styles.path().pathLabelWordExploded(r -> r.value(AWKWARD))),
        () -> accepted(styles.path().pathLabelWordsExploded(r -> r.value(WORDS))),
        () -> accepted(styles.path().pathMatrixWord(r -> r.value(WORD))),
        () -> accepted(styles.path().pathMatrixWord(r -> r.value(AWKWARD))),
        () -> accepted(styles.path().pathMatrixWordExploded(r -> r.value(WORD))),
        () -> accepted(styles.path().pathMatrixWordExploded(r -> r.value(AWKWARD))),
        () -> accepted(styles.path().pathMatrixWordsExploded(r -> r.value(WORDS))),
        () -> accepted(styles.path().pathMatrixColorExploded(r -> r.value(COLOR))));
  }

  @Test
  void queryStyles() {
    assertAll(
        () -> accepted(styles.query().queryFormWord(r -> r.value(WORD))),
        () -> accepted(styles.query().queryFormWord(r -> r.value(AWKWARD))),
        () -> accepted(styles.query().queryFormWords(r -> r.value(WORDS))),
        () -> accepted(styles.query().queryFormColor(r -> r.value(COLOR))),
        () -> accepted(styles.query().queryFormWordExploded(r -> r.value(WORD))),
        () -> accepted(styles.query().queryFormWordExploded(r -> r.value(AWKWARD))),
        () -> accepted(styles.query().queryFormWordsExploded(r -> r.value(WORDS))),
        () -> accepted(styles.query().queryPipeDelimitedWords(r -> r.value(WORDS))));
  }

  @Test
  void headerStyles() {
    assertAll(
        () -> accepted(styles.header().headerSimpleWord(r -> r.xValue(WORD))),
        () -> accepted(styles.header().headerSimpleWords(r -> r.xValue(WORDS))),
        () -> accepted(styles.header().headerSimpleColor(r -> r.xValue(COLOR))),
        () -> accepted(styles.header().headerSimpleWordExploded(r -> r.xValue(WORD))),
        () -> accepted(styles.header().headerSimpleWordsExploded(r -> r.xValue(WORDS))),
        () -> accepted(styles.header().headerSimpleColorExploded(r -> r.xValue(COLOR))));
  }

  @Test
  void cookieStyles() {
    assertAll(
        () -> accepted(styles.cookie().cookieFormWord(r -> r.value(WORD))),
        () -> accepted(styles.cookie().cookieFormWords(r -> r.value(WORDS))),
        () -> accepted(styles.cookie().cookieFormColor(r -> r.value(COLOR))),
        () -> accepted(styles.cookie().cookieFormWordExploded(r -> r.value(WORD))),
        () -> accepted(styles.cookie().cookieFormWordsExploded(r -> r.value(WORDS))),
        () -> accepted(styles.cookie().cookieFormColorExploded(r -> r.value(COLOR))));
  }
  @Test
  void allowReservedKeepsReservedCharactersInTheQuery() {
    assertAll(
        () -> accepted(styles.query().queryAllowReserved(r -> r.value(WORD))),
        () -> accepted(styles.query().queryAllowReserved(r -> r.value(AWKWARD))));
  }

  @Test
  void optionalQueryParametersLeftUnsetAreNotSent() {
    assertAll(
        () -> accepted(styles.query().queryOptional()),
        () -> accepted(styles.query().queryOptional(r -> r.words(WORDS))));
  }
}
