/**
 * The README's example, as written, on a page with the two elements it expects. Only the
 * network is redirected: https://api.anthropic.com becomes the reference server (another
 * origin, so CORS still applies).
 */
import { afterEach, expect, inject, test } from "vitest";

const baseURL = inject("referenceServerURL");
const apiKey = inject("referenceServerKey");
const realFetch = globalThis.fetch;

afterEach(() => {
  globalThis.fetch = realFetch;
  document.body.replaceChildren();
});

test("the README example streams an answer into the page", async () => {
  document.body.innerHTML = `<input id="api-key" value="${apiKey}"><p id="answer"></p>`;
  const urls: string[] = [];
  globalThis.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input).replace("https://api.anthropic.com", baseURL);
    urls.push(url);
    return realFetch(url, init);
  };
  // @ts-expect-error a virtual module (vitest.config.ts), without a declaration
  await import("virtual:readme-example");
  expect(urls).toEqual([`${baseURL}/v1/messages`]);
  expect(document.querySelector("#answer")!.textContent!.length).toBeGreaterThan(20);
});
