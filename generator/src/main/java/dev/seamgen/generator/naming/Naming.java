package dev.seamgen.generator.naming;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.lang.model.SourceVersion;

/**
 * The one place where spec names become Java names.
 *
 * <p>Spec names are split into words at underscores, hyphens, dots, spaces, slashes and camel-case
 * boundaries, then joined in the Java style a name needs. Names that would be Java keywords, or
 * would start with a digit, are adjusted the same way everywhere.
 */
public final class Naming {

  /** Member names every generated model or request class already uses for itself. */
  private static final Set<String> OBJECT_MEMBERS =
      Set.of(
          "builder",
          "toBuilder",
          "build",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "additionalProperties",
          "toWireRequest");

  /**
   * Names Windows reserves for devices whatever their extension: {@code Con.java} cannot be created
   * there. Compared ignoring case.
   */
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)con|prn|aux|nul|(com|lpt)[0-9\u00b9\u00b2\u00b3]");

  /**
   * The most UTF-8 bytes of a type, member or package name: with the suffixes names are built with
   * ({@code AsyncClient}, {@code Request}, {@code $WithRawResponse.class}) a file name stays within
   * the 255 bytes file systems allow.
   */
  public static final int MAX_NAME_BYTES = 100;

  private Naming() {}

  /** Whether Windows reserves {@code name} (without its extension) for a device. */
  public static boolean isWindowsDeviceName(String name) {
    return WINDOWS_DEVICE.matcher(name).matches();
  }

  /** {@code connected_account} becomes {@code ConnectedAccount}. */
  public static String typeName(String specName) {
    StringBuilder result = new StringBuilder();
    for (String word : words(specName)) {
      result.append(capitalize(word));
    }
    return capped(safeStart(result.toString(), "Type"));
  }

  /** {@code connected_account_id} becomes {@code connectedAccountId}; keywords get a {@code _}. */
  public static String memberName(String specName) {
    List<String> words = words(specName);
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      result.append(i == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
    }
    String name = capped(safeStart(result.toString(), "value"));
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }

  /**
   * A member name that does not clash with what every generated class declares ({@code builder()},
   * {@code hashCode()} ...).
   */
  public static String propertyName(String specName) {
    String name = memberName(specName);
    return OBJECT_MEMBERS.contains(name) ? name + "Value" : name;
  }

  /** {@code noise_sensor} becomes {@code NOISE_SENSOR}. */
  public static String constantName(String specName) {
    String name = String.join("_", words(specName)).toUpperCase(Locale.ROOT);
    return safeStart(name, "VALUE");
  }

  /** {@code SEAM_API_KEY}-style environment variable prefix for a client named {@code Seam}. */
  public static String environmentPrefix(String clientName) {
    return constantName(clientName);
  }

  /** A package-name segment: lower case letters and digits only. */
  public static String packageSegment(String specName) {
    String name = String.join("", words(specName)).toLowerCase(Locale.ROOT);
    name = capped(safeStart(name, "p"));
    return SourceVersion.isKeyword(name) || isWindowsDeviceName(name) ? name + "_" : name;
  }

  /**
   * The singular of an English plural, good enough for names derived from array properties ({@code
   * accepted_capabilities} to {@code accepted_capability}, {@code sites} to {@code site}).
   */
  public static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    for (String ending : List.of("sses", "shes", "ches", "xes")) {
      if (word.endsWith(ending)) {
        return word.substring(0, word.length() - 2);
      }
    }
    boolean latin = word.endsWith("us") || word.endsWith("is");
    if (word.endsWith("s") && !word.endsWith("ss") && !latin && word.length() > 1) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * A set holding {@code names} that finds names ignoring case: for names that become file names,
   * such as method names that name request classes, since two files whose names differ only in case
   * are one file on macOS and Windows.
   */
  public static Set<String> ignoringCase(Collection<String> names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(names);
    return set;
  }

  /** {@code candidate}, or it followed by 2, 3 ... whichever name is free first. */
  public static String unique(String candidate, Predicate<String> taken) {
    if (!taken.test(candidate)) {
      return candidate;
    }
    for (int i = 2; ; i++) {
      String next = candidate + i;
      if (!taken.test(next)) {
        return next;
      }
    }
  }

  /** Splits a spec name into its words, dropping characters Java names cannot hold. */
  static List<String> words(String specName) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < specName.length(); i++) {
      char c = specName.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      boolean boundary =
          word.length() > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(specName.charAt(i - 1))
                  || Character.isDigit(specName.charAt(i - 1))
                  || (i + 1 < specName.length() && Character.isLowerCase(specName.charAt(i + 1))));
      if (boundary) {
        flush(word, words);
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static String capitalize(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /**
   * {@code name} when it fits {@link #MAX_NAME_BYTES}; else its start and a digest of the whole, so
   * that long names that share a start stay distinct.
   */
  static String capped(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
      return name;
    }
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    String digest = String.format("%08x", crc.getValue());
    StringBuilder start = new StringBuilder();
    int budget = MAX_NAME_BYTES - digest.length() - 1;
    for (int i = 0; i < name.length(); ) {
      int codePoint = name.codePointAt(i);
      String next = new String(Character.toChars(codePoint));
      if (start.toString().getBytes(StandardCharsets.UTF_8).length
              + next.getBytes(StandardCharsets.UTF_8).length
          > budget) {
        break;
      }
      start.append(next);
      i += Character.charCount(codePoint);
    }
    return start + "_" + digest;
  }

  private static String safeStart(String name, String fallback) {
    if (name.isEmpty()) {
      return fallback;
    }
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }
}
