package dev.seamgen.runtime.core;

import java.time.Instant;

/** The credential setup of Seam's API, under test names, shared by the tests. */
final class Fixtures {
  static final String KEY = "seam_testkey_0123456789";
  static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
  static final AuthConfig AUTH =
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
  static final Endpoint READ = Endpoint.read("things.get", "POST", "/things/get");
  static final Endpoint WRITE = Endpoint.write("things.update", "POST", "/things/update");

  private Fixtures() {}
}
