/**
 * What the upstream received, from the reference server's record, against what the
 * client sent, each difference named as the gateway's owner would act on it: the path and
 * query (CONTRACT.md §3 item 1), `anthropic-version` and `anthropic-beta` byte for byte,
 * nothing injected (items 3, 4), one credential, the client's own unless the gateway
 * authenticates its users (item 5), and the body unchanged (items 8, 9).
 */
import type { RecordEntry } from "@claude-spec/reference-server";
import type { ForwardedExpectations } from "../cases/case-types.ts";
import { markerHeader, markerQuery, queryWithoutMarker } from "../run/request-marker.ts";
import { fail, pass, show, skip, type CheckResult } from "./check-result.ts";
import { describeBodyChange } from "./forwarded-diff.ts";

const facts = {
  header: (name: string) => `${name} reaches the upstream byte for byte (CONTRACT.md §3 items 3-4; https://code.claude.com/docs/en/llm-gateway-protocol)`,
  absent: (name: string) => `nothing injects ${name} when the client sends none (CONTRACT.md §3 item 4)`,
  extra: (prefix: string) => `no ${prefix}* headers are added on the way to the upstream (CONTRACT.md §3 item 4)`,
  body: "the request body reaches the upstream unchanged (CONTRACT.md §3 items 8-9)",
  found: "the request reaches the upstream (CONTRACT.md §5: the upstream records what the proxy forwarded)",
  path: "the path reaches the upstream as sent: the proxy routes each API path to the same path (CONTRACT.md §3 item 1)",
  query: "the query string reaches the upstream as sent: ?beta=true routes the SDK's beta resources (CONTRACT.md §1.1 Beta, §3 item 1)",
  oneCredential: "the upstream receives one credential, x-api-key or Authorization: Bearer, never both (CONTRACT.md §1.1 Auth, §3 item 5)",
  ownKey: "the client's key reaches the upstream as sent: a pass-through proxy forwards the credential (CONTRACT.md §3 item 5)",
  gatewayKey: "a gateway that authenticates its own users never passes the client's key upstream (CONTRACT.md §3 item 5: replaced as configured)",
};

export interface SentRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly sha256: string | null;
  readonly size: number;
  /** The body as text (small bodies), for a field-by-field diff. */
  readonly text?: string | null;
  /** The API path as sent, without the target's prefix (`/v1/messages`). */
  readonly path?: string;
  /** The query as sent, with `?`, or "". */
  readonly search?: string;
  /** The fingerprint the upstream's record gives the client's key, when the record's salt is known. */
  readonly keyFingerprint?: string | null;
  /** The target authenticates its own users and sends its own key upstream. */
  readonly gatewayAuth?: boolean;
}

/** Headers of the suite's own, which no check compares. */
const ours = new Set([markerHeader, "content-length", "host", "connection", "user-agent", "accept-encoding", "transfer-encoding"]);

