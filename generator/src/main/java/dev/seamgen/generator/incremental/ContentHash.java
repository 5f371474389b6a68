package dev.seamgen.generator.incremental;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit checksum of everything fed to it (CRC-32C and CRC-32, two different polynomials), for
 * telling whether inputs changed. Not SHA-256: on a cold JVM, as in every Maven build, setting up
 * the JDK's message digests alone takes 40 ms, most of an up-to-date check; an accidental change
 * that leaves both checksums equal has odds of about 1 in 2^64.
 */
final class ContentHash {
  private final CRC32C first = new CRC32C();
  private final CRC32 second = new CRC32();
  private long length;

  ContentHash update(byte[] bytes) {
    first.update(bytes);
    second.update(bytes);
    length += bytes.length;
    return this;
  }

  ContentHash update(String text) {
    return update(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The checksum as 16 hex digits and the number of bytes fed. */
  String hex() {
    return hex8(first.getValue()) + hex8(second.getValue()) + "-" + length;
  }

  /** Eight hex digits; not String.format, whose first use costs milliseconds. */
  private static String hex8(long value) {
    String digits = Long.toHexString(value);
    return "00000000".substring(digits.length()) + digits;
  }
}
