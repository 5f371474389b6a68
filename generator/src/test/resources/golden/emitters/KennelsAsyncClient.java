package com.example.kennel.kennels;

import com.example.kennel.Kennel;
import com.example.kennel.kennels.staff.KennelsStaffAsyncClient;
import com.example.kennel.model.Problem;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.Download;
import dev.seamgen.runtime.Page;
import dev.seamgen.runtime.RequestOptions;
import dev.seamgen.runtime.core.ApiCore;
import dev.seamgen.runtime.core.ResponseReader;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The {@code kennels} operations without blocking: each returns a {@code CompletableFuture} that completes with the value or with the exception the blocking {@link KennelsClient} would throw. Retries are scheduled, not slept. Get this client from {@code kennel.async().kennels()}.
 */
@Generated(
        value = "dev.seamgen.generator",
        comments = "from emitters.yaml#/paths"
)
public final class KennelsAsyncClient {
    private final ApiCore core;

    private final KennelsClient client;

    private final KennelsStaffAsyncClient staff;

    /**
     * For {@link Kennel}; applications get this client from it.
     */
    public KennelsAsyncClient(ApiCore core) {
        this.core = Objects.requireNonNull(core, "core == null");
        this.client = new KennelsClient(core);
        this.staff = new KennelsStaffAsyncClient(core);
    }

    /**
     * The {@code kennels.staff} operations, without blocking.
     */
    public KennelsStaffAsyncClient staff() {
        return staff;
    }

    /**
     * Lists kennels, a page at a time.
     *
     * <p>{@code POST /kennels/list}
     */
    public CompletableFuture<Page<com.example.kennel.model.Kennel>> list() {
        return list(KennelsListRequest.builder().build());
    }

    /**
     * Lists kennels, a page at a time.
     *
     * <p>{@code POST /kennels/list}
     * @param request sets the request's values on a new builder, such as {@code r -> r.limit(...)}
     */
    public CompletableFuture<Page<com.example.kennel.model.Kennel>> list(
            Consumer<KennelsListRequest.Builder> request) {
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
    public CompletableFuture<Page<com.example.kennel.model.Kennel>> list(
            KennelsListRequest request) {
        return list(request, RequestOptions.none());
    }

    /**
     * Lists kennels, a page at a time.
     *
     * <p>{@code POST /kennels/list}
     * @param options timeout, retries and headers for this call only
     */
    public CompletableFuture<Page<com.example.kennel.model.Kennel>> list(KennelsListRequest request,
            RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.pageAsync(KennelsClient.LIST, request.toWireRequest(), options, KennelsClient.LIST_ANSWER,
                cursor -> client.list(request.toBuilder().pageCursor(cursor).build(), options));
    }

    /**
     * Returns one kennel, by ID or by name.
     *
     * <p>{@code POST /kennels/get}
     *
     * <p>The future fails with {@link ApiException} for an error status; {@code e.body(Problem.class)} reads its body.
     * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
     */
    public CompletableFuture<com.example.kennel.model.Kennel> get(
            Consumer<KennelsGetRequest.Builder> request) {
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
     * <p>The future fails with {@link ApiException} for an error status; {@code e.body(Problem.class)} reads its body.
     */
    public CompletableFuture<com.example.kennel.model.Kennel> get(KennelsGetRequest request) {
        return get(request, RequestOptions.none());
    }

    /**
     * Returns one kennel, by ID or by name.
     *
     * <p>{@code POST /kennels/get}
     *
     * <p>The future fails with {@link ApiException} for an error status; {@code e.body(Problem.class)} reads its body.
     * @param options timeout, retries and headers for this call only
     */
    public CompletableFuture<com.example.kennel.model.Kennel> get(KennelsGetRequest request,
            RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.callAsync(KennelsClient.GET, request.toWireRequest(), options, KennelsClient.GET_ANSWER);
    }

    /**
     * Renames a kennel or changes its capacity and labels.
     *
     * <p>{@code POST /kennels/update}
     * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
     */
    public CompletableFuture<Void> update(Consumer<KennelsUpdateRequest.Builder> request) {
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
    public CompletableFuture<Void> update(KennelsUpdateRequest request) {
        return update(request, RequestOptions.none());
    }

    /**
     * Renames a kennel or changes its capacity and labels.
     *
     * <p>{@code POST /kennels/update}
     * @param options timeout, retries and headers for this call only
     */
    public CompletableFuture<Void> update(KennelsUpdateRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.callAsync(KennelsClient.UPDATE, request.toWireRequest(), options, ResponseReader.none());
    }

    /**
     * The kennel's photo, streamed.
     *
     * <p><code>GET /kennels/{kennelId}/photo</code>
     *
     * <p>The answer's body is streamed, not read into memory: close the {@link Download} when done.
     * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
     */
    public CompletableFuture<Download> downloadPhoto(
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
    public CompletableFuture<Download> downloadPhoto(KennelsDownloadPhotoRequest request) {
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
    public CompletableFuture<Download> downloadPhoto(KennelsDownloadPhotoRequest request,
            RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.downloadAsync(KennelsClient.DOWNLOAD_PHOTO, request.toWireRequest(), options);
    }

    /**
     * Reads the keeper's notes
     *
     * <p><code>GET /kennels/{kennelId}/notes</code>
     * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
     */
    public CompletableFuture<String> readNotes(Consumer<KennelsReadNotesRequest.Builder> request) {
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
    public CompletableFuture<String> readNotes(KennelsReadNotesRequest request) {
        return readNotes(request, RequestOptions.none());
    }

    /**
     * Reads the keeper's notes
     *
     * <p><code>GET /kennels/{kennelId}/notes</code>
     * @param options timeout, retries and headers for this call only
     */
    public CompletableFuture<String> readNotes(KennelsReadNotesRequest request,
            RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.callAsync(KennelsClient.READ_NOTES, request.toWireRequest(), options, KennelsClient.READ_NOTES_ANSWER);
    }

    /**
     * Every kennel's name
     *
     * <p>{@code GET /kennels/names}
     *
     * <p>The future fails with {@link ApiException} for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status.
     *
     * @deprecated The API marks this deprecated.
     */
    @Deprecated
    public CompletableFuture<List<String>> listNames() {
        return listNames(KennelsListNamesRequest.builder().build());
    }

    /**
     * Every kennel's name
     *
     * <p>{@code GET /kennels/names}
     *
     * <p>The future fails with {@link ApiException} for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status.
     *
     * @deprecated The API marks this deprecated.
     * @param request sets the request's values on a new builder, such as {@code r -> r.build(...)}
     */
    @Deprecated
    public CompletableFuture<List<String>> listNames(
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
     * <p>The future fails with {@link ApiException} for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status.
     *
     * @deprecated The API marks this deprecated.
     */
    @Deprecated
    public CompletableFuture<List<String>> listNames(KennelsListNamesRequest request) {
        return listNames(request, RequestOptions.none());
    }

    /**
     * Every kennel's name
     *
     * <p>{@code GET /kennels/names}
     *
     * <p>The future fails with {@link ApiException} for an error status; {@code e.body(Problem.class)} reads its body for 4xx, {@code e.body(new TypeReference<List<Problem>>() {})} for any other status.
     *
     * @deprecated The API marks this deprecated.
     * @param options timeout, retries and headers for this call only
     */
    @Deprecated
    public CompletableFuture<List<String>> listNames(KennelsListNamesRequest request,
            RequestOptions options) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(options, "options == null");
        return core.callAsync(KennelsClient.LIST_NAMES, request.toWireRequest(), options, KennelsClient.LIST_NAMES_ANSWER);
    }
}
