/** generated/ is exactly what `pnpm generate` writes from spec/ today. */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderGenerated } from "../generate.ts";
import { generatedDir } from "../lib/paths.ts";
import { operations } from "@claude-spec/generated/operations";

describe("generated/", () => {
  it("is not stale (run `pnpm generate` after editing spec/)", async () => {
    const fresh = await renderGenerated();
    for (const [name, content] of fresh) {
      const path = join(generatedDir, name);
      expect(existsSync(path), `${name} is missing`).toBe(true);
      // A plain equality check: a diff of a 10 000-line file helps nobody.
      expect(readFileSync(path, "utf8") === content, `generated/${name} is stale`).toBe(true);
    }
  });

  it("has one operation-table row per operation in the issue's endpoint list", () => {
    const ids = operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort();
    expect(ids).toEqual(
      [
        "POST /v1/messages",
        "POST /v1/messages/count_tokens",
        "POST /v1/messages/batches",
        "GET /v1/messages/batches",
        "GET /v1/messages/batches/{message_batch_id}",
        "DELETE /v1/messages/batches/{message_batch_id}",
        "POST /v1/messages/batches/{message_batch_id}/cancel",
        "GET /v1/messages/batches/{message_batch_id}/results",
        "GET /v1/models",
        "GET /v1/models/{model_id}",
        "POST /v1/files",
        "GET /v1/files",
        "GET /v1/files/{file_id}",
        "DELETE /v1/files/{file_id}",
        "GET /v1/files/{file_id}/content",
        "POST /v1/skills",
        "GET /v1/skills",
        "GET /v1/skills/{skill_id}",
        "DELETE /v1/skills/{skill_id}",
        "POST /v1/skills/{skill_id}/versions",
        "GET /v1/skills/{skill_id}/versions",
        "GET /v1/skills/{skill_id}/versions/{version}",
        "GET /v1/skills/{skill_id}/versions/{version}/content",
        "DELETE /v1/skills/{skill_id}/versions/{version}",
      ].sort(),
    );
  });

  it("carries the size limits, streaming and media types the contract states", () => {
    const by = (id: string) => operations.find((o) => o.operationId === id)!;
    expect(by("messages.create")).toMatchObject({ bodySizeLimit: 32 * 1024 * 1024, streaming: true, requestContentType: "application/json" });
    expect(by("messages.create").responseContentTypes).toEqual(expect.arrayContaining(["application/json", "text/event-stream"]));
    expect(by("messages.countTokens").bodySizeLimit).toBe(32 * 1024 * 1024);
    expect(by("messages.batches.create").bodySizeLimit).toBe(256 * 1024 * 1024);
    expect(by("files.upload")).toMatchObject({ bodySizeLimit: 500 * 1024 * 1024, requestContentType: "multipart/form-data" });
    expect(by("messages.batches.results").responseContentTypes).toEqual(["application/x-jsonl"]);
    expect(by("files.download").responseContentTypes).toEqual(["*/*"]);
    expect(by("skills.create").requestContentType).toBe("multipart/form-data");
    for (const op of operations) {
      expect(op.errorStatuses, op.operationId).toEqual(expect.arrayContaining([400, 401, 402, 403, 404, 409, 429, 500, 504, 529]));
      expect((op.errorStatuses as readonly number[]).includes(413), op.operationId).toBe(op.requestContentType !== null);
      expect(op.bodySizeLimit !== null, op.operationId).toBe(op.requestContentType !== null);
    }
    expect(by("models.list").pagination).toBe("page");
    expect(by("skills.list").pagination).toBe("cursor");
  });
});
