package dev.seamgen.runtime.core.transport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one {@link Call} and gives back the answer, whatever its status. Implementations are small
 * and stacked: {@link HttpClientTransport} sends; {@link TokenRefreshingTransport} keeps the
 * credentials fresh; {@link RetryingTransport} sends again where that is safe.
 */
public interface Transport {
  /**
   * The answer to {@code call}.
   *
   * @throws IOException when no (whole) answer came
   */
  <B> HttpResponse<B> send(Call<B> call) throws IOException, InterruptedException;

  /** Like {@link #send}, without blocking; the future fails as {@link #send} throws. */
  <B> CompletableFuture<HttpResponse<B>> sendAsync(Call<B> call);
}
