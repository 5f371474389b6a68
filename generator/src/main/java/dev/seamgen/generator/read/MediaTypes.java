package dev.seamgen.generator.read;

import io.swagger.v3.oas.models.media.MediaType;
import java.util.Locale;
import java.util.Map;

/** Choosing among the media types a request body or response offers. */
final class MediaTypes {
  private MediaTypes() {}

  /**
   * Whether {@code mediaType} is JSON: {@code application/json}, {@code application/*+json}, {@code
   * text/json}, with or without parameters such as a charset.
   */
  static boolean isJson(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    return type.equals("application/json")
        || type.equals("text/json")
        || type.startsWith("application/") && type.endsWith("+json");
  }

  /**
   * The JSON entry of {@code content}, or, when there is none, a {@code *}{@code /*} entry (which
   * accepts JSON); null when neither is there.
   */
  static Map.Entry<String, MediaType> json(Map<String, MediaType> content) {
    if (content == null) {
      return null;
    }
    Map.Entry<String, MediaType> any = null;
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      if (isJson(entry.getKey())) {
        return entry;
      }
      if (entry.getKey().strip().equals("*/*")) {
        any = entry;
      }
    }
    return any;
  }
}
