package com.example.kennel.kennels.staff;

import com.example.kennel.Kennel;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.seamgen.runtime.ApiResponse;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.core.ApiCore;
import dev.seamgen.runtime.core.Endpoint;
import dev.seamgen.runtime.core.ResponseReader;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The {@code kennels.staff} operations. Get this client from {@code kennel.kennels().staff()}; for {@code CompletableFuture}s use {@link KennelsStaffAsyncClient}.
 */
@Generated(
        value = "dev.seamgen.generator",
        comments = "from emitters.yaml#/paths"
)
public final class KennelsStaffClient {
    static final Endpoint LIST = Endpoint.of("kennels.staff.list", "POST", "/kennels/staff/list", false)
    .withSecurity(List.of(List.of("apiKey")));

    static final ResponseReader<List<String>> LIST_ANSWER = ResponseReader.field("staff", new TypeReference<List<String>>() {});

    private final ApiCore core;

    /**
     * For {@link Kennel}; applications get this client from it.
     */
    public KennelsStaffClient(ApiCore core) {
        this.core = Objects.requireNonNull(core, "core == null");
    }

    /**
     * The same operations, returning the status, headers and request id of the answer along with its value.
     */
    public WithRawResponse withRawResponse() {
        return new WithRawResponse(this);
    }

    /**
     * Lists the staff of a kennel.
     *
     * <p>{@code POST /kennels/staff/list}
     * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
     */
    public List<String> list(Consumer<KennelsStaffListRequest.Builder> request) {
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
    public List<String> list(KennelsStaffListRequest request) {
        return list(request, RequestOptions.none());
    }

    /**
     * Lists the staff of a kennel.
     *
     * <p>{@code POST /kennels/staff/list}
     * @param options timeout, retries and headers for this call only
     */
    public List<String> list(KennelsStaffListRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.call(LIST, request.toWireRequest(), options, LIST_ANSWER);
    }

    /**
     * {@link KennelsStaffClient}'s operations, each returning an {@code ApiResponse}.
     */
    public static final class WithRawResponse {
        private final KennelsStaffClient client;

        private final ApiCore core;

        private WithRawResponse(KennelsStaffClient client) {
            this.client = client;
            this.core = client.core;
        }

        /**
         * Lists the staff of a kennel.
         *
         * <p>{@code POST /kennels/staff/list}
         * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
         */
        public ApiResponse<List<String>> list(Consumer<KennelsStaffListRequest.Builder> request) {
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
        public ApiResponse<List<String>> list(KennelsStaffListRequest request) {
            return list(request, RequestOptions.none());
        }

        /**
         * Lists the staff of a kennel.
         *
         * <p>{@code POST /kennels/staff/list}
         * @param options timeout, retries and headers for this call only
         */
        public ApiResponse<List<String>> list(KennelsStaffListRequest request,
                RequestOptions options) {
            Objects.requireNonNull(request, "request == null");
            Objects.requireNonNull(options, "options == null");
            return core.callRaw(LIST, request.toWireRequest(), options, LIST_ANSWER);
        }
    }
}
