package dev.seamgen.runtime.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultHeadersTest {
  private static final String JAVA = " Java/" + System.getProperty("java.version");

  @Test
  void theSdkIsNamedInTheUserAgentAndInItsOwnHeadersOnlyWhenAsked() {
    assertEquals(
        Map.of("User-Agent", "seam/1.2" + JAVA), new DefaultHeaders().sdk("seam", "1.2").build());
    assertEquals(
        List.of("seam-sdk-name", "seam-sdk-version", "User-Agent"),
        List.copyOf(
            new DefaultHeaders()
                .sdk("seam", "1.2")
                .sdkHeaders("seam-sdk-name", "seam-sdk-version")
                .build()
                .keySet()));
    assertEquals(Map.of("User-Agent", "seamgen-runtime" + JAVA), new DefaultHeaders().build());
  }

  @Test
  void theApplicationsHeadersComeLastSoTheyCanReplaceTheUserAgent() {
    Map<String, String> headers =
        new DefaultHeaders().sdk("seam", "1.2").header("User-Agent", "mine/1").build();

    assertEquals(Map.of("User-Agent", "mine/1"), headers);
  }

  @Test
  void sdkHeadersWithoutAnSdkOrWithABlankNameAreRefused() {
    assertEquals(
        "sdkHeaders(...) needs sdk(name, version) to know what to send",
        assertThrows(
                IllegalStateException.class,
                () -> new DefaultHeaders().sdkHeaders("n", "v").build())
            .getMessage());
    assertEquals(
        "nameHeader is blank",
        assertThrows(
                IllegalArgumentException.class, () -> new DefaultHeaders().sdkHeaders(" ", "v"))
            .getMessage());
  }
}
