/**
 * Every answer, success and error, validated against the bundled spec: status declared,
 * headers declared for it (required ones present), JSON bodies, each SSE event's data and
 * each JSONL line. Walks every operation the server serves.
 */
import { describe, expect, it } from "vitest";
import { createContractValidator, mediaType, operationsById, type OperationId } from "@claude-spec/contract";
import { parseServerSentEvents } from "@claude-spec/client/sse";
import { apiHeaders, simpleMessage, useServer } from "./helpers/server.ts";
import { uploadDownloadable, waitForBatchEnd } from "./helpers/sdk-flows.ts";

const validator = createContractValidator();
const v2 = apiHeaders({ "anthropic-version": "2026-10-21" });
const { "content-type": _json, ...v2NoType } = v2;

async function check(operationId: OperationId, res: Response): Promise<unknown> {
  const headers = Object.fromEntries(res.headers);
  const label = `${operationId} ${res.status}`;
  expect(validator.declaresStatus(operationId, res.status), label).toBe(true);
  expect(validator.responseHeaders(operationId, res.status, headers), label).toEqual([]);
  const type = mediaType(res.headers.get("content-type"));
  const text = await res.text();
  if (type === "text/event-stream") {
    const events = parseServerSentEvents(text);
    events.forEach((e, i) => {
      const data = JSON.parse(e.data);
      expect(e.event, label).toBe(data.type);
      expect(validator.responseBody(operationId, res.status, type, data, `sse[${i}]`), `${label} ${e.data}`).toEqual([]);
    });
    return events;
  }
  if (type === "application/x-jsonl") {
    const lines = text.trim().split("\n").map((l) => JSON.parse(l));
    lines.forEach((line, i) => expect(validator.responseBody(operationId, res.status, type, line, `jsonl[${i}]`), label).toEqual([]));
    return lines;
  }
  if (type === "application/json") {
    const body = JSON.parse(text);
    expect(validator.responseBody(operationId, res.status, type, body), `${label} ${text.slice(0, 300)}`).toEqual([]);
    return body;
  }
  expect(validator.declaresMediaType(operationId, res.status, type), `${label}: ${type} is declared`).toBe(true);
  return text;
}

const skillForm = (name: string) => {
  const form = new FormData();
  form.append("files[]", new Blob([`---\nname: ${name}\ndescription: d\n---\n`]), `${name}/SKILL.md`);
  return form;
};

