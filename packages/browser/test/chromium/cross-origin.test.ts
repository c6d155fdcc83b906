import { expect, inject, test } from "vitest";

const baseURL = inject("referenceServerURL");
const apiKey = inject("referenceServerKey");

test("the page and the reference server are different origins", () => {
  expect(new URL(baseURL).origin).not.toBe(location.origin);
  expect(new URL(baseURL).hostname).toBe("127.0.0.1");
});

test("the server refuses a cross-origin call without the browser-access header, readably", async () => {
  const response = await fetch(`${baseURL}/v1/models`, {
    headers: { "x-api-key": apiKey, "anthropic-version": "2023-06-01" },
  });
  expect(response.status).toBe(401);
  const body = (await response.json()) as { error: { message: string } };
  expect(body.error.message).toContain("anthropic-dangerous-direct-browser-access");
});
