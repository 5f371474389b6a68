package dev.seamgen.generator.emit.docs;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Mustache templates: a user's override folder first, file by file, then the ones built into
 * the generator jar (from the project's {@code templates/} folder).
 *
 * <p>Output is Markdown, not HTML, so values are written as they are; view models escape text where
 * Markdown needs it.
 */
public final class Templates {
  static final String BUILT_IN = "dev/seamgen/generator/templates/";

  private final DefaultMustacheFactory factory;

  public Templates(Optional<Path> overrides) {
    this.factory =
        new DefaultMustacheFactory(name -> reader(overrides, name)) {
          @Override
          public void encode(String value, Writer writer) {
            try {
              writer.write(value);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
  }

  /** Renders template {@code name} with {@code scope}. */
  public String render(String name, Object scope) {
    Mustache template = factory.compile(name);
    StringWriter out = new StringWriter();
    template.execute(out, scope);
    return out.toString();
  }

  private static Reader reader(Optional<Path> overrides, String name) {
    if (overrides.isPresent()) {
      Path override = overrides.get().resolve(name);
      if (Files.isRegularFile(override)) {
        try {
          return Files.newBufferedReader(override, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read template " + override, e);
        }
      }
    }
    InputStream in = Templates.class.getClassLoader().getResourceAsStream(BUILT_IN + name);
    if (in == null) {
      return null;
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