describe("every answer is valid against the spec", () => {
  const s = useServer({ batchProcessingMs: 0 });
  const post = (path: string, body: unknown, headers = apiHeaders()) => fetch(`${s.url}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
  const get = (path: string, headers: Record<string, string> = v2) => fetch(`${s.url}${path}`, { headers });

  it("messages, streams and count_tokens", async () => {
    const tools = [{ name: "t", input_schema: { type: "object", properties: { a: { type: "string" } }, required: ["a"] } }];
    await check("messages.create", await post("/v1/messages", simpleMessage));
    await check("messages.create", await post("/v1/messages", { ...simpleMessage, tools, thinking: { type: "enabled", budget_tokens: 1024 }, max_tokens: 2000 }));
    for (const body of [simpleMessage, { ...simpleMessage, tools, thinking: { type: "adaptive" } }, { ...simpleMessage, max_tokens: 2 }]) {
      await check("messages.create", await post("/v1/messages", { ...body, stream: true }));
    }
    const midStream = await post("/v1/messages", { ...simpleMessage, stream: true, metadata: { user_id: 'claude-spec-fault:{"error_after_events":2}' } });
    await check("messages.create", midStream);
    await check("messages.countTokens", await post("/v1/messages/count_tokens", { model: simpleMessage.model, messages: simpleMessage.messages }));
  });

  it("errors of every kind", async () => {
    await check("messages.create", await post("/v1/messages", {}));
    await check("messages.create", await post("/v1/messages", simpleMessage, apiHeaders({ "x-api-key": "bad" })));
    await check("messages.create", await post("/v1/messages", { ...simpleMessage, model: "nope" }));
    for (const status of [400, 401, 402, 403, 404, 409, 413, 429, 500, 504, 529]) {
      await check("messages.create", await post("/v1/messages", { ...simpleMessage, metadata: { user_id: `claude-spec-fault:{"status":${status}}` } }));
    }
    await check("models.list", await get(`/v1/models?claude-spec-fault=${encodeURIComponent('{"status":529}')}`));
  });

  it("batches", async () => {
    const created = (await check("messages.batches.create", await post("/v1/messages/batches", { requests: [{ custom_id: "a", params: simpleMessage }, { custom_id: "b", params: { ...simpleMessage, model: "nope" } }] }))) as { id: string };
    await waitForBatchEnd(async () => (await get(`/v1/messages/batches/${created.id}`)).json() as Promise<{ processing_status: string }>);
    await check("messages.batches.retrieve", await get(`/v1/messages/batches/${created.id}`));
    await check("messages.batches.list", await get("/v1/messages/batches?limit=1"));
    await check("messages.batches.results", await get(`/v1/messages/batches/${created.id}/results`));
    const other = (await (await post("/v1/messages/batches", { requests: [{ custom_id: "c", params: simpleMessage }] })).json()) as { id: string };
    await check("messages.batches.cancel", await fetch(`${s.url}/v1/messages/batches/${other.id}/cancel`, { method: "POST", headers: v2 }));
    await check("messages.batches.delete", await fetch(`${s.url}/v1/messages/batches/${created.id}`, { method: "DELETE", headers: v2 }));
    await check("messages.batches.retrieve", await get(`/v1/messages/batches/${created.id}`));
  });

  it("models", async () => {
    await check("models.list", await get("/v1/models"));
    await check("models.retrieve", await get("/v1/models/claude-sonnet-5"));
    await check("models.retrieve", await get("/v1/models/nope"));
  });

  it("files", async () => {
    const form = new FormData();
    form.append("file", new Blob(["hello"], { type: "text/plain" }), "hello.txt");
    const file = (await check("files.upload", await fetch(`${s.url}/v1/files`, { method: "POST", headers: v2NoType, body: form }))) as { id: string };
    await check("files.list", await get("/v1/files"));
    await check("files.list", await get("/v1/files?beta=true", { ...v2, "anthropic-beta": "files-api-2025-04-14" }));
    await check("files.list", await get(`/v1/files?ids=${file.id}&ids=file_unknown`));
    await check("files.retrieve", await get(`/v1/files/${file.id}`));
    await check("files.download", await get(`/v1/files/${file.id}/content`));
    const downloadable = await uploadDownloadable(s.url, v2NoType);
    await check("files.download", await get(`/v1/files/${downloadable}/content`));
    await check("files.delete", await fetch(`${s.url}/v1/files/${file.id}`, { method: "DELETE", headers: v2 }));
    await check("files.retrieve", await get(`/v1/files/${file.id}`));
  });

  it("skills and versions, in the GA shape and the beta shape", async () => {
    const skill = (await check("skills.create", await fetch(`${s.url}/v1/skills`, { method: "POST", headers: v2NoType, body: skillForm("alpha") }))) as { id: string };
    const version = (await check("skills.versions.create", await fetch(`${s.url}/v1/skills/${skill.id}/versions`, { method: "POST", headers: v2NoType, body: skillForm("alpha") }))) as { id: string };
    await check("skills.list", await get("/v1/skills"));
    await check("skills.retrieve", await get(`/v1/skills/${skill.id}`));
    await check("skills.versions.list", await get(`/v1/skills/${skill.id}/versions`));
    await check("skills.versions.retrieve", await get(`/v1/skills/${skill.id}/versions/${version.id}`));
    await check("skills.versions.download", await get(`/v1/skills/${skill.id}/versions/${version.id}/content`));
    const beta = { ...v2, "anthropic-beta": "skills-2025-10-02" };
    await check("skills.list", await get("/v1/skills?beta=true", beta));
    await check("skills.retrieve", await get(`/v1/skills/${skill.id}`, beta));
    // The beta shape keeps the older rule: a skill with versions is not deleted.
    await check("skills.delete", await fetch(`${s.url}/v1/skills/${skill.id}`, { method: "DELETE", headers: beta }));
    const versions = (await check("skills.versions.list", await get(`/v1/skills/${skill.id}/versions?beta=true`, beta))) as { data: { version: string }[] };
    await check("skills.versions.retrieve", await get(`/v1/skills/${skill.id}/versions/${versions.data[0]!.version}`, beta));
    await check("skills.versions.delete", await fetch(`${s.url}/v1/skills/${skill.id}/versions/${versions.data[0]!.version}`, { method: "DELETE", headers: beta }));
    // GA delete takes the remaining versions with it.
    await check("skills.delete", await fetch(`${s.url}/v1/skills/${skill.id}`, { method: "DELETE", headers: v2 }));
    await check("skills.retrieve", await get(`/v1/skills/${skill.id}`));
  });

  it("covers every operation in the table", () => {
    expect(Object.keys(operationsById).sort()).toEqual(
      [
        "messages.create", "messages.countTokens", "messages.batches.create", "messages.batches.list", "messages.batches.retrieve",
        "messages.batches.delete", "messages.batches.cancel", "messages.batches.results", "models.list", "models.retrieve",
        "files.upload", "files.list", "files.retrieve", "files.delete", "files.download", "skills.create", "skills.list",
        "skills.retrieve", "skills.delete", "skills.versions.create", "skills.versions.list", "skills.versions.retrieve", "skills.versions.delete",
        "skills.versions.download",
      ].sort(),
    );
  });
});
