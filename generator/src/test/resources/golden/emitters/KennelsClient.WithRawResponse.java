/**
 * {@link com.example.kennel.kennels.KennelsClient}'s operations, each returning an {@code ApiResponse}.
 */
public static final class WithRawResponse {
  private final com.example.kennel.kennels.KennelsClient client;

  private final dev.seamgen.runtime.core.ApiCore core;

  private WithRawResponse(com.example.kennel.kennels.KennelsClient client) {
    this.client = client;
    this.core = client.core;
  }

  /**
   * Lists kennels, a page at a time.
   *
   * <p>{@code POST /kennels/list}
   */
  public dev.seamgen.runtime.ApiResponse<dev.seamgen.runtime.Page<com.example.kennel.model.Kennel>> list(
      ) {
    return list(com.example.kennel.kennels.KennelsListRequest.builder().build());
  }

  /**
   * Lists kennels, a page at a time.
   *
   * <p>{@code POST /kennels/list}
   * @param request sets the request's values on a new builder, such as {@code r -> r.limit(...)}
   */
  public dev.seamgen.runtime.ApiResponse<dev.seamgen.runtime.Page<com.example.kennel.model.Kennel>> list(
      java.util.function.Consumer<com.example.kennel.kennels.KennelsListRequest.Builder> request) {
    java.util.Objects.requireNonNull(request, "request == null");
    com.example.kennel.kennels.KennelsListRequest.Builder builder = com.example.kennel.kennels.KennelsListRequest.builder();
    request.accept(builder);
    return list(builder.build());
  }

  /**
   * Lists kennels, a page at a time.
   *
   * <p>{@code POST /kennels/list}
   */
  public dev.seamgen.runtime.ApiResponse<dev.seamgen.runtime.Page<com.example.kennel.model.Kennel>> list(
      com.example.kennel.kennels.KennelsListRequest request) {
    return list(request, dev.seamgen.runtime.RequestOptions.none());
  }

  /**
   * Lists kennels, a page at a time.
   *
   * <p>{@code POST /kennels/list}
   * @param options timeout, retries and headers for this call only
   */
  public dev.seamgen.runtime.ApiResponse<dev.seamgen.runtime.Page<com.example.kennel.model.Kennel>> list(
      com.example.kennel.kennels.KennelsListRequest request,
      dev.seamgen.runtime.RequestOptions options) {
    java.util.Objects.requireNonNull(request, "request == null");
    java.util.Objects.requireNonNull(options, "options == null");
    return core.pageRaw(LIST, request.toWireRequest(), options, LIST_ANSWER,
        cursor -> client.list(request.toBuilder().pageCursor(cursor).build(), options));
  }

  /**
   * Returns one kennel, by ID or by name.
   *
   * <p>{@code POST /kennels/get}
   *
   * @throws dev.seamgen.runtime.ApiException for an error status; {@code e.body(com.example.kennel.model.Problem.class)} reads its body
   * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
   */
  public dev.seamgen.runtime.ApiResponse<com.example.kennel.model.Kennel> get(
      java.util.function.Consumer<com.example.kennel.kennels.KennelsGetRequest.Builder> request) {
    java.util.Objects.requireNonNull(request, "request == null");
    com.example.kennel.kennels.KennelsGetRequest.Builder builder = com.example.kennel.kennels.KennelsGetRequest.builder();
    request.accept(builder);
    return get(builder.build());
  }

  /**
   * Returns one kennel, by ID or by name.
   *
   * <p>{@code POST /kennels/get}
   *
   * @throws dev.seamgen.runtime.ApiException for an error status; {@code e.body(com.example.kennel.model.Problem.class)} reads its body
   */
  public dev.seamgen.runtime.ApiResponse<com.example.kennel.model.Kennel> get(
      com.example.kennel.kennels.KennelsGetRequest request) {
    return get(request, dev.seamgen.runtime.RequestOptions.none());
  }

  /**
   * Returns one kennel, by ID or by name.
   *
   * <p>{@code POST /kennels/get}
   *
   * @throws dev.seamgen.runtime.ApiException for an error status; {@code e.body(com.example.kennel.model.Problem.class)} reads its body
   * @param options timeout, retries and headers for this call only
   */
  public dev.seamgen.runtime.ApiResponse<com.example.kennel.model.Kennel> get(
      com.example.kennel.kennels.KennelsGetRequest request,
      dev.seamgen.runtime.RequestOptions options) {
    java.util.Objects.requireNonNull(request, "request == null");
    java.util.Objects.requireNonNull(options, "options == null");
    return core.callRaw(GET, request.toWireRequest(), options, GET_ANSWER);
  }

