package dev.seamgen.runtime.core;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The charset a {@code Content-Type} names, read the same way for requests and answers. */
final class ContentTypeCharset {
  private ContentTypeCharset() {}

  /** The charset {@code contentType} names; UTF-8 when it names none or one Java does not know. */
  static Charset of(String contentType) {
    Charset named = named(contentType);
    return named == null ? StandardCharsets.UTF_8 : named;
  }

  /** The charset {@code contentType}'s parameter names, or null when none or an unknown one. */
  static Charset named(String contentType) {
    for (String parameter : contentType.split(";", -1)) {
      String[] pair = parameter.strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
        String name = pair[1].strip().replace("\"", "");
        try {
          return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException illegal) {
          return null;
        }
      }
    }
    return null;
  }
}
