/**
 * The offline reference covers the platforms: each platform document builds to its own HTML
 * page (docs/<platform>.html), which renders every platform operation in a real headless
 * Chromium with the network cut off.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformOperations } from "@claude-spec/generated/platform-operations";
import { buildDocs } from "../build-docs.ts";
import { launchChromium, offlineContext } from "./support/offline-chromium.ts";
import { needProgram } from "../lib/outside-programs.ts";
import { platformNames, platformSpecRoot } from "../lib/paths.ts";

const chromiumPath = needProgram("chromium", "the platform docs test (scripts/test/platform-docs.test.ts)");

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claude-spec-platform-docs-"));
  if (chromiumPath) browser = await launchChromium(chromiumPath);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!chromiumPath).each(platformNames)("offline reference of %s", (platform) => {
  it("renders every operation of the platform with the network cut off", async () => {
    const file = buildDocs(join(dir, `${platform}.html`), platformSpecRoot(platform), `Claude on ${platform}`);
    const { context, refused } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.waitForSelector("#api-content", { timeout: 30_000 });
    const ids = [...new Set(platformOperations.filter((r) => r.platform === platform).map((r) => r.operationId))];
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      const link = `#/messages/${id.toLowerCase()}`;
      await page.evaluate((hash) => (location.hash = hash), link);
      const row = platformOperations.find((r) => r.operationId === id)!;
      const rendered = await page.waitForFunction(
        ({ anchor, path }) => {
          const section = [...document.querySelectorAll("[id]")].find((e) => e.id.toLowerCase() === anchor);
          const text = section ? (section as HTMLElement).innerText : "";
          return text.includes(path) ? text.length : 0;
        },
        { anchor: link.slice(2), path: row.path },
        { timeout: 15_000 },
      );
      expect(await rendered.jsonValue(), id).toBeGreaterThan(0);
    }
    expect(refused.filter((u) => !u.includes("logo"))).toEqual([]);
    await context.close();
  }, 120_000);
});
