package dev.seamgen.bench.floor;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: the same answer bound by plain Jackson databind into hand-written mutable classes with
 * public fields, in one streaming pass. Nothing is checked, nothing is kept immutable, and errors
 * and warnings are one class instead of a union; the SDK does all of that on top.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class FloorListResponse {
  @JsonProperty("connected_accounts")
  public List<Account> connectedAccounts;

  public Pagination pagination;

  /** A connected account. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Account {
    @JsonProperty("connected_account_id")
    public String connectedAccountId;

    @JsonProperty("created_at")
    public OffsetDateTime createdAt;

    @JsonProperty("account_type")
    public String accountType;

    @JsonProperty("account_type_display_name")
    public String accountTypeDisplayName;

    @JsonProperty("display_name")
    public String displayName;

    @JsonProperty("user_identifier")
    public UserIdentifier userIdentifier;

    public List<Issue> errors;
    public List<Issue> warnings;

    @JsonProperty("custom_metadata")
    public Map<String, Object> customMetadata;

    @JsonProperty("automatically_manage_new_devices")
    public boolean automaticallyManageNewDevices;

    @JsonProperty("accepted_capabilities")
    public List<String> acceptedCapabilities;

    @JsonProperty("customer_key")
    public String customerKey;

    @JsonProperty("image_url")
    public String imageUrl;
  }

  /** Who the account belongs to. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class UserIdentifier {
    public String email;
    public String phone;
    public String username;

    @JsonProperty("api_url")
    public String apiUrl;

    public boolean exclusive;
  }

  /** An error or a warning, with whatever fields its code brings. */
  public static final class Issue {
    @JsonProperty("error_code")
    public String errorCode;

    @JsonProperty("warning_code")
    public String warningCode;

    public String message;

    @JsonProperty("created_at")
    public OffsetDateTime createdAt;

    public final Map<String, Object> other = new LinkedHashMap<>();

    @JsonAnySetter
    void other(String name, Object value) {
      other.put(name, value);
    }
  }

  /** Where the next page starts. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Pagination {
    @JsonProperty("has_next_page")
    public boolean hasNextPage;

    @JsonProperty("next_page_cursor")
    public String nextPageCursor;
  }
}