  /**
   * Renames a kennel or changes its capacity and labels.
   *
   * <p>{@code POST /kennels/update}
   * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
   */
  public dev.seamgen.runtime.ApiResponse<java.lang.Void> update(
      java.util.function.Consumer<com.example.kennel.kennels.KennelsUpdateRequest.Builder> request) {
    java.util.Objects.requireNonNull(request, "request == null");
    com.example.kennel.kennels.KennelsUpdateRequest.Builder builder = com.example.kennel.kennels.KennelsUpdateRequest.builder();
    request.accept(builder);
    return update(builder.build());
  }

  /**
   * Renames a kennel or changes its capacity and labels.
   *
   * <p>{@code POST /kennels/update}
   */
  public dev.seamgen.runtime.ApiResponse<java.lang.Void> update(
      com.example.kennel.kennels.KennelsUpdateRequest request) {
    return update(request, dev.seamgen.runtime.RequestOptions.none());
  }

  /**
   * Renames a kennel or changes its capacity and labels.
   *
   * <p>{@code POST /kennels/update}
   * @param options timeout, retries and headers for this call only
   */
  public dev.seamgen.runtime.ApiResponse<java.lang.Void> update(
      com.example.kennel.kennels.KennelsUpdateRequest request,
      dev.seamgen.runtime.RequestOptions options) {
    java.util.Objects.requireNonNull(request, "request == null");
    java.util.Objects.requireNonNull(options, "options == null");
    return core.callRaw(UPDATE, request.toWireRequest(), options, dev.seamgen.runtime.core.ResponseReader.none());
  }

  /**
   * The kennel's photo, streamed.
   *
   * <p><code>GET /kennels/{kennelId}/photo</code>
   *
   * <p>The answer's body is streamed, not read into memory: close the {@link dev.seamgen.runtime.Download} when done.
   * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
   */
  public dev.seamgen.runtime.ApiResponse<dev.seamgen.runtime.Download> downloadPhoto(
      java.util.function.Consumer<com.example.kennel.kennels.KennelsDownloadPhotoRequest.Builder> request) {
    java.util.Objects.requireNonNull(request, "request == null");
    com.example.kennel.kennels.KennelsDownloadPhotoRequest.Builder builder = com.example.kennel.kennels.KennelsDownloadPhotoRequest.builder();
    request.accept(builder);
    return downloadPhoto(builder.build());
  }

  /**
   * The kennel's photo, streamed.
   *
   * <p><code>GET /kennels/{kennelId}/photo</code>
   *
   * <p>The answer's body is streamed, not read into memory: close the {@link dev.seamgen.runtime.Download} when done.
   */
  public dev.seamgen.runtime.ApiResponse<dev.seamgen.runtime.Download> downloadPhoto(
      com.example.kennel.kennels.KennelsDownloadPhotoRequest request) {
    return downloadPhoto(request, dev.seamgen.runtime.RequestOptions.none());
  }

  /**
   * The kennel's photo, streamed.
   *
   * <p><code>GET /kennels/{kennelId}/photo</code>
   *
   * <p>The answer's body is streamed, not read into memory: close the {@link dev.seamgen.runtime.Download} when done.
   * @param options timeout, retries and headers for this call only
   */
  public dev.seamgen.runtime.ApiResponse<dev.seamgen.runtime.Download> downloadPhoto(
      com.example.kennel.kennels.KennelsDownloadPhotoRequest request,
      dev.seamgen.runtime.RequestOptions options) {
    java.util.Objects.requireNonNull(request, "request == null");
    java.util.Objects.requireNonNull(options, "options == null");
    return core.downloadRaw(DOWNLOAD_PHOTO, request.toWireRequest(), options);
  }

  /**
   * Reads the keeper's notes
   *
   * <p><code>GET /kennels/{kennelId}/notes</code>
   * @param request sets the request's values on a new builder, such as {@code r -> r.kennelId(...)}
   */
  public dev.seamgen.runtime.ApiResponse<java.lang.String> readNotes(
      java.util.function.Consumer<com.example.kennel.kennels.KennelsReadNotesRequest.Builder> request) {
    java.util.Objects.requireNonNull(request, "request == null");
    com.example.kennel.kennels.KennelsReadNotesRequest.Builder builder = com.example.kennel.kennels.KennelsReadNotesRequest.builder();
    request.accept(builder);
    return readNotes(builder.build());
  }

