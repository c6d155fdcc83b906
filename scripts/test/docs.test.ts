/**
 * The HTML reference works offline: built from the spec, opened in a real headless
 * Chromium (Debian's) with every network request refused, it renders every operation.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "@claude-spec/generated/operations";
import { buildDocs } from "../build-docs.ts";
import { launchChromium, offlineContext } from "./support/offline-chromium.ts";

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claude-spec-docs-"));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("offline reference docs", () => {
  it("render every operation with the network cut off", async () => {
    const file = buildDocs(join(dir, "index.html"));
    // No service worker or cache can answer for the network either.
    const { context, refused } = await offlineContext(browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });

    // Redoc 3 lists every operation in its navigation and renders sections lazily, so each
    // operation is visited by its link and its rendered section is checked.
    await page.waitForSelector("#api-content", { timeout: 30_000 });
    for (const op of operations) {
      const tagLink = `#/${op.tag.toLowerCase().replace(/\s+/g, "-")}`;
      const link = `${tagLink}/${op.operationId.toLowerCase()}`;
      await page.evaluate((hash) => (location.hash = hash), link);
      const rendered = await page.waitForFunction(
        ({ id, path, summary }) => {
          const section = [...document.querySelectorAll("[id]")].find((e) => e.id.toLowerCase() === id);
          const text = section ? (section as HTMLElement).innerText : "";
          return text.includes(path) && text.includes(summary) ? text.length : 0;
        },
        { id: link.slice(2), path: op.path, summary: op.summary },
        { timeout: 15_000 },
      );
      expect(await rendered.jsonValue(), op.operationId).toBeGreaterThan(0);
    }
    expect(pageErrors).toEqual([]);
    // Only the cosmetic Redocly logo may have been attempted; it failed without effect.
    expect(refused.filter((u) => !u.includes("logo"))).toEqual([]);
    await context.close();
  }, 90_000);
});
