package com.example.kennel.kennels;

import com.example.kennel.kennels.staff.KennelsStaffClient;
import com.example.kennel.model.Kennel;
import com.example.kennel.model.Problem;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.ApiResponse;
import dev.seamgen.runtime.Download;
import dev.seamgen.runtime.Page;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.core.ApiCore;
import dev.seamgen.runtime.core.Endpoint;
import dev.seamgen.runtime.core.PageReader;
import dev.seamgen.runtime.core.ResponseReader;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The {@code kennels} operations. Get this client from {@code kennel.kennels()}; for {@code CompletableFuture}s use {@link KennelsAsyncClient}.
 */
@Generated(
        value = "dev.seamgen.generator",
        comments = "from emitters.yaml#/paths"
)
public final class KennelsClient {
    static final Endpoint LIST = Endpoint.of("kennels.list", "POST", "/kennels/list", true)
    .withSecurity(List.of(List.of("apiKey")));

    static final PageReader<Kennel> LIST_ANSWER = PageReader.of("kennels", Kennel.class);

    static final Endpoint GET = Endpoint.of("kennels.get", "POST", "/kennels/get", true)
    .withSecurity(List.of(List.of("apiKey")));

    static final ResponseReader<Kennel> GET_ANSWER = ResponseReader.field("kennel", Kennel.class);

    static final Endpoint UPDATE = Endpoint.of("kennels.update", "POST", "/kennels/update", false)
    .withSecurity(List.of(List.of("apiKey")));

    static final Endpoint DOWNLOAD_PHOTO = Endpoint.of("kennels.downloadPhoto", "GET", "/kennels/{kennelId}/photo", true)
    .withSecurity(List.of(List.of("apiKey")))
    .withAccept("image/png");

    static final Endpoint READ_NOTES = Endpoint.of("kennels.readNotes", "GET", "/kennels/{kennelId}/notes", true)
    .withSecurity(List.of(List.of("session"), List.of("apiKey")))
    .withBaseUrl("https://notes.kennel.example.com")
    .withAccept("text/plain");

    static final ResponseReader<String> READ_NOTES_ANSWER = ResponseReader.text();

    static final Endpoint LIST_NAMES = Endpoint.of("kennels.listNames", "GET", "/kennels/names", true)
    .withSecurity(List.of(List.of("apiKey")));

    static final ResponseReader<List<String>> LIST_NAMES_ANSWER = ResponseReader.body(new TypeReference<List<String>>() {});

    private final ApiCore core;

    private final KennelsStaffClient staff;

    /**
     * For {@link com.example.kennel.Kennel}; applications get this client from it.
     */
    public KennelsClient(ApiCore core) {
        this.core = Objects.requireNonNull(core, "core == null");
        this.staff = new KennelsStaffClient(core);
    }

    /**
     * The {@code kennels.staff} operations.
     */
    public KennelsStaffClient staff() {
        return staff;
    }

    /**
     * The same operations, returning the status, headers and request id of the answer along with its value.
     */
    public WithRawResponse withRawResponse() {
        return new WithRawResponse(this);
    }

    /**
     * Lists kennels, a page at a time.
     *
     * <p>{@code POST /kennels/list}
     */
    public Page<Kennel> list() {
        return list(KennelsListRequest.builder().build());
    }

    /**
     * Lists kennels, a page at a time.
     *
     * <p>{@code POST /kennels/list}
     * @param request sets the request's values on a new builder, such as {@code r -> r.limit(...)}
     */
    public Page<Kennel> list(Consumer<KennelsListRequest.Builder> request) {
        Objects.requireNonNull(request, "request == null");
        KennelsListRequest.Builder builder = KennelsListRequest.builder();
        request.accept(builder);
        return list(builder.build());
    }

    /**
     * Lists kennels, a page at a time.
     *
     * <p>{@code POST /kennels/list}
     */
    public Page<Kennel> list(KennelsListRequest request) {
        return list(request, RequestOptions.none());
    }

    /**
     * Lists kennels, a page at a time.
     *
     * <p>{@code POST /kennels/list}
     * @param options timeout, retries and headers for this call only
     */
    public Page<Kennel> list(KennelsListRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.page(LIST, request.toWireRequest(), options, LIST_ANSWER,
                cursor -> list(request.toBuilder().pageCursor(cursor).build(), options));
    }

    /**
     * Returns one kennel, by ID or by name.
     *
     * <p>{@code POST /kennels/get}
     *
     * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body
     * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
     */
    public Kennel get(Consumer<KennelsGetRequest.Builder> request) {
        Objects.requireNonNull(request, "request == null");
        KennelsGetRequest.Builder builder = KennelsGetRequest.builder();
        request.accept(builder);
        return get(builder.build());
    }

