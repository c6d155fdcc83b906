/** The command line, parsed into options. Pure, so it is tested without running anything. */
import type { Tier } from "./cases/case-types.ts";
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
selection
  --only PATTERN[,...]     case ids or areas to run; * matches anything (streaming/*, *-413)
  --skip PATTERN[,...]     case ids or areas to leave out
  --tier TIER[,...]        required, recommended, optional (default: all)
  --no-fixtures            leave out the recorded-fixture replays
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

export function parseCliArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): CliOptions {
  const args = [...argv];
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
      case "--upstream-record":
        run.upstreamRecord = value();
        break;
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
  const key = apiKey ?? (run.target ? env.ANTHROPIC_API_KEY : undefined);
  if (key !== undefined) run.apiKey = key;
  if (only.length) run.only = only;
  if (skip.length) run.skip = skip;
  return { command, run: run as RunOptions, reports, dryRun, color };
}
