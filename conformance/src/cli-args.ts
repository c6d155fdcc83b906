/** The command line, parsed into options. Pure, so it is tested without running anything. */
import type { Tier } from "./cases/case-types.ts";
import { ConfigError, configArgs, parseHeader } from "./cli-config.ts";
import { reportFormats, type ReportFormat } from "./report/write-reports.ts";
import type { RunOptions } from "./run/runner.ts";

export const usage = `usage: claude-conformance [options]            run the suite (default: against the embedded reference server)
       claude-conformance check-corpus [--cases DIR]   check the case files themselves

target
  --target URL             the API base URL to check (the part before /v1)
  --api-key KEY            its key; prefer $ANTHROPIC_API_KEY (the default): a key on the
                           command line is visible to other users of the machine in ps.
                           Never printed: the key, fragments of it and its encodings are
                           masked in every report
  --upstream URL           the target is a proxy in front of this address: the reference
                           server is started there in record mode, which enables fault and
                           forwarded-unchanged cases
  --upstream-record FILE   a reference server already runs at --upstream with --record FILE
  --record-salt SECRET     the --record-salt that server was started with: lets the suite
                           tell the client's key from a gateway's in its record
  --header 'NAME: VALUE'   send this header with every request (repeatable): a gateway's
                           routing or provider headers, its own key header
  --gateway-auth           the target authenticates its own users and sends its own key
                           upstream: auth cases check it refuses a wrong client key in
                           the Claude envelope and never passes the client's key upstream
  --config FILE            read options from a JSON object ({"target": …, "headers": {…}});
                           the command line wins over the file
  --platform NAME          bedrock, vertex or foundry: the target exposes that platform's wire
                           (its host base, before /model, /v1/projects or /anthropic); the suite
                           signs or authenticates as the platform does, from the usual variables
                           (AWS_* or AWS_BEARER_TOKEN_BEDROCK; ANTHROPIC_VERTEX_PROJECT_ID,
                           CLOUD_ML_REGION, ANTHROPIC_VERTEX_ACCESS_TOKEN; ANTHROPIC_FOUNDRY_API_KEY)
                           or --api-key; cases the platform does differently are skipped
selection
  --only PATTERN[,...]     case ids or areas to run; * matches anything (streaming/*, *-413)
  --skip PATTERN[,...]     case ids or areas to leave out
  --tier TIER[,...]        required, recommended, optional (default: all)
  --no-fixtures            leave out the recorded-fixture replays
  --require-all            fail the run when any selected required case is skipped
  --cases DIR              another case corpus
  --fixtures DIR           another fixtures folder
requests
  --model MODEL            model for generated requests (default claude-sonnet-4-5)
  --max-requests N         cost guard: stop sending after N requests
  --allow-bulk             send the large-body cases to a target without the reference server
  --concurrency N          cases at once (default 6, or 2 against a paid target)
  --timeout MS             per-request timeout (default 30000)
  --case-timeout MS        time bound per case (default 120000, or --timeout if longer; cases
                           declaring longer step timeouts get their sum); a case cut there
                           fails saying so
  --max-events N           SSE events kept per response (default 10000); a stream past it
                           is stopped and fails saying so
  --max-hung-cases N       stop the run after N cases in a row get no complete answer
                           (default 3); the rest are reported as not run
  --dry-run                list what would be sent, send nothing
reports
  --report FMT=PATH[,...]  json, junit, md, html (e.g. --report json=out/r.json,junit=out/r.xml)
  --no-color               plain console output
  --help

exit status: 0 when every required case passes, 1 when one fails, 2 on bad input or an unusable target`;

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface CliOptions {
  readonly command: "run" | "check-corpus" | "help";
  readonly run: RunOptions;
  readonly reports: Partial<Record<ReportFormat, string>>;
  readonly dryRun: boolean;
  readonly color: boolean | null;
}

const tiers: readonly Tier[] = ["required", "recommended", "optional"];

function list(value: string): string[] {
  return value.split(",").map((s) => s.trim()).filter(Boolean);
}

function positiveInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} needs a positive integer`);
  return Number(value);
}

/** Pulls every `--config FILE` out of the arguments and puts the file's options in front. */
function expandConfig(argv: readonly string[], read?: (path: string) => string): string[] {
  const fromFiles: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--config" || arg.startsWith("--config=")) {
      const file = arg === "--config" ? argv[++i] : arg.slice("--config=".length);
      if (!file) throw new UsageError("--config needs a value");
      try {
        fromFiles.push(...configArgs(file, read));
      } catch (error) {
        throw error instanceof ConfigError ? new UsageError(error.message) : error;
      }
    } else rest.push(arg);
  }
  return [...fromFiles, ...rest];
}

export function parseCliArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}, read?: (path: string) => string): CliOptions {
  const first = argv[0] === "check-corpus" || argv[0] === "run" ? [argv[0]] : [];
  const args = [...first, ...expandConfig(argv.slice(first.length), read)];
  const headers: Record<string, string> = {};
  let command: CliOptions["command"] = "run";
  if (args[0] === "check-corpus" || args[0] === "run") command = args.shift() as CliOptions["command"];
  const run: Record<string, unknown> = {};
  const reports: Partial<Record<ReportFormat, string>> = {};
  const only: string[] = [];
  const skip: string[] = [];
  let dryRun = false;
  let color: boolean | null = null;
  let apiKey: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = () => {
      const v = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (v === undefined || (eq === -1 && v.startsWith("--"))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--help":
      case "-h":
        return { command: "help", run: {}, reports: {}, dryRun: false, color: null };
      case "--target":
        run.target = value();
        break;
      case "--api-key":
        apiKey = value();
        break;
      case "--upstream":
        run.upstream = value();
        break;
      case "--header": {
        try {
          const [name, v] = parseHeader(value());
          headers[name] = v;
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        break;
      }
      case "--gateway-auth":
        run.gatewayAuth = true;
        break;
      case "--record-salt":
        run.upstreamRecordSalt = value();
        break;
      case "--upstream-record":
        run.upstreamRecord = value();
        break;
      case "--platform": {
        const name = value();
        if (!["bedrock", "vertex", "foundry"].includes(name)) throw new UsageError(`--platform: unknown platform ${JSON.stringify(name)} (use bedrock, vertex, foundry)`);
        run.platform = name;
        break;
      }
      case "--only":
        only.push(...list(value()));
        break;
      case "--skip":
        skip.push(...list(value()));
        break;
      case "--tier": {
        const picked = list(value());
        for (const t of picked) if (!tiers.includes(t as Tier)) throw new UsageError(`--tier: unknown tier ${JSON.stringify(t)} (use ${tiers.join(", ")})`);
        run.tiers = picked;
        break;
      }
      case "--model":
        run.model = value();
        break;
      case "--max-requests":
        run.maxRequests = positiveInteger(flag, value());
        break;
      case "--require-all":
        run.requireAll = true;
        break;
      case "--allow-bulk":
        run.allowBulk = true;
        break;
      case "--concurrency":
        run.concurrency = positiveInteger(flag, value());
        break;
      case "--timeout":
        run.timeoutMs = positiveInteger(flag, value());
        break;
      case "--case-timeout":
        run.caseTimeoutMs = positiveInteger(flag, value());
        break;
      case "--max-events":
        run.maxEvents = positiveInteger(flag, value());
        break;
      case "--max-hung-cases":
        run.maxHungCases = positiveInteger(flag, value());
        break;
      case "--no-fixtures":
        run.fixturesDir = false;
        break;
      case "--fixtures":
        run.fixturesDir = value();
        break;
      case "--cases":
        run.casesDir = value();
        break;
      case "--dry-run":
        dryRun = true;
        break;
      case "--no-color":
        color = false;
        break;
      case "--report":
        for (const item of list(value())) {
          const [format, path] = [item.slice(0, item.indexOf("=")), item.slice(item.indexOf("=") + 1)];
          if (!item.includes("=") || !path) throw new UsageError(`--report: ${JSON.stringify(item)} is not FORMAT=PATH`);
          if (!reportFormats.includes(format as ReportFormat)) throw new UsageError(`--report: unknown format ${JSON.stringify(format)} (use ${reportFormats.join(", ")})`);
          reports[format as ReportFormat] = path;
        }
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (run.upstreamRecord && !run.upstream) throw new UsageError("--upstream-record needs --upstream");
  if (run.upstream && !run.target) throw new UsageError("--upstream needs --target (the proxy in front of it)");
  // The environment's key is only for explicit targets: the embedded server gets a fresh one.
  // Under --platform the credentials are the platform's (its own variables), never ANTHROPIC_API_KEY.
  const key = apiKey ?? (run.target && !run.platform ? env.ANTHROPIC_API_KEY : undefined);
  if (key !== undefined) run.apiKey = key;
  if (only.length) run.only = only;
  if (Object.keys(headers).length) run.headers = headers;
  if (skip.length) run.skip = skip;
  return { command, run: run as RunOptions, reports, dryRun, color };
}