    /**
     * Returns one kennel, by ID or by name.
     *
     * <p>{@code POST /kennels/get}
     *
     * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body
     */
    public Kennel get(KennelsGetRequest request) {
        return get(request, RequestOptions.none());
    }

    /**
     * Returns one kennel, by ID or by name.
     *
     * <p>{@code POST /kennels/get}
     *
     * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body
     * @param options timeout, retries and headers for this call only
     */
    public Kennel get(KennelsGetRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.call(GET, request.toWireRequest(), options, GET_ANSWER);
    }

    /**
     * Renames a kennel or changes its capacity and labels.
     *
     * <p>{@code POST /kennels/update}
     * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
     */
    public void update(Consumer<KennelsUpdateRequest.Builder> request) {
        Objects.requireNonNull(request, "request == null");
        KennelsUpdateRequest.Builder builder = KennelsUpdateRequest.builder();
        request.accept(builder);
        update(builder.build());
    }

    /**
     * Renames a kennel or changes its capacity and labels.
     *
     * <p>{@code POST /kennels/update}
     */
    public void update(KennelsUpdateRequest request) {
        update(request, RequestOptions.none());
    }

    /**
     * Renames a kennel or changes its capacity and labels.
     *
     * <p>{@code POST /kennels/update}
     * @param options timeout, retries and headers for this call only
     */
    public void update(KennelsUpdateRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        core.call(UPDATE, request.toWireRequest(), options, ResponseReader.none());
    }

    /**
     * The kennel's photo, streamed.
     *
     * <p><code>GET /kennels/{kennelId}/photo</code>
     *
     * <p>The answer's body is streamed, not read into memory: close the {@link Download} when done.
     * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
     */
    public Download downloadPhoto(Consumer<KennelsDownloadPhotoRequest.Builder> request) {
        Objects.requireNonNull(request, "request == null");
        KennelsDownloadPhotoRequest.Builder builder = KennelsDownloadPhotoRequest.builder();
        request.accept(builder);
        return downloadPhoto(builder.build());
    }

    /**
     * The kennel's photo, streamed.
     *
     * <p><code>GET /kennels/{kennelId}/photo</code>
     *
     * <p>The answer's body is streamed, not read into memory: close the {@link Download} when done.
     */
    public Download downloadPhoto(KennelsDownloadPhotoRequest request) {
        return downloadPhoto(request, RequestOptions.none());
    }

    /**
     * The kennel's photo, streamed.
     *
     * <p><code>GET /kennels/{kennelId}/photo</code>
     *
     * <p>The answer's body is streamed, not read into memory: close the {@link Download} when done.
     * @param options timeout, retries and headers for this call only
     */
    public Download downloadPhoto(KennelsDownloadPhotoRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.download(DOWNLOAD_PHOTO, request.toWireRequest(), options);
    }

    /**
     * Reads the keeper's notes
     *
     * <p><code>GET /kennels/{kennelId}/notes</code>
     * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
     */
    public String readNotes(Consumer<KennelsReadNotesRequest.Builder> request) {
        Objects.requireNonNull(request, "request == null");
        KennelsReadNotesRequest.Builder builder = KennelsReadNotesRequest.builder();
        request.accept(builder);
        return readNotes(builder.build());
    }

    /**
     * Reads the keeper's notes
     *
     * <p><code>GET /kennels/{kennelId}/notes</code>
     */
    public String readNotes(KennelsReadNotesRequest request) {
        return readNotes(request, RequestOptions.none());
    }

    /**
     * Reads the keeper's notes
     *
     * <p><code>GET /kennels/{kennelId}/notes</code>
     * @param options timeout, retries and headers for this call only
     */
    public String readNotes(KennelsReadNotesRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.call(READ_NOTES, request.toWireRequest(), options, READ_NOTES_ANSWER);
    }

    /**
     * Every kennel's name
     *
     * <p>{@code GET /kennels/names}
     *
     * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status
     *
     * @deprecated The API marks this deprecated.
     */
    @Deprecated
    public List<String> listNames() {
        return listNames(KennelsListNamesRequest.builder().build());
    }

    /**
     * Every kennel's name
     *
     * <p>{@code GET /kennels/names}
     *
     * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status
     *
     * @deprecated The API marks this deprecated.
     * @param request sets the request's values on a new builder, such as {@code r -> r.build(...)}
     */
    @Deprecated
    public List<String> listNames(Consumer<KennelsListNamesRequest.Builder> request) {
        Objects.requireNonNull(request, "request == null");
        KennelsListNamesRequest.Builder builder = KennelsListNamesRequest.builder();
        request.accept(builder);
        return listNames(builder.build());
    }