export function forwardedChecks(entry: RecordEntry | undefined, sent: SentRequest, expect: ForwardedExpectations): CheckResult[] {
  if (!entry) {
    return [
      fail("forwarded", facts.found, {
        message: `no request reached the upstream carrying this request's marker (header ${markerHeader}, query ${markerQuery}, or metadata.user_id), its request-id or its exact body: the gateway answered it itself, sent it elsewhere, or stripped all of them`,
      }),
    ];
  }
  const out: CheckResult[] = [];
  if (sent.path !== undefined) {
    out.push(entry.path === sent.path ? pass("forwarded.path", facts.path) : fail("forwarded.path", facts.path, { expected: sent.path, received: entry.path, message: `path rewritten: ${sent.path} → ${entry.path}` }));
  }
  if (sent.search !== undefined) {
    const wanted = queryWithoutMarker(sent.search);
    const got = queryWithoutMarker(entry.query);
    if (wanted === got) out.push(pass("forwarded.query", facts.query));
    else {
      const sentParams = new URLSearchParams(wanted);
      const gotParams = new URLSearchParams(got);
      const dropped = [...sentParams].filter(([k, v]) => gotParams.get(k) !== v).map(([k, v]) => `${k}=${v}`);
      const added = [...gotParams].filter(([k, v]) => sentParams.get(k) !== v).map(([k, v]) => `${k}=${v}`);
      const words = [dropped.length ? `query dropped: ?${dropped.join("&")}` : "", added.length ? `query added: ?${added.join("&")}` : ""].filter(Boolean).join("; ");
      out.push(fail("forwarded.query", facts.query, { expected: wanted || "(no query)", received: got || "(no query)", message: words }));
    }
  }
  for (const name of expect.headers ?? []) {
    const wanted = sent.headers[name];
    const got = entry.headers[name];
    if (got === wanted) out.push(pass(`forwarded.${name}`, facts.header(name)));
    else {
      const message = got === undefined ? `header stripped: ${name}` : wanted === undefined ? `header injected: ${name}: ${got}` : `header rewritten: ${name}: ${wanted} → ${got}`;
      out.push(fail(`forwarded.${name}`, facts.header(name), { expected: show(wanted), received: show(got), message }));
    }
  }
  for (const name of expect.absent ?? []) {
    const got = entry.headers[name];
    out.push(got === undefined ? pass(`forwarded.${name}`, facts.absent(name)) : fail(`forwarded.${name}`, facts.absent(name), { expected: "(absent)", received: show(got), message: `header injected: ${name}: ${got}` }));
  }
  if (expect.noExtra !== undefined) {
    const prefix = expect.noExtra;
    const extra = Object.keys(entry.headers).filter((n) => n.startsWith(prefix) && !(n in sent.headers) && !ours.has(n));
    out.push(
      extra.length === 0
        ? pass(`forwarded.no-extra-${prefix}`, facts.extra(prefix))
        : fail(`forwarded.no-extra-${prefix}`, facts.extra(prefix), { received: extra.map((n) => `${n}: ${entry.headers[n]}`).join(", "), message: extra.map((n) => `header injected: ${n}: ${entry.headers[n]}`).join("; ") }),
    );
  }
  out.push(...credentialChecks(entry, sent));
  if (expect.body) {
    const same = entry.body.sha256 === sent.sha256 && entry.body.size === sent.size;
    const changes = same ? null : describeBodyChange(sent.text, entry.body.text);
    out.push(
      same
        ? pass("forwarded.body", facts.body)
        : fail("forwarded.body", facts.body, {
            expected: `${sent.size} bytes, sha256 ${sent.sha256}`,
            received: `${entry.body.size} bytes, sha256 ${entry.body.sha256}`,
            message: changes ? changes.join("; ") : "the proxy changed the body (re-serialised JSON, edited fields, or cut it short)",
          }),
    );
  }
  return out;
}

/** One credential upstream; the client's own (pass-through) or never the client's (a gateway with its own keys). */
function credentialChecks(entry: RecordEntry, sent: SentRequest): CheckResult[] {
  const sentOne = sent.headers["x-api-key"] !== undefined || sent.headers.authorization !== undefined;
  if (!sentOne) return [];
  const received = Object.keys(entry.headers).filter((n) => n === "x-api-key" || n === "authorization");
  const out: CheckResult[] = [];
  out.push(
    received.length <= 1
      ? pass("forwarded.credentials", facts.oneCredential)
      : fail("forwarded.credentials", facts.oneCredential, { received: received.map((n) => `${n}: ${entry.headers[n]}`).join(", "), message: `two credentials sent upstream: ${received.join(" and ")}` }),
  );
  const prints = Object.values(entry.credentials ?? {});
  if (!sent.keyFingerprint || received.length === 0) {
    if (received.length === 0 && !sent.gatewayAuth) out.push(fail("forwarded.credential", facts.ownKey, { expected: "the client's credential", received: "(none)", message: "credential stripped: the upstream received no key" }));
    else if (!sent.keyFingerprint) out.push(skip("forwarded.credential", sent.gatewayAuth ? facts.gatewayKey : facts.ownKey, "the record's salt is unknown (an upstream started with --upstream-record): keys cannot be compared"));
    return out;
  }
  const clientKeyArrived = prints.includes(sent.keyFingerprint);
  if (sent.gatewayAuth) {
    out.push(clientKeyArrived ? fail("forwarded.credential", facts.gatewayKey, { message: "the client's key reached the upstream: a gateway with its own keys must replace it" }) : pass("forwarded.credential", facts.gatewayKey));
  } else {
    out.push(
      clientKeyArrived && prints.every((p) => p === sent.keyFingerprint)
        ? pass("forwarded.credential", facts.ownKey)
        : fail("forwarded.credential", facts.ownKey, { message: "credential replaced by the gateway's own: the upstream received another key than the client's (if this is by design, run with --gateway-auth)" }),
    );
  }
  return out;
}
