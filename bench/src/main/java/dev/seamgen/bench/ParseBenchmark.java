package dev.seamgen.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.seamgen.bench.floor.FloorListResponse;
import dev.seamgen.runtime.Page;
import dev.seamgen.sdk.model.ConnectedAccount;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a {@code connected_accounts/list} answer of 1, 100 and 10,000 accounts: the SDK's
 * decoding into its immutable models and unions, next to plain Jackson databind into hand-written
 * classes (the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  @Param({"1", "100", "10000"})
  public int accounts;

  private byte[] body;
  private ObjectReader floor;

  @Setup
  public void setUp() throws IOException {
    body = Fixtures.listResponse(accounts);
    floor =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readerFor(FloorListResponse.class);
    if (sdk().items().size() != accounts || jackson().connectedAccounts.size() != accounts) {
      throw new IllegalStateException("the fixture does not parse to " + accounts + " accounts");
    }
  }

  @Benchmark
  public Page<ConnectedAccount> sdk() throws IOException {
    return SdkDecoding.listPage(body);
  }

  @Benchmark
  public FloorListResponse jackson() throws IOException {
    return floor.readValue(body);
  }
}
