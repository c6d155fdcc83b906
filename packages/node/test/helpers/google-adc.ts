/**
 * Google application default credentials that work offline: an `external_account` file whose
 * token exchange goes to a loopback STS (PLATFORMS.md §6.2), with the environment that makes
 * google-auth-library read it and nothing else. Returns the variables to set and a cleanup.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const stsAnswer = (accessToken: string) => ({ access_token: accessToken, issued_token_type: "urn:ietf:params:oauth:token-type:access_token", token_type: "Bearer", expires_in: 3600 });

export function offlineApplicationDefaultCredentials(stsURL: string, project: string): { env: Record<string, string>; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "adc-"));
  writeFileSync(join(dir, "subject-token"), "subject-token-EXAMPLE");
  writeFileSync(
    join(dir, "adc.json"),
    JSON.stringify({
      type: "external_account",
      audience: "//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/pool/providers/prov",
      subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
      token_url: stsURL,
      credential_source: { file: join(dir, "subject-token") },
    }),
  );
  return {
    env: { GOOGLE_APPLICATION_CREDENTIALS: join(dir, "adc.json"), GOOGLE_CLOUD_PROJECT: project, METADATA_SERVER_DETECTION: "none" },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
