/**
 * The spec does not merely accept what the recordings hold through its open fallbacks: it
 * names every content block type, delta type, event type, stop reason, usage field and
 * API response header that appears in spec/recorded/.
 */
import { describe, expect, it } from "vitest";
import { createContractValidator, specDocument } from "@claude-spec/contract";
import { parseServerSentEvents } from "@claude-spec/client/sse";
import { normaliseRecording, type Fixture } from "../lib/fixture.ts";
import { listRecordings } from "../lib/recordings.ts";

type Json = Record<string, any>;

const fixtures: Fixture[] = listRecordings().flatMap(({ file, raw }) => {
  const n = normaliseRecording(raw, file);
  return "fixture" in n ? [n.fixture] : [];
});

/** Every `type` constant a schema in components.schemas pins (`properties.type.const` / single enum). */
function namedTypeConstants(doc: Json): Set<string> {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const typeProp = (node as Json).properties?.type;
    if (typeProp?.const !== undefined) out.add(String(typeProp.const));
    if (Array.isArray(typeProp?.enum)) typeProp.enum.forEach((v: unknown) => out.add(String(v)));
    Object.values(node).forEach(walk);
  };
  walk(doc.components?.schemas);
  return out;
}

function propertyNames(schemaName: string): Set<string> {
  const s = specDocument.components.schemas[schemaName] as Json | undefined;
  const names = new Set<string>();
  const collect = (node: Json | undefined): void => {
    if (!node) return;
    if (typeof node.$ref === "string") return collect(specDocument.components.schemas[node.$ref.split("/").pop()!]);
    Object.keys(node.properties ?? {}).forEach((k) => names.add(k));
    [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])].forEach(collect);
  };
  collect(s);
  return names;
}

function messagesOf(f: Fixture): { blocks: Json[]; deltas: Json[]; events: Json[]; messages: Json[]; usages: Json[] } {
  const out = { blocks: [] as Json[], deltas: [] as Json[], events: [] as Json[], messages: [] as Json[], usages: [] as Json[] };
  const addMessage = (m: Json | undefined) => {
    if (!m || m.type !== "message") return;
    out.messages.push(m);
    out.blocks.push(...(m.content ?? []));
    if (m.usage) out.usages.push(m.usage);
  };
  if (f.response.sse) {
    for (const e of parseServerSentEvents(f.response.sse)) {
      const data = JSON.parse(e.data) as Json;
      out.events.push(data);
      if (data.type === "message_start") addMessage(data.message);
      if (data.content_block) out.blocks.push(data.content_block);
      if (data.type === "content_block_delta") out.deltas.push(data.delta);
      if (data.type === "message_delta" && data.usage) out.usages.push(data.usage);
    }
  } else if (f.response.jsonl) {
    for (const line of f.response.jsonl.split("\n").filter((l) => l.trim())) addMessage(JSON.parse(line).result?.message);
  } else {
    addMessage(f.response.body as Json);
  }
  return out;
}

const seen = fixtures.map(messagesOf);
const constants = namedTypeConstants(specDocument);
const uniq = (xs: string[]) => [...new Set(xs)].sort();

describe("the spec names everything the recordings show", () => {
  it("every content block type", () => {
    const types = uniq(seen.flatMap((s) => s.blocks.map((b) => String(b.type))));
    expect(types.length).toBeGreaterThanOrEqual(15);
    expect(types.filter((t) => !constants.has(t))).toEqual([]);
  });

  it("every stream event and delta type", () => {
    const types = uniq(seen.flatMap((s) => [...s.events, ...s.deltas].map((e) => String(e.type))));
    expect(types).toEqual(expect.arrayContaining(["message_start", "ping", "text_delta", "signature_delta", "citations_delta"]));
    expect(types.filter((t) => !constants.has(t))).toEqual([]);
  });

  it("every stop reason", () => {
    const reasons = uniq(seen.flatMap((s) => s.messages.map((m) => m.stop_reason).filter(Boolean)));
    const stopReason = JSON.stringify(specDocument.components.schemas.StopReason);
    expect(reasons.filter((r) => !stopReason.includes(`"${r}"`))).toEqual([]);
  });

  it("every usage field", () => {
    const fields = uniq(seen.flatMap((s) => s.usages.flatMap((u) => Object.keys(u))));
    const described = new Set([...propertyNames("Usage"), ...propertyNames("MessageDeltaUsage")]);
    expect(fields.filter((f) => !described.has(f))).toEqual([]);
  });

  it("every API response header (CDN and transport headers aside)", () => {
    const validator = createContractValidator();
    const api = /^(anthropic-|request-id$|retry-after|x-should-retry$|content-disposition$)/;
    const missing = new Set<string>();
    for (const f of fixtures) {
      const declared = new Set(
        Object.keys(validator.responseHeaderSchemas(f.operationId as never, f.response.status)),
      );
      for (const name of Object.keys(f.response.headers)) {
        if (api.test(name) && !declared.has(name)) missing.add(`${f.operationId} ${f.response.status} ${name}`);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });
});
