/**
 * Every recorded Messages and count_tokens interaction in conformance/fixtures/ replays
 * (401s and 403s aside: authentication is this server's own): sent as recorded, it gets the
 * recorded status and body, SSE bytes exactly as recorded. Whatever the folder holds is checked.
 */
import { describe, expect, it } from "vitest";
import { defaultFixturesDir, type Fixture } from "../src/index.ts";
import { loadFixtures } from "../src/node/load-fixtures.ts";
import { isReplayable } from "../src/messages/fixture-replay.ts";
import { testKey, useServer } from "./helpers/server.ts";

const all = await loadFixtures(defaultFixturesDir);
const replayable = all.filter(isReplayable);

/** Which recording the server replays for a body: the first in file order (the index keeps the first). */
function firstFor(f: Fixture): Fixture {
  const key = JSON.stringify(f.request.body);
  return replayable.find((g) => g.operationId === f.operationId && JSON.stringify(g.request.body) === key)!;
}

describe("recorded fixtures replay", () => {
  const s = useServer({ fixturesDir: defaultFixturesDir });

  it.skipIf(replayable.length === 0)(`replays all ${replayable.length} recorded Messages and count_tokens interactions`, async () => {
    for (const fixture of replayable.map(firstFor)) {
      const headers: Record<string, string> = {
        "x-api-key": testKey,
        "content-type": "application/json",
        "anthropic-version": fixture.request.headers["anthropic-version"] ?? "2023-06-01",
      };
      if (fixture.request.headers["anthropic-beta"]) headers["anthropic-beta"] = fixture.request.headers["anthropic-beta"];
      const path = fixture.request.path + (fixture.request.query ? `?${fixture.request.query}` : "");
      const res = await fetch(`${s.url}${path}`, { method: "POST", headers, body: JSON.stringify(fixture.request.body) });
      expect(res.status, fixture.id).toBe(fixture.response.status);
      const text = await res.text();
      if (fixture.response.sse !== undefined) {
        expect(text, fixture.id).toBe(fixture.response.sse);
      } else {
        const body = JSON.parse(text);
        const recorded = fixture.response.body as Record<string, unknown>;
        if (res.status >= 400) expect({ ...body, request_id: undefined }, fixture.id).toEqual({ ...recorded, request_id: undefined });
        else expect(body, fixture.id).toEqual(recorded);
      }
    }
  });
});
