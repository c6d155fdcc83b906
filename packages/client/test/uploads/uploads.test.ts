import { describe, expect, it } from "vitest";
import { BodyLimitError, createClient } from "../../src/index.ts";
import { multipartBody } from "../../src/uploads/multipart-body.ts";
import { fakeFetch, jsonResponse } from "../helpers/fake-fetch.ts";

const fileMeta = { type: "file", id: "file_1", filename: "a.txt", mime_type: "text/plain", size_bytes: 5, created_at: "2026-01-01T00:00:00Z" };
const client = (fetch: ReturnType<typeof fakeFetch>) => createClient({ apiKey: "sk-ant-test-key-0006", fetch, logLevel: "off" });

/** Parses what the client sent back into parts, as a server would. */
async function partsOf(call: { body: BodyInit | null | undefined; headers: Record<string, string> }) {
  const request = new Request("http://x/", {
    method: "POST",
    body: call.body as BodyInit,
    headers: call.headers["content-type"] ? { "content-type": call.headers["content-type"] } : {},
    duplex: "half",
  } as RequestInit);
  const form = await request.formData();
  return Promise.all(
    [...form.entries()].map(async ([name, value]) =>
      typeof value === "string" ? { name, value } : { name, filename: value.name, type: value.type, text: await value.text() },
    ),
  );
}

const streamOf = (text: string) => new Blob([text]).stream();

describe("uploads", () => {
  it.each([
    ["a Blob", () => new Blob(["hello"], { type: "text/plain" }), "file", "text/plain"],
    ["a File", () => new File(["hello"], "a.txt", { type: "text/plain" }), "a.txt", "text/plain"],
    ["bytes", () => new TextEncoder().encode("hello"), "file", "application/octet-stream"],
    ["a stream", () => streamOf("hello"), "file", "application/octet-stream"],
    ["a described stream", () => ({ content: streamOf("hello"), name: "notes.md", type: "text/markdown" }), "notes.md", "text/markdown"],
  ])("uploads %s as the file part", async (_, make, filename, type) => {
    const fetch = fakeFetch(jsonResponse(fileMeta));
    const result = await client(fetch).files.upload({ file: make() });
    expect(result.id).toBe("file_1");
    const parts = await partsOf(fetch.calls[0]!);
    expect(parts).toEqual([{ name: "file", filename, type, text: "hello" }]);
    // Files are GA on every version: no beta header unless the caller asks for the beta shape.
    expect(fetch.calls[0]!.headers).not.toHaveProperty("anthropic-beta");
  });

  it("sends text fields next to the file", async () => {
    const fetch = fakeFetch(jsonResponse(fileMeta));
    await client(fetch).files.upload({ file: new Blob(["x"]), expires_in_seconds: 60 });
    expect(await partsOf(fetch.calls[0]!)).toContainEqual({ name: "expires_in_seconds", value: "60" });
  });

  it("uploads a skill's files with their paths as files[] parts", async () => {
    const fetch = fakeFetch(jsonResponse({ type: "skill", id: "skill_1", created_at: "x" }));
    await client(fetch).skills.create({
      display_title: "Greeter",
      files: [
        { path: "greeter/SKILL.md", content: "---\nname: greeter\n---\nSay hi." },
        new File(["print('hi')"], "greeter/scripts/hi.py", { type: "text/x-python" }),
      ],
    });
    const parts = await partsOf(fetch.calls[0]!);
    expect(parts).toEqual([
      { name: "display_title", value: "Greeter" },
      { name: "files[]", filename: "greeter/SKILL.md", type: "application/octet-stream", text: "---\nname: greeter\n---\nSay hi." },
      { name: "files[]", filename: "greeter/scripts/hi.py", type: "text/x-python", text: "print('hi')" },
    ]);
    expect(fetch.calls[0]!.headers).not.toHaveProperty("anthropic-beta");
    expect(fetch.calls[0]!.url).toBe("https://api.anthropic.com/v1/skills");
  });

  it("streams a skill version whose files are streams", async () => {
    const fetch = fakeFetch(jsonResponse({ type: "skill_version", id: "v1", created_at: "x" }));
    await client(fetch).skills.versions.create("skill_1", { files: [{ path: "s/SKILL.md", content: streamOf("body") }] });
    expect(fetch.calls[0]!.body).toBeInstanceOf(ReadableStream);
    expect(await partsOf(fetch.calls[0]!)).toEqual([{ name: "files[]", filename: "s/SKILL.md", type: "application/octet-stream", text: "body" }]);
  });

  it("escapes quotes and line breaks in streamed filenames", async () => {
    const { body, contentType } = multipartBody("op", { file: { content: streamOf("x"), name: 'a"b\r\nc' } }, null);
    const text = await new Response(body).text();
    expect(text).toContain('filename="a%22b%0D%0Ac"');
    expect(contentType).toMatch(/^multipart\/form-data; boundary=claude-spec-/);
  });

  it("refuses an upload over the limit before sending, for blobs and for sized streams", () => {
    expect(() => multipartBody("files.upload", { file: new Blob([new Uint8Array(2000)]) }, 1000)).toThrow(BodyLimitError);
    expect(() => multipartBody("files.upload", { file: { content: streamOf("x"), size: 5000 } }, 1000)).toThrow(BodyLimitError);
  });

  it("fails an unsized stream once it passes the limit", async () => {
    const { body } = multipartBody("files.upload", { file: new Blob([new Uint8Array(5000)]).stream() }, 1000);
    await expect(new Response(body).arrayBuffer()).rejects.toBeInstanceOf(BodyLimitError);
  });

  it("downloads a file as a stream with its name and type", async () => {
    const fetch = fakeFetch(
      () =>
        new Response("file-bytes", {
          headers: { "content-type": "application/pdf", "content-length": "10", "content-disposition": "attachment; filename*=utf-8''r%C3%A9sum%C3%A9.pdf", "request-id": "req_dl" },
        }),
    );
    const download = await client(fetch).files.download("file_1");
    expect(download).toMatchObject({ contentType: "application/pdf", size: 10, filename: "résumé.pdf", requestId: "req_dl" });
    expect(download.body).toBeInstanceOf(ReadableStream);
    expect(await new Response(download.body).text()).toBe("file-bytes");
    expect(fetch.calls[0]!.url).toBe("https://api.anthropic.com/v1/files/file_1/content");
  });
});
