package dev.seamgen.runtime.core;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of UTF-8 text, with one set of characters left as they are per use.
 * {@code java.net.URLEncoder} does not fit: it writes a space as {@code +} and encodes {@code ~}.
 */
enum PercentEncoder {
  /** Everything but RFC 3986's unreserved characters: parameter values, names and keys. */
  UNRESERVED("", false),
  /**
   * A query value with {@code allowReserved}: reserved characters stay, and so do existing {@code
   * %XX} triplets (RFC 6570's reserved expansion), except those that would change what the query
   * says: {@code #} would start a fragment, {@code &} another parameter, {@code +} a space to most
   * servers; and {@code [ ]} (RFC 3986 allows them in a host only). A {@code =} stays: servers
   * split a parameter at its first one.
   */
  ALLOW_RESERVED(":/?@!$'()*,;=", true),
  /** Literal text of a path template: what a path segment may hold, and {@code /}. */
  PATH_LITERAL(":@!$&'()*+,;=/", true);

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  @SuppressWarnings("ImmutableEnumChecker") // filled by the constructor only, never handed out
  private final boolean[] kept = new boolean[128];

  private final boolean keepsTriplets;

  PercentEncoder(String extra, boolean keepsTriplets) {
    for (char c = 'a'; c <= 'z'; c++) {
      kept[c] = true;
      kept[c - 'a' + 'A'] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      kept[c] = true;
    }
    for (char c : "-._~".toCharArray()) {
      kept[c] = true;
    }
    for (int i = 0; i < extra.length(); i++) {
      kept[extra.charAt(i)] = true;
    }
    this.keepsTriplets = keepsTriplets;
  }

  /** {@code text} with every character this encoder does not keep written as {@code %XX}. */
  String encode(String text) {
    if (isKept(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if ((b < 128 && kept[b]) || (b == '%' && keepsTriplets && isTriplet(bytes, i))) {
        out.append((char) b);
      } else {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
      }
    }
    return out.toString();
  }

  /** The common case, checked first so that plain values are not copied. */
  private boolean isKept(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128 || !kept[c]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTriplet(byte[] bytes, int at) {
    return at + 2 < bytes.length && isHex(bytes[at + 1]) && isHex(bytes[at + 2]);
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }
}
