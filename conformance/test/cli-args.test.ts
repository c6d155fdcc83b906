/** The command line: options parsed, bad ones refused with a message, the key taken from the environment only for explicit targets. */
import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError } from "../src/cli-args.ts";

describe("command line", () => {
  it("parses a proxy run", () => {
    const cli = parseCliArgs(
      ["--target", "http://127.0.0.1:8080", "--upstream=http://127.0.0.1:8787", "--only", "streaming,errors/*", "--skip", "fixtures", "--tier", "required,recommended", "--model", "claude-x", "--max-requests", "50", "--report", "json=out/r.json,junit=out/r.xml", "--dry-run"],
      { ANTHROPIC_API_KEY: "sk-ant-from-env" },
    );
    expect(cli.command).toBe("run");
    expect(cli.dryRun).toBe(true);
    expect(cli.reports).toEqual({ json: "out/r.json", junit: "out/r.xml" });
    expect(cli.run).toMatchObject({ target: "http://127.0.0.1:8080", upstream: "http://127.0.0.1:8787", only: ["streaming", "errors/*"], skip: ["fixtures"], tiers: ["required", "recommended"], model: "claude-x", maxRequests: 50, apiKey: "sk-ant-from-env" });
  });
  it("gives the embedded server a fresh key rather than the environment's", () => {
    expect(parseCliArgs([], { ANTHROPIC_API_KEY: "sk-ant-from-env" }).run.apiKey).toBeUndefined();
    expect(parseCliArgs(["--api-key", "k"], {}).run.apiKey).toBe("k");
  });
  it("refuses bad input with a usage error", () => {
    for (const argv of [["--tier", "mandatory"], ["--report", "pdf=x"], ["--report", "json"], ["--max-requests", "0"], ["--bogus"], ["--upstream", "http://x"], ["--target"]]) {
      expect(() => parseCliArgs(argv), argv.join(" ")).toThrow(UsageError);
    }
  });
  it("knows its commands", () => {
    expect(parseCliArgs(["check-corpus"]).command).toBe("check-corpus");
    expect(parseCliArgs(["--help"]).command).toBe("help");
  });
  it("takes repeatable --header and a JSON --config file, the command line winning", () => {
    const files: Record<string, string> = {
      "gw.json": JSON.stringify({ target: "http://127.0.0.1:9000/anthropic", headers: { "X-Provider": "anthropic", "x-route": "a:b" }, only: ["streaming"], requireAll: true, "gateway-auth": true, report: { json: "out/r.json" } }),
      "bad.json": "{ not json",
      "list.json": JSON.stringify(["--target"]),
    };
    const read = (p: string) => {
      if (!(p in files)) throw Object.assign(new Error("nope"), { code: "ENOENT" });
      return files[p]!;
    };
    const cli = parseCliArgs(["--config", "gw.json", "--header", "x-route: c:d", "--target", "http://127.0.0.1:9001"], { ANTHROPIC_API_KEY: "k" }, read);
    expect(cli.run).toMatchObject({ target: "http://127.0.0.1:9001", headers: { "x-provider": "anthropic", "x-route": "c:d" }, only: ["streaming"], requireAll: true, gatewayAuth: true });
    expect(cli.reports).toEqual({ json: "out/r.json" });
    expect(parseCliArgs(["check-corpus", "--config", "gw.json"], {}, read).command).toBe("check-corpus");
    for (const argv of [["--config", "bad.json"], ["--config", "list.json"], ["--config", "missing.json"], ["--header", "no colon"], ["--header", "content-type: x"]]) {
      expect(() => parseCliArgs(argv, {}, read), argv.join(" ")).toThrow(UsageError);
    }
    expect(() => parseCliArgs(["--config", "missing.json"], {}, read)).toThrow(/missing.json: cannot read it \(ENOENT\)/);
  });
});
