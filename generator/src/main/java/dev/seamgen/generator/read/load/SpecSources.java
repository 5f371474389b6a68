package dev.seamgen.generator.read.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.seamgen.generator.config.RefPolicy;
import dev.seamgen.generator.ir.Location;
import dev.seamgen.generator.problem.Problem;
import dev.seamgen.generator.read.source.AliasExpansion;
import dev.seamgen.generator.read.source.SpecFiles;
import dev.seamgen.generator.read.source.SpecStrings;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec and every document its {@code $ref}s reach, found by reading only the references (the
 * spec is not parsed as OpenAPI), under a {@link RefPolicy}: a reference the policy does not allow
 * is refused, and what it names is neither read nor fetched.
 *
 * <p>The spec reader checks the refusals before Swagger Parser sees the spec; the up-to-date check
 * digests the sources, remote ones included.
 */
public final class SpecSources {
  private static final String REF = "$ref";

  /** A URI scheme; one letter is a Windows drive, not a scheme. */
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /**
   * One document: a {@code file:} or {@code http(s):} URI, and its bytes; empty when it could not
   * be read (the spec reader then reports why).
   */
  public record Source(URI uri, Optional<byte[]> content) {
    /** A file's name, so that moving the project keeps it; a URL in full. */
    public String name() {
      return Walk.isFile(uri) ? Path.of(uri).getFileName().toString() : uri.toString();
    }
  }

  private final List<Source> sources;
  private final List<Problem> refusals;

  private SpecSources(List<Source> sources, List<Problem> refusals) {
    this.sources = List.copyOf(sources);
    this.refusals = List.copyOf(refusals);
  }

  /** Reads {@code spec} and what its references reach under {@code policy}. */
  public static SpecSources read(Path spec, RefPolicy policy) throws IOException {
    return new Walk(spec, policy).run();
  }

  /** The spec first, then each document reached, in the order found. */
  public List<Source> sources() {
    return sources;
  }

  /**
   * One error per reference the policy refused, at the reference, and per referenced YAML document
   * whose aliases expand too far.
   */
  public List<Problem> refusals() {
    return refusals;
  }