  /**
   * Reads the keeper's notes
   *
   * <p><code>GET /kennels/{kennelId}/notes</code>
   */
  public dev.seamgen.runtime.ApiResponse<java.lang.String> readNotes(
      com.example.kennel.kennels.KennelsReadNotesRequest request) {
    return readNotes(request, dev.seamgen.runtime.RequestOptions.none());
  }

  /**
   * Reads the keeper's notes
   *
   * <p><code>GET /kennels/{kennelId}/notes</code>
   * @param options timeout, retries and headers for this call only
   */
  public dev.seamgen.runtime.ApiResponse<java.lang.String> readNotes(
      com.example.kennel.kennels.KennelsReadNotesRequest request,
      dev.seamgen.runtime.RequestOptions options) {
    java.util.Objects.requireNonNull(request, "request == null");
    java.util.Objects.requireNonNull(options, "options == null");
    return core.callRaw(READ_NOTES, request.toWireRequest(), options, READ_NOTES_ANSWER);
  }

  /**
   * Every kennel's name
   *
   * <p>{@code GET /kennels/names}
   *
   * @throws dev.seamgen.runtime.ApiException for an error status; {@code e.body(com.example.kennel.model.Problem.class)} reads its body for 4xx, {@code e.body(new com.fasterxml.jackson.core.type.TypeReference<java.util.List<com.example.kennel.model.Problem>>() {})} for any other status
   *
   * @deprecated The API marks this deprecated.
   */
  @java.lang.Deprecated
  public dev.seamgen.runtime.ApiResponse<java.util.List<java.lang.String>> listNames() {
    return listNames(com.example.kennel.kennels.KennelsListNamesRequest.builder().build());
  }

  /**
   * Every kennel's name
   *
   * <p>{@code GET /kennels/names}
   *
   * @throws dev.seamgen.runtime.ApiException for an error status; {@code e.body(com.example.kennel.model.Problem.class)} reads its body for 4xx, {@code e.body(new com.fasterxml.jackson.core.type.TypeReference<java.util.List<com.example.kennel.model.Problem>>() {})} for any other status
   *
   * @deprecated The API marks this deprecated.
   * @param request sets the request's values on a new builder, such as {@code r -> r.build(...)}
   */
  @java.lang.Deprecated
  public dev.seamgen.runtime.ApiResponse<java.util.List<java.lang.String>> listNames(
      java.util.function.Consumer<com.example.kennel.kennels.KennelsListNamesRequest.Builder> request) {
    java.util.Objects.requireNonNull(request, "request == null");
    com.example.kennel.kennels.KennelsListNamesRequest.Builder builder = com.example.kennel.kennels.KennelsListNamesRequest.builder();
    request.accept(builder);
    return listNames(builder.build());
  }

  /**
   * Every kennel's name
   *
   * <p>{@code GET /kennels/names}
   *
   * @throws dev.seamgen.runtime.ApiException for an error status; {@code e.body(com.example.kennel.model.Problem.class)} reads its body for 4xx, {@code e.body(new com.fasterxml.jackson.core.type.TypeReference<java.util.List<com.example.kennel.model.Problem>>() {})} for any other status
   *
   * @deprecated The API marks this deprecated.
   */
  @java.lang.Deprecated
  public dev.seamgen.runtime.ApiResponse<java.util.List<java.lang.String>> listNames(
      com.example.kennel.kennels.KennelsListNamesRequest request) {
    return listNames(request, dev.seamgen.runtime.RequestOptions.none());
  }

  /**
   * Every kennel's name
   *
   * <p>{@code GET /kennels/names}
   *
   * @throws dev.seamgen.runtime.ApiException for an error status; {@code e.body(com.example.kennel.model.Problem.class)} reads its body for 4xx, {@code e.body(new com.fasterxml.jackson.core.type.TypeReference<java.util.List<com.example.kennel.model.Problem>>() {})} for any other status
   *
   * @deprecated The API marks this deprecated.
   * @param options timeout, retries and headers for this call only
   */
  @java.lang.Deprecated
  public dev.seamgen.runtime.ApiResponse<java.util.List<java.lang.String>> listNames(
      com.example.kennel.kennels.KennelsListNamesRequest request,
      dev.seamgen.runtime.RequestOptions options) {
    java.util.Objects.requireNonNull(request, "request == null");
    java.util.Objects.requireNonNull(options, "options == null");
    return core.callRaw(LIST_NAMES, request.toWireRequest(), options, LIST_NAMES_ANSWER);
  }
}
