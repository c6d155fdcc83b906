/**
 * The target of a run: the embedded reference server (recording, so every capability is
 * available), a given URL alone, or a given URL in front of a recording reference server
 * that the runner starts at `--upstream` (or that the user started, `--upstream-record`).
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Capability } from "../cases/case-types.ts";
import type { RunOptions } from "../run/runner.ts";
import { SetupError } from "../run/setup-error.ts";
import { startEmbeddedServer, type EmbeddedServer } from "./embedded-server.ts";
import { UpstreamRecord } from "./upstream-record.ts";
import { platformMounts } from "@claude-spec/reference-server";
import { embeddedPlatformSettings, missingCredentials, platformSettingsFrom, type PlatformSettings } from "../platforms/platform-settings.ts";

export interface Target {
  readonly url: URL;
  readonly apiKey: string;
  readonly capabilities: Set<Capability>;
  readonly upstream: UpstreamRecord | null;
  readonly upstreamUrl: string | null;
  /** `--platform`: how to reach and authenticate on that platform's wire. */
  readonly platform?: PlatformSettings;
  close(): Promise<void>;
}

/** The platform settings for a given target, or a clear setup error when credentials are missing. */
function explicitPlatform(options: RunOptions): PlatformSettings | undefined {
  if (!options.platform) return undefined;
  const settings = platformSettingsFrom(options.platform, options.apiKey, process.env, options.model);
  const missing = missingCredentials(settings);
  if (missing) throw new SetupError(`--platform ${options.platform}: ${missing}`);
  return settings;
}

function parseUrl(value: string, flag: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SetupError(`${flag} ${JSON.stringify(value)} is not a URL (expected http://host:port)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new SetupError(`${flag} must be an http:// or https:// URL`);
  return url;
}

export async function bringUp(options: RunOptions): Promise<Target> {
  const scratch = await mkdtemp(join(tmpdir(), "claude-conformance-"));
  const cleanup: (() => Promise<void>)[] = [() => rm(scratch, { recursive: true, force: true })];
  // Keys the upstream record's credential fingerprints: only this run can compare its key with them.
  const salt = randomBytes(24).toString("hex");
  const close = async () => {
    for (const step of cleanup.reverse()) await step().catch(() => {});
  };
  try {
    if (!options.target) {
      const apiKey = options.apiKey ?? `sk-ant-conformance-${randomBytes(12).toString("hex")}`;
      const server: EmbeddedServer = await startEmbeddedServer({ apiKey, recordFile: join(scratch, "received.jsonl"), recordSalt: salt });
      cleanup.push(() => server.close());
      // A platform's wire is served under its mount on the same port, with test credentials.
      const platform = options.platform ? embeddedPlatformSettings(options.platform, options.model) : undefined;
      const url = new URL(server.url + (options.platform ? platformMounts[options.platform] : ""));
      return { url, apiKey, capabilities: new Set(["reference", "upstream-record"]), upstream: new UpstreamRecord(server.recordFile, salt), upstreamUrl: server.url, platform, close };
    }
    const url = parseUrl(options.target, "--target");
    // The suite starts the upstream itself: it accepts the test credentials the suite signs with.
    const platform = options.upstream && !options.upstreamRecord && options.platform ? embeddedPlatformSettings(options.platform, options.model) : explicitPlatform(options);
    if (!options.apiKey && !platform) throw new SetupError("--api-key (or ANTHROPIC_API_KEY) is needed with --target");
    const apiKey = options.apiKey ?? "";
    if (!options.upstream) return { url, apiKey, capabilities: new Set(), upstream: null, upstreamUrl: null, platform, close };
    const upstreamUrl = parseUrl(options.upstream, "--upstream");
    let recordFile = options.upstreamRecord;
    if (!recordFile) {
      recordFile = join(scratch, "received.jsonl");
      const port = Number(upstreamUrl.port || 80);
      // Behind a gateway with its own keys the upstream takes whatever key the gateway sends;
      // the record's fingerprints then show whether the client's key reached it.
      const server = await startEmbeddedServer({ apiKey: options.gatewayAuth ? "*" : apiKey || `sk-ant-conformance-${randomBytes(12).toString("hex")}`, recordFile, recordSalt: salt, host: upstreamUrl.hostname, port }).catch((error: Error) => {
        throw new SetupError(`cannot start the reference server at ${upstreamUrl.origin} (${error.message}); if one already runs there in record mode, pass --upstream-record FILE`);
      });
      cleanup.push(() => server.close());
    }
    return { url, apiKey, capabilities: new Set(["reference", "upstream-record"]), upstream: new UpstreamRecord(recordFile, options.upstreamRecord ? (options.upstreamRecordSalt ?? null) : salt), upstreamUrl: upstreamUrl.origin, platform, close };
  } catch (error) {
    await close();
    throw error;
  }
}