  /**
   * Whether some {@code $ref} in {@code text} may name another document: false when every one is
   * followed by a value starting with {@code #}. Most specs refer only to themselves, and this scan
   * saves parsing them.
   */
  static boolean mayReferToOtherDocuments(String text) {
    for (int at = text.indexOf(REF); at >= 0; at = text.indexOf(REF, at + REF.length())) {
      int i = at + REF.length();
      while (i < text.length() && " \t\"':".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      if (i >= text.length() || text.charAt(i) != '#') {
        return true;
      }
    }
    return false;
  }

  /** One pass over the documents, breadth first. */
  private static final class Walk {
    private final RefPolicy policy;
    private final Path specFolder;
    private final List<Path> allowedFolders = new ArrayList<>();
    private final Deque<URI> pending = new ArrayDeque<>();
    private final Set<URI> seen = new LinkedHashSet<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Problem> refusals = new ArrayList<>();
    private HttpClient http;

    Walk(Path spec, RefPolicy policy) throws IOException {
      this.policy = policy;
      Path absolute = spec.toAbsolutePath().normalize();
      this.specFolder = realPath(absolute.getParent());
      for (Path folder : policy.allowedDirectories()) {
        allowedFolders.add(realPath(folder.toAbsolutePath().normalize()));
      }
      pending.add(absolute.toUri());
    }

    SpecSources run() throws IOException {
      while (!pending.isEmpty()) {
        URI document = pending.poll();
        if (!seen.add(document)) {
          continue;
        }
        Optional<byte[]> content = isFile(document) ? readFile(Path.of(document)) : fetch(document);
        sources.add(new Source(document, content));
        if (content.isPresent()) {
          scan(document, content.get(), sources.size() == 1);
        }
      }
      return new SpecSources(sources, refusals);
    }

    /**
     * Follows the references in {@code content}; in documents other than the spec (which the spec
     * reader checks itself), also refuses aliases that expand too far.
     */
    private void scan(URI document, byte[] content, boolean spec) throws IOException {
      String text = new String(content, StandardCharsets.ISO_8859_1);
      boolean refers = mayReferToOtherDocuments(text);
      boolean aliases = !spec && text.indexOf('*') >= 0;
      if (!refers && !aliases) {
        return;
      }
      AliasExpansion expansion = new AliasExpansion();
      try (JsonParser parser = SpecFiles.parser(content, document.getPath())) {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          expansion.accept(parser, token);
          if (refers && token == JsonToken.FIELD_NAME && REF.equals(parser.currentName())) {
            JsonLocation at = parser.currentTokenLocation();
            String pointer =
                parser.getParsingContext().getParent() == null
                    ? ""
                    : parser.getParsingContext().getParent().pathAsPointer().toString();
            token = parser.nextToken();
            expansion.accept(parser, token);
            if (token == JsonToken.VALUE_STRING) {
              follow(document, parser.getText(), pointer, at);
            }
          }
        }
      } catch (AliasExpansion.TooManyAliasValues e) {
        refusals.add(
            e.problem(
                new Location(
                    isFile(document) ? displayName(Path.of(document)) : document.toString(), "")));
      } catch (JsonProcessingException malformed) {
        // Still counted by its bytes; the spec reader reports what is wrong with it.
      }
    }

    private void follow(URI document, String ref, String pointer, JsonLocation at) {
      int hash = ref.indexOf('#');
      String target = hash < 0 ? ref : ref.substring(0, hash);
      if (target.isEmpty()) {
        return;
      }
      Matcher scheme = SCHEME.matcher(target);
      String name = scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
      if (name.equals("http") || name.equals("https") || (name.isEmpty() && !isFile(document))) {
        followRemote(document, ref, target, pointer, at);
      } else if (name.equals("file") || name.isEmpty()) {
        followLocal(document, ref, target, name.isEmpty(), pointer, at);
      } else {
        refuse(
            document,
            pointer,
            at,
            "reference "
                + SpecStrings.quoted(ref)
                + " uses "
                + name
                + ":, which seamgen does not read",
            "Refer to files by a path relative to "
                + "the spec, or to http(s) URLs with --allow-remote-refs");
      }
    }

    private void followRemote(
        URI document, String ref, String target, String pointer, JsonLocation at) {
      if (!policy.allowRemote()) {
        refuse(
            document,
            pointer,
            at,
            "reference " + SpecStrings.quoted(ref) + " would be " + "fetched from the network",
            "seamgen fetches nothing unless allowed: pass "
                + "--allow-remote-refs (Maven: <allowRemoteRefs>true</allowRemoteRefs>) if you "
                + "trust it, or save the file next to the spec and refer to it by its path");
        return;
      }
      try {
        pending.add(document.resolve(new URI(target)));
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        // Not a URL anyone can fetch; Swagger Parser reports the reference.
      }
    }

    private void followLocal(
        URI document,
        String ref,
        String target,
        boolean relative,
        String pointer,
        JsonLocation at) {
      // Checked as written and percent-decoded, whichever way the reference is later read.
      Set<String> spellings = new LinkedHashSet<>(List.of(target));
      if (target.contains("%")) {
        try {
          spellings.add(URLDecoder.decode(target, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          // Not percent-encoded after all.
        }
      }
      List<Path> files = new ArrayList<>();
      for (String spelling : spellings) {
        Path file;
        try {
          file =
              relative
                  ? Path.of(document).resolveSibling(spelling).normalize()
                  : Path.of(new URI(spelling)).normalize();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
          refuse(
              document,
              pointer,
              at,
              "reference " + SpecStrings.quoted(ref) + " is not a " + "file path seamgen can check",
              "Refer to a file by a path relative to the spec");
          return;
        }
        Path real = realPath(file);
        if (!real.startsWith(specFolder) && allowedFolders.stream().noneMatch(real::startsWith)) {
          Path folder = real.getParent() == null ? real : real.getParent();
          refuse(
              document,
              pointer,
              at,
              "reference "
                  + SpecStrings.quoted(ref)
                  + " reads "
                  + real
                  + ", outside the spec's folder",
              "Move the file next to the spec, or allow its "
                  + "folder with --allow-ref-dir "
                  + folder
                  + " (Maven: <allowedRefDirectories>)");
          return;
        }
        files.add(file);
      }
      files.forEach(file -> pending.add(file.toUri()));
    }

    private void refuse(
        URI document, String pointer, JsonLocation at, String message, String hint) {
      String file = isFile(document) ? displayName(Path.of(document)) : document.toString();
      refusals.add(
          Problem.error(new Location(file, pointer), message, hint)
              .at(at.getLineNr(), at.getColumnNr()));
    }

    private String displayName(Path file) {
      Path real = realPath(file);
      return real.startsWith(specFolder)
          ? specFolder.relativize(real).toString().replace('\\', '/')
          : file.toString();
    }

    private Optional<byte[]> fetch(URI url) {
      if (http == null) {
        http =
            HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
      }
      try {
        HttpResponse<byte[]> response =
            http.send(
                HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() / 100 == 2 ? Optional.of(response.body()) : Optional.empty();
      } catch (IOException | IllegalArgumentException e) {
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }

    private static Optional<byte[]> readFile(Path file) {
      try {
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
      } catch (IOException e) {
        return Optional.empty();
      }
    }

    private static boolean isFile(URI document) {
      return "file".equalsIgnoreCase(document.getScheme());
    }

    /** {@code path} with links resolved as far as it exists, so a link cannot lead out. */
    private static Path realPath(Path path) {
      Path existing = path;
      Path rest = path.getFileSystem().getPath("");
      while (existing != null && !Files.exists(existing)) {
        rest = existing.getFileName().resolve(rest);
        existing = existing.getParent();
      }
      if (existing == null) {
        return path;
      }
      try {
        return existing.toRealPath().resolve(rest).normalize();
      } catch (IOException e) {
        return path;
      }
    }
  }
}
