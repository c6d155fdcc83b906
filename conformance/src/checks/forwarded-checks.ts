/**
 * What the upstream received, from the reference server's record, against what the
 * client sent: `anthropic-version` and `anthropic-beta` byte for byte, nothing injected,
 * the body unchanged (CONTRACT.md §3 items 3, 4, 9).
 */
import type { RecordEntry } from "@claude-spec/reference-server";
import type { ForwardedExpectations } from "../cases/case-types.ts";
import { fail, pass, show, type CheckResult } from "./check-result.ts";

const facts = {
  header: (name: string) => `${name} reaches the upstream byte for byte (CONTRACT.md §3 items 3-4; https://code.claude.com/docs/en/llm-gateway-protocol)`,
  absent: (name: string) => `nothing injects ${name} when the client sends none (CONTRACT.md §3 item 4)`,
  extra: (prefix: string) => `no ${prefix}* headers are added on the way to the upstream (CONTRACT.md §3 item 4)`,
  body: "the request body reaches the upstream unchanged (CONTRACT.md §3 item 9)",
  found: "the request reaches the upstream",
};

export interface SentRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly sha256: string | null;
  readonly size: number;
}

export function forwardedChecks(entry: RecordEntry | undefined, sent: SentRequest, expect: ForwardedExpectations): CheckResult[] {
  if (!entry) {
    return [
      fail("forwarded", facts.found, {
        message: "the upstream record has no matching request: it was not forwarded, or the proxy both dropped request-id and changed the body",
      }),
    ];
  }
  const out: CheckResult[] = [];
  for (const name of expect.headers ?? []) {
    const wanted = sent.headers[name];
    const got = entry.headers[name];
    out.push(got === wanted ? pass(`forwarded.${name}`, facts.header(name)) : fail(`forwarded.${name}`, facts.header(name), { expected: show(wanted), received: show(got) }));
  }
  for (const name of expect.absent ?? []) {
    const got = entry.headers[name];
    out.push(got === undefined ? pass(`forwarded.${name}`, facts.absent(name)) : fail(`forwarded.${name}`, facts.absent(name), { expected: "(absent)", received: show(got) }));
  }
  if (expect.noExtra !== undefined) {
    const prefix = expect.noExtra;
    const extra = Object.keys(entry.headers).filter((n) => n.startsWith(prefix) && !(n in sent.headers));
    out.push(
      extra.length === 0
        ? pass(`forwarded.no-extra-${prefix}`, facts.extra(prefix))
        : fail(`forwarded.no-extra-${prefix}`, facts.extra(prefix), { received: extra.map((n) => `${n}: ${entry.headers[n]}`).join(", ") }),
    );
  }
  if (expect.body) {
    const same = entry.body.sha256 === sent.sha256 && entry.body.size === sent.size;
    out.push(
      same
        ? pass("forwarded.body", facts.body)
        : fail("forwarded.body", facts.body, {
            expected: `${sent.size} bytes, sha256 ${sent.sha256}`,
            received: `${entry.body.size} bytes, sha256 ${entry.body.sha256}`,
            message: "the proxy changed the body (re-serialised JSON, edited fields, or cut it short)",
          }),
    );
  }
  return out;
}
