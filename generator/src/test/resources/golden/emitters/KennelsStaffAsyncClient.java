package com.example.kennel.kennels.staff;

import com.example.kennel.Kennel;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.core.ApiCore;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The {@code kennels.staff} operations without blocking: each returns a {@code CompletableFuture} that completes with the value or with the exception the blocking {@link KennelsStaffClient} would throw. Retries are scheduled, not slept. Get this client from {@code kennel.async().kennels().staff()}.
 */
@Generated(
        value = "dev.seamgen.generator",
        comments = "from emitters.yaml#/paths"
)
public final class KennelsStaffAsyncClient {
    private final ApiCore core;

    private final KennelsStaffClient client;

    /**
     * For {@link Kennel}; applications get this client from it.
     */
    public KennelsStaffAsyncClient(ApiCore core) {
        this.core = Objects.requireNonNull(core, "core == null");
        this.client = new KennelsStaffClient(core);
    }

    /**
     * Lists the staff of a kennel.
     *
     * <p>{@code POST /kennels/staff/list}
     * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
     */
    public CompletableFuture<List<String>> list(Consumer<KennelsStaffListRequest.Builder> request) {
        Objects.requireNonNull(request, "request == null");
        KennelsStaffListRequest.Builder builder = KennelsStaffListRequest.builder();
        request.accept(builder);
        return list(builder.build());
    }

    /**
     * Lists the staff of a kennel.
     *
     * <p>{@code POST /kennels/staff/list}
     */
    public CompletableFuture<List<String>> list(KennelsStaffListRequest request) {
        return list(request, RequestOptions.none());
    }

    /**
     * Lists the staff of a kennel.
     *
     * <p>{@code POST /kennels/staff/list}
     * @param options timeout, retries and headers for this call only
     */
    public CompletableFuture<List<String>> list(KennelsStaffListRequest request,
            RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.callAsync(KennelsStaffClient.LIST, request.toWireRequest(), options, KennelsStaffClient.LIST_ANSWER);
    }
}
