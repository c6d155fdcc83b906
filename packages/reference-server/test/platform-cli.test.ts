/** The command-line flags for the platform wires' credentials, and that they take effect. */
import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError } from "../src/cli-args.ts";
import { createApp } from "../src/index.ts";

describe("platform credential flags", () => {
  it("parse into the platforms option, never echoing a secret in an error", () => {
    expect(parseCliArgs(["--bedrock-key", "AKIDTEST:secret-1", "--platform-token", "tok-a", "--platform-token", "tok-b"])).toMatchObject({
      platforms: {
        bedrock: { credentials: [{ accessKeyId: "AKIDTEST", secretAccessKey: "secret-1" }], apiKeys: ["tok-a", "tok-b"] },
        vertex: { tokens: ["tok-a", "tok-b"] },
        foundry: { apiKeys: ["tok-a", "tok-b"], tokens: ["tok-a", "tok-b"] },
      },
    });
    expect(parseCliArgs(["--platform-token", "*"])).toMatchObject({ platforms: { vertex: { tokens: "any" } } });
    expect(() => parseCliArgs(["--bedrock-key", "no-colon-secret"])).toThrow(UsageError);
    try {
      parseCliArgs(["--bedrock-key", "no-colon-secret"]);
    } catch (error) {
      expect((error as Error).message).not.toContain("no-colon-secret");
    }
  });

  it("take effect: a given token is accepted on Vertex and the default one no longer is", async () => {
    const options = parseCliArgs(["--platform-token", "tok-a"]);
    if (options === "help") throw new Error("unexpected help");
    const app = createApp(options);
    const path = "http://localhost/vertex/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5:rawPredict";
    const body = JSON.stringify({ anthropic_version: "vertex-2023-10-16", max_tokens: 8, messages: [{ role: "user", content: "hi" }] });
    const ok = await app.fetch(new Request(path, { method: "POST", headers: { authorization: "Bearer tok-a", "content-type": "application/json" }, body }));
    expect(ok.status).toBe(200);
    const refused = await app.fetch(new Request(path, { method: "POST", headers: { authorization: "Bearer ya29.reference-server", "content-type": "application/json" }, body }));
    expect(refused.status).toBe(401);
  });
});
