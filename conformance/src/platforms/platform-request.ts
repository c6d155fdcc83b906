/**
 * A case's first-party request re-sent on a platform's wire, by the rules of the platform's
 * row in the generated table (the same rows the client and the reference server read):
 * the path template filled (model, project, region), `model` moved out of the body where
 * the path carries it, `stream` left to the path where the platform says so, the version
 * and betas copied into the body, Bedrock CountTokens' base64 envelope, and the platform's
 * auth: SigV4 signed with `@smithy/signature-v4` over the final request, or a bearer token,
 * or Foundry's `api-key`.
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { platformOperations, platforms, type PlatformOperationInfo } from "@claude-spec/contract";
import { textBody, type BodySource } from "../http/body-source.ts";
import type { OutgoingRequest } from "../http/exchange.ts";
import type { PlatformSettings } from "./platform-settings.ts";

type Json = Record<string, any>;

/** The operation's row on the platform for this call, or undefined when it has none. */
export function platformRowFor(settings: PlatformSettings, operationId: string | null, stream: boolean): PlatformOperationInfo | undefined {
  const kind = operationId === "messages.countTokens" ? "count" : stream ? "stream" : "create";
  return (platformOperations as readonly PlatformOperationInfo[]).find(
    (row) => row.platform === settings.name && row.firstParty === operationId && row.kind === kind && (settings.name !== "bedrock" || row.wire === "native"),
  );
}

/** Percent-encodes a path segment as the official SDKs do: `/` becomes `%2F`, `:` and `@` stay. */
function segment(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":").replace(/%40/g, "@");
}

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The platform body for a row, from the first-party body and headers. */
export function platformBody(row: PlatformOperationInfo, settings: PlatformSettings, body: Json, headers: Readonly<Record<string, string>>): { body: Json; params: Record<string, string> } {
  let out: Json = { ...body };
  const params: Record<string, string> = {};
  if (row.model === "path") {
    params[row.modelParam!] = String(out.model ?? settings.model);
    delete out.model;
  }
  for (const name of row.body.omit) delete out[name];
  if (row.kind === "stream" && !row.body.omit.includes("stream")) out.stream = true;
  if (row.body.versionField) {
    const version = headers["anthropic-version"];
    // 2023-06-01 travels as the platform's legacy value; any other version as it is.
    if (version !== undefined) out[row.body.versionField] = version === "2023-06-01" ? (row.body.legacyVersion ?? version) : version;
  }
  if (row.body.betasField && headers["anthropic-beta"]) out[row.body.betasField] = headers["anthropic-beta"].split(",").map((b) => b.trim()).filter(Boolean);
  if (row.body.envelope) {
    // The wrapped InvokeModel body needs max_tokens even to be counted.
    const inner = { max_tokens: 1, ...out };
    let wrapped: Json = { body: toBase64(JSON.stringify(inner)) };
    for (const key of [...row.body.envelope.path].slice(0, -1).reverse()) wrapped = { [key]: wrapped };
    out = wrapped;
  }
  params.project = settings.project;
  params.region = settings.region;
  return { body: out, params };
}

async function signSigV4(settings: PlatformSettings, method: string, url: URL, headers: Record<string, string>, body: string | null): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    credentials: settings.aws!,
    region: settings.region,
    service: platforms.bedrock.sigv4Service!,
    sha256: Sha256,
  });
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = v;
  const signed = await signer.sign({
    method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query,
    headers: { ...headers, host: url.host, ...(body === null ? { "x-amz-content-sha256": "UNSIGNED-PAYLOAD" } : {}) },
    body: body ?? undefined,
  });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers)) out[k.toLowerCase()] = String(v);
  return out;
}

function authHeaders(settings: PlatformSettings, headers: Record<string, string>): Record<string, string> {
  const out = { ...headers };
  delete out["x-api-key"];
  delete out.authorization;
  if (settings.bearer) out.authorization = `Bearer ${settings.bearer}`;
  else if (settings.apiKey) out["api-key"] = settings.apiKey;
  return out;
}

/**
 * `outgoing` (first-party, under `base`) on the platform's wire under the same base.
 * Operations without a row go to the platform's `firstPartyBase` (Foundry Files, Skills).
 */
/** Bodies up to this size are read whole to be translated and signed; larger ones go as they are. */
const translatableBytes = 40 * 1024 * 1024;

async function wholeText(body: BodySource | null): Promise<string | null> {
  if (!body) return null;
  if (body.text !== null) return body.text;
  if (body.size > translatableBytes) return null;
  const parts: Uint8Array[] = [];
  for await (const chunk of body.chunks()) parts.push(chunk);
  return Buffer.concat(parts).toString("utf8");
}

export async function toPlatformRequest(outgoing: OutgoingRequest, operationId: string | null, settings: PlatformSettings, base: string): Promise<OutgoingRequest> {
  const basePath = new URL(base).pathname.replace(/\/+$/, "");
  const firstPartyPath = outgoing.url.pathname.slice(basePath.length);
  const text = await wholeText(outgoing.body);
  let json: Json | null = null;
  if (text !== null && outgoing.body?.contentType === "application/json") {
    try {
      json = JSON.parse(text) as Json;
    } catch {
      json = null;
    }
  }
  const row = platformRowFor(settings, operationId, json?.stream === true);
  let url: URL;
  let body = outgoing.body;
  let bodyText = text;
  if (row) {
    // A body that is not a JSON object (the invalid-body cases) is sent as it is, to the row's path.
    const object = json && !Array.isArray(json) ? json : null;
    const translated = platformBody(row, settings, object ?? {}, outgoing.headers);
    let path = row.path;
    for (const [name, value] of Object.entries(translated.params)) path = path.replace(`{${name}}`, segment(value));
    url = new URL(base.replace(/\/+$/, "") + path);
    url.search = outgoing.url.search;
    if (object) {
      bodyText = JSON.stringify(translated.body);
      body = textBody(bodyText, "application/json");
    }
  } else {
    const prefix = platforms[settings.name].firstPartyBase ?? "";
    url = new URL(base.replace(/\/+$/, "") + prefix + firstPartyPath);
    url.search = outgoing.url.search;
  }
  let headers = authHeaders(settings, outgoing.headers);
  if (settings.aws && !settings.bearer) {
    // SigV4 covers the body: a body too large to read whole is signed as UNSIGNED-PAYLOAD.
    headers = await signSigV4(settings, outgoing.method, url, headers, bodyText);
  }
  return { ...outgoing, url, headers, body, decodeSse: outgoing.decodeSse || row?.kind === "stream" };
}