    /**
     * Every kennel's name
     *
     * <p>{@code GET /kennels/names}
     *
     * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status
     *
     * @deprecated The API marks this deprecated.
     */
    @Deprecated
    public List<String> listNames(KennelsListNamesRequest request) {
        return listNames(request, RequestOptions.none());
    }

    /**
     * Every kennel's name
     *
     * <p>{@code GET /kennels/names}
     *
     * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status
     *
     * @deprecated The API marks this deprecated.
     * @param options timeout, retries and headers for this call only
     */
    @Deprecated
    public List<String> listNames(KennelsListNamesRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.call(LIST_NAMES, request.toWireRequest(), options, LIST_NAMES_ANSWER);
    }

    /**
     * {@link KennelsClient}'s operations, each returning an {@code ApiResponse}.
     */
    public static final class WithRawResponse {
        private final KennelsClient client;

        private final ApiCore core;

        private WithRawResponse(KennelsClient client) {
            this.client = client;
            this.core = client.core;
        }

        /**
         * Lists kennels, a page at a time.
         *
         * <p>{@code POST /kennels/list}
         */
        public ApiResponse<Page<Kennel>> list() {
            return list(KennelsListRequest.builder().build());
        }

        /**
         * Lists kennels, a page at a time.
         *
         * <p>{@code POST /kennels/list}
         * @param request sets the request's values on a new builder, such as {@code r -> r.limit(...)}
         */
        public ApiResponse<Page<Kennel>> list(Consumer<KennelsListRequest.Builder> request) {
            Objects.requireNonNull(request, "request == null");
            KennelsListRequest.Builder builder = KennelsListRequest.builder();
            request.accept(builder);
            return list(builder.build());
        }

        /**
         * Lists kennels, a page at a time.
         *
         * <p>{@code POST /kennels/list}
         */
        public ApiResponse<Page<Kennel>> list(KennelsListRequest request) {
            return list(request, RequestOptions.none());
        }

        /**
         * Lists kennels, a page at a time.
         *
         * <p>{@code POST /kennels/list}
         * @param options timeout, retries and headers for this call only
         */
        public ApiResponse<Page<Kennel>> list(KennelsListRequest request, RequestOptions options) {
            Objects.requireNonNull(request, "request == null");
            Objects.requireNonNull(options, "options == null");
            return core.pageRaw(LIST, request.toWireRequest(), options, LIST_ANSWER,
                    cursor -> client.list(request.toBuilder().pageCursor(cursor).build(), options));
        }

        /**
         * Returns one kennel, by ID or by name.
         *
         * <p>{@code POST /kennels/get}
         *
         * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body
         * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
         */
        public ApiResponse<Kennel> get(Consumer<KennelsGetRequest.Builder> request) {
            Objects.requireNonNull(request, "request == null");
            KennelsGetRequest.Builder builder = KennelsGetRequest.builder();
            request.accept(builder);
            return get(builder.build());
        }

        /**
         * Returns one kennel, by ID or by name.
         *
         * <p>{@code POST /kennels/get}
         *
         * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body
         */
        public ApiResponse<Kennel> get(KennelsGetRequest request) {
            return get(request, RequestOptions.none());
        }

        /**
         * Returns one kennel, by ID or by name.
         *
         * <p>{@code POST /kennels/get}
         *
         * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body
         * @param options timeout, retries and headers for this call only
         */
        public ApiResponse<Kennel> get(KennelsGetRequest request, RequestOptions options) {
            Objects.requireNonNull(request, "request == null");
            Objects.requireNonNull(options, "options == null");
            return core.callRaw(GET, request.toWireRequest(), options, GET_ANSWER);
        }

        /**
         * Renames a kennel or changes its capacity and labels.
         *
         * <p>{@code POST /kennels/update}
         * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
         */
        public ApiResponse<Void> update(Consumer<KennelsUpdateRequest.Builder> request) {
            Objects.requireNonNull(request, "request == null");
            KennelsUpdateRequest.Builder builder = KennelsUpdateRequest.builder();
            request.accept(builder);
            return update(builder.build());
        }

        /**
         * Renames a kennel or changes its capacity and labels.
         *
         * <p>{@code POST /kennels/update}
         */
        public ApiResponse<Void> update(KennelsUpdateRequest request) {
            return update(request, RequestOptions.none());
        }

        /**
         * Renames a kennel or changes its capacity and labels.
         *
         * <p>{@code POST /kennels/update}
         * @param options timeout, retries and headers for this call only
         */
        public ApiResponse<Void> update(KennelsUpdateRequest request, RequestOptions options) {
            Objects.requireNonNull(request, "request == null");
            Objects.requireNonNull(options, "options == null");
            return core.callRaw(UPDATE, request.toWireRequest(), options, ResponseReader.none());
        }

