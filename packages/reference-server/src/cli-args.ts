/**
 * The command line of `pnpm reference-server`, parsed into start options. Pure, so it is
 * tested without starting anything.
 */
import type { StartOptions } from "./start.ts";

export const usage = `usage: reference-server [options]
  --host HOST              interface to listen on (default 127.0.0.1)
  --port PORT              port, 0 for a free one (default 0)
  --api-key KEY            accept this API key; repeat for more; '*' accepts any key
                           (default: sk-ant-reference-server)
  --data-dir DIR           keep uploaded files and skills in DIR (default: a temp dir, removed on exit)
  --record FILE            append one JSON line per request received to FILE
  --record-salt SECRET     key the record's credential fingerprints with SECRET, so a suite
                           that knows it can tell its own key from another (default: random)
  --fixtures DIR           replay recorded interactions from DIR (default: conformance/fixtures)
  --no-fixtures            replay nothing; every Messages reply is synthetic
  --batch-ms MS            how long a batch stays in_progress (default 1000)
  --stream-delay-ms MS     pause between SSE events (default 0)
  --downloadable-uploads   make uploaded files downloadable
  --shared-workspace       every API key sees every file, skill and batch
                           (default: each key is its own workspace)
  --bedrock-key ID:SECRET  verify Bedrock SigV4 signatures made with this (test) access key;
                           repeat for more (default: the keys of defaultPlatformCredentials)
  --platform-token TOKEN   accept TOKEN as a Bedrock API key, a Vertex access token, a Foundry
                           key and an Entra token; repeat for more; '*' accepts any
  --help                   show this help`;

export class UsageError extends Error {
  override readonly name = "UsageError";
}

function integer(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new UsageError(`${flag} needs a non-negative integer`);
  return Number(value);
}

export function parseCliArgs(argv: readonly string[]): StartOptions | "help" {
  const options: StartOptions = {};
  const keys: string[] = [];
  const awsKeys: { accessKeyId: string; secretAccessKey: string }[] = [];
  const tokens: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith("--"))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--help":
      case "-h":
        return "help";
      case "--host":
        options.host = value();
        break;
      case "--port": {
        const port = integer(flag, value());
        if (port > 65535) throw new UsageError("--port must be at most 65535");
        options.port = port;
        break;
      }
      case "--api-key":
        keys.push(value());
        break;
      case "--data-dir":
        options.dataDir = value();
        break;
      case "--record":
        options.record = value();
        break;
      case "--record-salt":
        options.recordSalt = value();
        break;
      case "--fixtures":
        options.fixturesDir = value();
        break;
      case "--no-fixtures":
        options.fixturesDir = false;
        break;
      case "--batch-ms":
        options.batchProcessingMs = integer(flag, value());
        break;
      case "--stream-delay-ms":
        options.streamEventDelayMs = integer(flag, value());
        break;
      case "--downloadable-uploads":
        options.downloadableUploads = true;
        break;
      case "--shared-workspace":
        options.workspaces = "shared";
        break;
      case "--bedrock-key": {
        const pair = value();
        const colon = pair.indexOf(":");
        // The message never repeats the value: it may be a secret.
        if (colon <= 0 || colon === pair.length - 1) throw new UsageError("--bedrock-key needs ACCESS_KEY_ID:SECRET_ACCESS_KEY");
        awsKeys.push({ accessKeyId: pair.slice(0, colon), secretAccessKey: pair.slice(colon + 1) });
        break;
      }
      case "--platform-token":
        tokens.push(value());
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (keys.length > 0) options.apiKeys = keys.includes("*") ? "any" : keys;
  if (awsKeys.length > 0 || tokens.length > 0) {
    const accepted = tokens.includes("*") ? ("any" as const) : tokens.length > 0 ? tokens : undefined;
    options.platforms = {
      bedrock: { ...(awsKeys.length ? { credentials: awsKeys } : {}), ...(accepted ? { apiKeys: accepted } : {}) },
      ...(accepted ? { vertex: { tokens: accepted }, foundry: { apiKeys: accepted, tokens: accepted } } : {}),
    };
  }
  return options;
}
