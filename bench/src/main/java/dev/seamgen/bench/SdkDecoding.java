package dev.seamgen.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamgen.runtime.Page;
import dev.seamgen.runtime.core.Json;
import dev.seamgen.runtime.core.PageReader;
import dev.seamgen.sdk.model.ConnectedAccount;
import java.io.IOException;

/**
 * The SDK's own decoding of a list answer, step for step as {@code ApiCore} runs it after a call: a
 * streaming parser on the shared mapper, on which the generated client's {@code PageReader} binds
 * the page.
 */
final class SdkDecoding {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final PageReader<ConnectedAccount> LIST =
      PageReader.of("connected_accounts", ConnectedAccount.class);

  private SdkDecoding() {}

  static Page<ConnectedAccount> listPage(byte[] body) throws IOException {
    try (JsonParser parser = MAPPER.createParser(body)) {
      parser.nextToken();
      // The benchmark decodes one page and never asks for the next (a call over HTTP, which
      // ListCallBenchmark measures); asking would be a mistake in a benchmark, so it fails.
      return LIST.read(
          MAPPER,
          parser,
          cursor -> {
            throw new UnsupportedOperationException("not fetched in a benchmark");
          });
    }
  }
}