        /**
         * The kennel's photo, streamed.
         *
         * <p><code>GET /kennels/{kennelId}/photo</code>
         *
         * <p>The answer's body is streamed, not read into memory: close the {@link Download} when done.
         * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
         */
        public ApiResponse<Download> downloadPhoto(
                Consumer<KennelsDownloadPhotoRequest.Builder> request) {
            Objects.requireNonNull(request, "request == null");
            KennelsDownloadPhotoRequest.Builder builder = KennelsDownloadPhotoRequest.builder();
            request.accept(builder);
            return downloadPhoto(builder.build());
        }

        /**
         * The kennel's photo, streamed.
         *
         * <p><code>GET /kennels/{kennelId}/photo</code>
         *
         * <p>The answer's body is streamed, not read into memory: close the {@link Download} when done.
         */
        public ApiResponse<Download> downloadPhoto(KennelsDownloadPhotoRequest request) {
            return downloadPhoto(request, RequestOptions.none());
        }

        /**
         * The kennel's photo, streamed.
         *
         * <p><code>GET /kennels/{kennelId}/photo</code>
         *
         * <p>The answer's body is streamed, not read into memory: close the {@link Download} when done.
         * @param options timeout, retries and headers for this call only
         */
        public ApiResponse<Download> downloadPhoto(KennelsDownloadPhotoRequest request,
                RequestOptions options) {
            Objects.requireNonNull(request, "request == null");
            Objects.requireNonNull(options, "options == null");
            return core.downloadRaw(DOWNLOAD_PHOTO, request.toWireRequest(), options);
        }

        /**
         * Reads the keeper's notes
         *
         * <p><code>GET /kennels/{kennelId}/notes</code>
         * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
         */
        public ApiResponse<String> readNotes(Consumer<KennelsReadNotesRequest.Builder> request) {
            Objects.requireNonNull(request, "request == null");
            KennelsReadNotesRequest.Builder builder = KennelsReadNotesRequest.builder();
            request.accept(builder);
            return readNotes(builder.build());
        }

        /**
         * Reads the keeper's notes
         *
         * <p><code>GET /kennels/{kennelId}/notes</code>
         */
        public ApiResponse<String> readNotes(KennelsReadNotesRequest request) {
            return readNotes(request, RequestOptions.none());
        }

        /**
         * Reads the keeper's notes
         *
         * <p><code>GET /kennels/{kennelId}/notes</code>
         * @param options timeout, retries and headers for this call only
         */
        public ApiResponse<String> readNotes(KennelsReadNotesRequest request,
                RequestOptions options) {
            Objects.requireNonNull(request, "request == null");
            Objects.requireNonNull(options, "options == null");
            return core.callRaw(READ_NOTES, request.toWireRequest(), options, READ_NOTES_ANSWER);
        }

        /**
         * Every kennel's name
         *
         * <p>{@code GET /kennels/names}
         *
         * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status
         *
         * @deprecated The API marks this deprecated.
         */
        @Deprecated
        public ApiResponse<List<String>> listNames() {
            return listNames(KennelsListNamesRequest.builder().build());
        }

        /**
         * Every kennel's name
         *
         * <p>{@code GET /kennels/names}
         *
         * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status
         *
         * @deprecated The API marks this deprecated.
         * @param request sets the request's values on a new builder, such as {@code r -> r.build(...)}
         */
        @Deprecated
        public ApiResponse<List<String>> listNames(
                Consumer<KennelsListNamesRequest.Builder> request) {
            Objects.requireNonNull(request, "request == null");
            KennelsListNamesRequest.Builder builder = KennelsListNamesRequest.builder();
            request.accept(builder);
            return listNames(builder.build());
        }

        /**
         * Every kennel's name
         *
         * <p>{@code GET /kennels/names}
         *
         * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status
         *
         * @deprecated The API marks this deprecated.
         */
        @Deprecated
        public ApiResponse<List<String>> listNames(KennelsListNamesRequest request) {
            return listNames(request, RequestOptions.none());
        }

        /**
         * Every kennel's name
         *
         * <p>{@code GET /kennels/names}
         *
         * @throws ApiException for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status
         *
         * @deprecated The API marks this deprecated.
         * @param options timeout, retries and headers for this call only
         */
        @Deprecated
        public ApiResponse<List<String>> listNames(KennelsListNamesRequest request,
                RequestOptions options) {
            Objects.requireNonNull(request, "request == null");
            Objects.requireNonNull(options, "options == null");
            return core.callRaw(LIST_NAMES, request.toWireRequest(), options, LIST_NAMES_ANSWER);
        }
    }
}
