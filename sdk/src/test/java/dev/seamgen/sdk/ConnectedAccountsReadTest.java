package dev.seamgen.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamgen.runtime.ApiException;
import dev.seamgen.runtime.ApiResponse;
import dev.seamgen.runtime.BadRequestException;
import dev.seamgen.runtime.NotFoundException;
import dev.seamgen.runtime.Page;
import dev.seamgen.runtime.UnauthorizedException;
import dev.seamgen.sdk.connectedaccounts.ConnectedAccountsAsyncClient;
import dev.seamgen.sdk.connectedaccounts.ConnectedAccountsClient;
import dev.seamgen.sdk.connectedaccounts.ConnectedAccountsGetRequest;
import dev.seamgen.sdk.connectedaccounts.ConnectedAccountsListRequest;
import dev.seamgen.sdk.connectedaccounts.ConnectedAccountsSyncRequest;
import dev.seamgen.sdk.model.ConnectedAccount;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reads against Seam's fake server; nothing here changes its data. */
class ConnectedAccountsReadTest {
  private static final List<String> SEEDED =
      List.of(
          "john_connected_account_id",
          "jane_connected_account_id",
          "john_assa_cs_connected_account_id");

  @RegisterExtension static final FakeSeamServer SERVER = new FakeSeamServer();

  private final ConnectedAccountsClient accounts = SERVER.client().connectedAccounts();

  @Test
  void listReturnsTheSeededAccounts() {
    Page<ConnectedAccount> page = accounts.list();

    assertEquals(SEEDED, ids(page.items()));
    ConnectedAccount john = page.items().get(0);
    assertEquals("john@example.com", john.displayName());
    assertTrue(john.automaticallyManageNewDevices());
    assertFalse(page.hasNextPage());
  }

  @Test
  @SuppressWarnings("deprecation") // userIdentifier() is deprecated in the API, still read here
  void fieldsTheFakeLeavesOutReadAsEmptyAndUnknownFieldsAreKept() {
    ConnectedAccount john = accounts.list().items().get(0);

    assertEquals(List.of(), john.errors());
    assertEquals(List.of(), john.warnings());
    assertEquals("august", john.additionalProperties().get("provider"));
    assertTrue(john.createdAt().isPresent(), "created_at parses as a timestamp");
    assertEquals("john@example.com", john.userIdentifier().orElseThrow().email().orElseThrow());
  }

  @Test
  void getByIdAndByEmail() {
    ConnectedAccount byId =
        accounts.get(
            ConnectedAccountsGetRequest.builder()
                .connectedAccountId("john_connected_account_id")
                .build());
    ConnectedAccount byEmail =
        accounts.get(ConnectedAccountsGetRequest.builder().email("jane@example.com").build());

    assertEquals("john_connected_account_id", byId.connectedAccountId());
    assertEquals("jane_connected_account_id", byEmail.connectedAccountId());
    assertEquals(
        byId,
        accounts.get(
            ConnectedAccountsGetRequest.builder()
                .connectedAccountId("john_connected_account_id")
                .build()),
        "models compare by value");
  }

  @Test
  void getNeedsExactlyOneOfIdAndEmailBeforeAnythingIsSent() {
    IllegalStateException neither =
        assertThrows(
            IllegalStateException.class, () -> ConnectedAccountsGetRequest.builder().build());
    IllegalStateException both =
        assertThrows(
            IllegalStateException.class,
            () ->
                ConnectedAccountsGetRequest.builder()
                    .connectedAccountId("a")
                    .email("b@c.d")
                    .build());

    assertTrue(neither.getMessage().contains("connectedAccountId"), neither.getMessage());
    assertTrue(neither.getMessage().contains("email"), neither.getMessage());
    assertTrue(both.getMessage().contains("were set"), both.getMessage());
  }

  @Test
  void aMissingAccountIsA404WithTheApiErrorTypeAndRequestId() {
    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () ->
                accounts.get(
                    ConnectedAccountsGetRequest.builder()
                        .connectedAccountId("no_such_account")
                        .build()));

