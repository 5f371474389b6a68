package dev.seamgen.runtime.core.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The headers a client sends with every request: a {@code User-Agent} naming the SDK, the SDK's
 * name and version in headers of the API's choosing (Seam's {@code seam-sdk-name}), and the
 * application's own, which come last so that they can replace the user agent. Never credentials.
 */
public final class DefaultHeaders {
  private String sdkName;
  private String sdkVersion;
  private String sdkNameHeader;
  private String sdkVersionHeader;
  private final Map<String, String> extra = new LinkedHashMap<>();

  /** The SDK's name and version, for the user agent and the SDK headers. */
  public DefaultHeaders sdk(String name, String version) {
    this.sdkName = Objects.requireNonNull(name, "name == null");
    this.sdkVersion = Objects.requireNonNull(version, "version == null");
    return this;
  }

  /** Also sends the SDK's name and version in these headers. */
  public DefaultHeaders sdkHeaders(String nameHeader, String versionHeader) {
    this.sdkNameHeader = headerName(nameHeader, "nameHeader");
    this.sdkVersionHeader = headerName(versionHeader, "versionHeader");
    return this;
  }

  /** A header of the application's, replacing one of the same name. */
  public DefaultHeaders header(String name, String value) {
    extra.put(
        Objects.requireNonNull(name, "name == null"),
        Objects.requireNonNull(value, "value == null"));
    return this;
  }

  /**
   * The headers, in the order they are set on a request.
   *
   * @throws IllegalStateException when SDK headers are asked for without an SDK to name
   */
  public Map<String, String> build() {
    if (sdkNameHeader != null && sdkName == null) {
      throw new IllegalStateException(
          "sdkHeaders(...) needs sdk(name, version) to know what to send");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    String javaVersion = System.getProperty("java.version");
    if (sdkName != null) {
      if (sdkNameHeader != null) {
        headers.put(sdkNameHeader, sdkName);
        headers.put(sdkVersionHeader, sdkVersion);
      }
      headers.put("User-Agent", sdkName + "/" + sdkVersion + " Java/" + javaVersion);
    } else {
      headers.put("User-Agent", "seamgen-runtime Java/" + javaVersion);
    }
    headers.putAll(extra);
    return Collections.unmodifiableMap(headers);
  }

  /**
   * {@code name}, if it can name a header.
   *
   * @throws IllegalArgumentException naming {@code what}, when it is blank
   */
  public static String headerName(String name, String what) {
    Objects.requireNonNull(name, what + " == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    return name;
  }
}
