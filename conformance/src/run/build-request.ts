/**
 * A case step to the concrete request: method and path from the spec's operation table,
 * references filled, the auth scheme the step asks for, `anthropic-version`, the
 * operation's beta name where its version still needs one (the table says which), and a
 * reference-server fault directive placed where that operation takes it.
 */
import { operationsById } from "@claude-spec/contract";
import { directivePrefix } from "@claude-spec/reference-server";
import type { CaseStep } from "../cases/case-types.ts";
import { jsonBody, textBody, type BodySource } from "../http/body-source.ts";
import type { OutgoingRequest } from "../http/exchange.ts";
import { generateBody } from "./generate-body.ts";
import { fill, type TemplateScope } from "./templates.ts";
import { markBody, markerHeader, markerQuery, newMarker } from "./request-marker.ts";
import { earlyAnswerFromBytes, targetBase, wrongKey, type RunContext } from "./run-context.ts";

type Json = Record<string, any>;

interface OperationRow {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly requestContentType: string | null;
  readonly beta: { readonly name: string; readonly required: boolean } | null;
}

export interface PreparedRequest {
  readonly outgoing: OutgoingRequest;
  /** The unique marker this request carries (see request-marker.ts). */
  readonly marker: string;
  readonly operationId: string | null;
}

export const defaultVersion = "2023-06-01";

export function operationRow(id: string): OperationRow | undefined {
  return (operationsById as Record<string, OperationRow | undefined>)[id];
}

function multipartBody(fields: readonly { name: string; filename?: string; contentType?: string; text: string }[], boundary: string): BodySource {
  let text = "";
  for (const f of fields) {
    text += `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"${f.filename !== undefined ? `; filename="${f.filename}"` : ""}\r\n`;
    if (f.contentType) text += `Content-Type: ${f.contentType}\r\n`;
    text += `\r\n${f.text}\r\n`;
  }
  text += `--${boundary}--\r\n`;
  return textBody(text, `multipart/form-data; boundary=${boundary}`);
}

/** Puts the directive where the reference server reads it for this operation (its README, "Faults on request"). */
function placeFault(operationId: string | null, body: unknown, directive: string): { body: unknown; inQuery: boolean } {
  const b = body as Json | undefined;
  if (b && typeof b === "object" && !Array.isArray(b)) {
    if (operationId === "messages.create") return { body: { ...b, metadata: { ...(b.metadata ?? {}), user_id: directive } }, inQuery: false };
    if (operationId === "messages.countTokens" && b.system === undefined) return { body: { ...b, system: directive }, inQuery: false };
    if (operationId === "messages.batches.create" && Array.isArray(b.requests) && b.requests[0]?.params) {
      const [first, ...rest] = b.requests as Json[];
      const params = { ...first!.params, metadata: { ...(first!.params.metadata ?? {}), user_id: directive } };
      return { body: { ...b, requests: [{ ...first, params }, ...rest] }, inQuery: false };
    }
  }
  return { body, inQuery: true };
}

/** Only a beta-only operation needs its beta header; a GA one (Files, Skills) is sent as SDKs send it now, without. */
function betaFor(op: OperationRow | undefined): string | null {
  return op?.beta?.required ? op.beta.name : null;
}

export function buildRequest(step: CaseStep, scope: TemplateScope, ctx: RunContext, hashBody: boolean, timeoutMs: number): PreparedRequest {
  const r = step.literal ? { ...fill({ ...step.request, body: undefined }, scope), body: step.request.body } : fill(step.request, scope);
  const op = r.operation ? operationRow(r.operation) : undefined;
  if (r.operation && !op) throw new Error(`unknown operation ${r.operation}`);
  const method = (r.method ?? op?.method ?? "GET").toUpperCase();
  const directive = r.fault ? `${directivePrefix}${JSON.stringify(r.fault)}` : undefined;
  const boundary = `claude-conformance-${ctx.runId}`;
  const marker = newMarker(ctx.runId);
  // Only steps whose forwarding is checked carry the marker in the query and body; the
  // others send exactly what a client sends, plus one header.
  const markAll = hashBody;

  let url: URL;
  if (r.url !== undefined) {
    url = new URL(String(r.url));
  } else {
    let path = r.path ?? op!.path;
    for (const [name, value] of Object.entries(r.pathParams ?? {})) path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
    if (/\{[^}]+\}/.test(path)) throw new Error(`path ${path} has unfilled parameters`);
    url = new URL(targetBase(ctx) + path);
    if (r.query) url.search = r.query;
  }

  let body: BodySource | null = null;
  let faultInQuery = directive !== undefined;
  const operationId = op?.operationId ?? null;
  const multipartOp = op?.requestContentType?.startsWith("multipart/") ?? false;
  if (r.generate) {
    body = generateBody(r.generate, { model: ctx.model, directive, boundary });
    faultInQuery = false;
  } else if (r.multipart) {
    const fields = directive && multipartOp ? [{ name: "claude-spec-fault", text: directive }, ...r.multipart] : r.multipart;
    if (directive && multipartOp) faultInQuery = false;
    body = multipartBody(fields, boundary);
  } else if (r.body !== undefined) {
    let value: unknown = r.body;
    if (directive) {
      const placed = placeFault(operationId, value, directive);
      value = placed.body;
      faultInQuery = placed.inQuery;
    } else if (markAll) {
      value = markBody(operationId, value, marker);
    }
    body = jsonBody(value);
  } else if (r.bodyText !== undefined) {
    body = textBody(r.bodyText, op?.requestContentType ?? "application/json");
  }
  if (directive && faultInQuery) url.searchParams.append("claude-spec-fault", JSON.stringify(r.fault));
  if (markAll && r.url === undefined) url.searchParams.append(markerQuery, marker);

  const version = r.version === undefined ? defaultVersion : r.version;
  const headers: Record<string, string> = { accept: "application/json", "accept-encoding": "gzip, deflate, br", [markerHeader]: marker };
  if (version !== null) headers["anthropic-version"] = version;
  const beta = betaFor(op);
  if (beta) headers["anthropic-beta"] = beta;
  // The run's own headers (--header: a gateway's routing or key headers) go on every
  // request; the case's auth and headers come after, so a case still controls what it tests.
  Object.assign(headers, ctx.extraHeaders);
  switch (r.auth ?? "api-key") {
    case "api-key":
      headers["x-api-key"] = ctx.apiKey;
      break;
    case "bearer":
      headers.authorization = `Bearer ${ctx.apiKey}`;
      break;
    case "wrong-key":
      headers["x-api-key"] = wrongKey;
      break;
    case "wrong-bearer":
      headers.authorization = `Bearer ${wrongKey}`;
      break;
    case "none":
      break;
  }
  if (body?.contentType) headers["content-type"] = body.contentType;
  for (const [name, value] of Object.entries(r.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = String(value);
  }
  const streaming = (r.body as Json | undefined)?.stream === true;
  const large = body !== null && body.size >= earlyAnswerFromBytes && !("transfer-encoding" in headers);
  return {
    operationId,
    marker,
    outgoing: {
      method,
      url,
      headers,
      body,
      timeoutMs,
      decodeSse: streaming,
      // Small bodies are always digested: it is how a record entry is found when request-id is lost.
      hashBody: hashBody || (body !== null && body.size <= earlyAnswerFromBytes),
      earlyAnswerWaitMs: large ? ctx.earlyAnswerWaitMs : 0,
    },
  };
}