    assertEquals(404, e.statusCode());
    assertEquals("connected_account_not_found", e.errorType());
    assertNotNull(e.requestId());
    assertTrue(e.getMessage().contains("connected_account_not_found"), e.getMessage());
    assertTrue(e.getMessage().contains(e.requestId()), e.getMessage());
  }

  @Test
  void aWrongApiKeyIsA401ThatDoesNotRepeatTheKey() {
    String key = "seam_wrongkey_token";
    Seam wrong = Seam.builder().apiKey(key).endpoint(SERVER.endpoint()).build();

    UnauthorizedException e =
        assertThrows(UnauthorizedException.class, () -> wrong.connectedAccounts().list());

    assertEquals(401, e.statusCode());
    assertFalse(e.getMessage().contains(key), e.getMessage());
  }

  @Test
  void invalidInputIsA400WithMessagesPerField() {
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () ->
                accounts.list(
                    ConnectedAccountsListRequest.builder().pageCursor("garbage").build()));

    assertEquals(400, e.statusCode());
    assertEquals("invalid_input", e.errorType());
    assertTrue(e.validationErrors().containsKey("page_cursor"), e.validationErrors().toString());
  }

  @Test
  void aLimitTheApiRefusesFailsBeforeAnythingIsSent() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConnectedAccountsListRequest.builder().limit(0).build());

    assertTrue(e.getMessage().contains("limit must be greater than 0"), e.getMessage());
  }

  @Test
  void rawResponsesCarryStatusAndRequestId() {
    ApiResponse<ConnectedAccount> response =
        accounts
            .withRawResponse()
            .get(
                ConnectedAccountsGetRequest.builder()
                    .connectedAccountId("jane_connected_account_id")
                    .build());
    ApiResponse<Page<ConnectedAccount>> page = accounts.withRawResponse().list();

    assertEquals(200, response.statusCode());
    assertTrue(response.requestId().isPresent());
    assertEquals("jane_connected_account_id", response.value().connectedAccountId());
    assertEquals(SEEDED, ids(page.value().items()));
  }

  @Test
  void theAsyncClientWalksEveryPageAndReportsErrorsInTheFuture() throws Exception {
    ConnectedAccountsAsyncClient async = SERVER.client().async().connectedAccounts();

    Page<ConnectedAccount> first =
        async
            .list(ConnectedAccountsListRequest.builder().limit(1).build())
            .get(10, TimeUnit.SECONDS);
    assertEquals(SEEDED, ids(first.autoPager()));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                async
                    .get(
                        ConnectedAccountsGetRequest.builder()
                            .connectedAccountId("no_such_account")
                            .build())
                    .get(10, TimeUnit.SECONDS));
    assertInstanceOf(NotFoundException.class, e.getCause());
  }

  @Test
  void pagesAreWalkedOneAtATime() {
    Page<ConnectedAccount> first =
        accounts.list(ConnectedAccountsListRequest.builder().limit(1).build());

    assertEquals(1, first.items().size());
    assertTrue(first.hasNextPage());
    assertTrue(first.nextPageCursor().isPresent());
    Page<ConnectedAccount> second = first.nextPage();
    assertEquals(List.of(SEEDED.get(1)), ids(second.items()));

    List<String> walked = ids(first.autoPager());
    assertEquals(SEEDED, walked);
    assertEquals(
        SEEDED,
        first.autoPager().stream()
            .map(ConnectedAccount::connectedAccountId)
            .collect(Collectors.toList()));
  }

  @Test
  void theLastPageSaysSoInsteadOfFetching() {
    Page<ConnectedAccount> all = accounts.list();

    NoSuchElementException e = assertThrows(NoSuchElementException.class, all::nextPage);
    assertTrue(e.getMessage().contains("hasNextPage"), e.getMessage());
  }

  @Test
  void aNonJsonErrorPageStillGivesTheStatus() {
    // The fake does not implement /connected_accounts/sync: it answers a plain-text 404.
    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                accounts.sync(
                    ConnectedAccountsSyncRequest.builder()
                        .connectedAccountId("john_connected_account_id")
                        .build()));

    assertEquals(404, e.statusCode());
    assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
  }

  private static List<String> ids(Iterable<ConnectedAccount> accounts) {
    List<String> ids = new java.util.ArrayList<>();
    accounts.forEach(a -> ids.add(a.connectedAccountId()));
    return ids;
  }
}
