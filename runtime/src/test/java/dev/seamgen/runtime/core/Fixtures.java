package dev.seamgen.runtime.core;

import java.time.Instant;

/** The credential setup of Seam's API, under test names, shared by the tests. */
public final class Fixtures {
  public static final String KEY = "seam_testkey_0123456789";
  public static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
  public static final AuthConfig AUTH =
      AuthConfig.builder()
          .scheme(
              CredentialScheme.bearer("apiKey").environmentVariable("TEST_API_KEY").prefix("seam_"))
          .scheme(
              CredentialScheme.bearer("personalAccessToken")
                  .environmentVariable("TEST_PAT")
                  .prefix("seam_at"))
          .scheme(
              CredentialScheme.header("workspaceId", "seam-workspace")
                  .environmentVariable("TEST_WORKSPACE"))
          .scheme(CredentialScheme.bearer("clientSessionToken").prefix("seam_cst"))
          .alternative("apiKey")
          .alternative("personalAccessToken", "workspaceId")
          .alternative("clientSessionToken")
          .build();
  public static final Endpoint READ = Endpoint.read("things.get", "POST", "/things/get");
  public static final Endpoint WRITE = Endpoint.write("things.update", "POST", "/things/update");

  private Fixtures() {}
}
