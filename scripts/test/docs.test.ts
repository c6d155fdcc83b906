/**
 * The HTML reference works offline: built from the spec, opened in a real headless
 * Chromium with every network request refused, it renders every operation, each with a
 * curl and a TypeScript sample, its documentation references as links, real types for the
 * anthropic-beta header, and no link to anything outside the page and the web.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "@claude-spec/generated/operations";
import { buildDocs } from "../build-docs.ts";
import { type CodeSample } from "../lib/docs-spec/code-samples.ts";
import { docsSpec } from "../lib/docs-spec/docs-spec.ts";
import { needProgram } from "../lib/outside-programs.ts";
import { generatedDir } from "../lib/paths.ts";

const chromiumPath = needProgram("chromium", "the offline docs test (scripts/test/docs.test.ts)");
let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!chromiumPath) return;
  dir = mkdtempSync(join(tmpdir(), "claude-spec-docs-"));
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!chromiumPath)("offline reference docs", () => {
  let page: Page;
  let context: BrowserContext;
  const refused: string[] = [];
  const pageErrors: string[] = [];
  // The samples the build put on each operation (the same docs copy of the spec).
  const samplesOf = new Map<string, CodeSample[]>();

  beforeAll(async () => {
    if (!chromiumPath) return;
    const file = buildDocs(join(dir, "index.html"));
    const doc = docsSpec(JSON.parse(readFileSync(join(generatedDir, "openapi.json"), "utf8")));
    for (const op of operations) samplesOf.set(op.operationId, (doc.paths as any)[op.path][op.method]["x-codeSamples"]);
    // No service worker or cache can answer for the network either.
    context = await browser.newContext({ offline: true, serviceWorkers: "block", viewport: { width: 1600, height: 1000 } });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      refused.push(url);
      return route.abort("internetdisconnected");
    });
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.waitForSelector("#api-content", { timeout: 30_000 });
  }, 90_000);

  afterAll(() => context?.close());

  /** Visits an operation by its link and waits until its section shows its path and summary. */
  async function visit(op: (typeof operations)[number]): Promise<string> {
    // Redoc 3 lists every operation in its navigation and renders sections lazily.
    const link = `#/${op.tag.toLowerCase().replace(/\s+/g, "-")}/${op.operationId.toLowerCase()}`;
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
    return link.slice(2);
  }

  it("render every operation with the network cut off", async () => {
    for (const op of operations) await visit(op);
    expect(pageErrors).toEqual([]);
    // Only the cosmetic Redocly logo may have been attempted; it failed without effect.
    expect(refused.filter((u) => !u.includes("logo"))).toEqual([]);
  }, 90_000);

  it("show a curl and a TypeScript sample (our client) on every operation, made from the spec", async () => {
    for (const op of operations) {
      const id = await visit(op);
      const samples = samplesOf.get(op.operationId)!;
      expect(samples.map((s) => s.label).slice(0, 2), op.operationId).toEqual(["curl", "TypeScript"]);
      for (const sample of samples) {
        const shown = await showSample(id, sample.label);
        expect(normalise(shown), `${op.operationId} ${sample.label}`).toBe(normalise(sample.source));
      }
      const [curl, ts] = samples;
      const pathBeforeParams = op.path.split("{")[0]!;
      expect(curl!.source, op.operationId).toContain(`curl https://api.anthropic.com${pathBeforeParams}`);
      expect(curl!.source).toContain('-H "anthropic-version: ');
      expect(ts!.source).toContain('from "@claude-spec/node";');
      expect(ts!.source).toContain(`client.${op.operationId}(`);
    }
  }, 120_000);

  it("link every documentation reference, type the anthropic-beta header, and link nowhere outside", async () => {
    const routes = new Set(["/", ...operations.map((op) => `/${op.tag.toLowerCase().replace(/\s+/g, "-")}`)]);
    let linked = 0;
    for (const op of operations) {
      const id = await visit(op);
      const { bare, anchors } = await page.evaluate((sectionId) => {
        const section = [...document.querySelectorAll("[id]")].find((e) => e.id.toLowerCase() === sectionId)!;
        const middle = section.closest("[data-testid=middle-panel]") ?? section;
        // Every documentation URL in the text, and those that are the text of a link to it.
        const bare = (middle as HTMLElement).innerText.match(/https:\/\/platform\.claude\.com[^\s)"]*/g) ?? [];
        const anchors = [...middle.querySelectorAll("a[href^='https://platform.claude.com']")].filter((a) => a.textContent === a.getAttribute("href")).length;
        return { bare: bare.length, anchors };
      }, id);
      expect(bare, op.operationId).toBeGreaterThan(0);
      expect(anchors, `${op.operationId}: every documentation URL is a link`).toBe(bare);
      linked += anchors;
    }
    expect(linked).toBeGreaterThanOrEqual(42);

    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toContain("Array of any");
    const beta = await page.evaluate(() => {
      const row = [...document.querySelectorAll("[id$='in=headers&path=anthropic-beta']")][0];
      return row?.textContent ?? "";
    });
    expect(beta).toMatch(/^anthropic-beta\s*Array of strings/);

    const hrefs = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!));
    const outside = hrefs.filter((href) => !(href.startsWith("#") || href.startsWith("https://") || routes.has(href.split("#")[0]!)));
    expect(outside).toEqual([]);
    expect(hrefs.filter((href) => /\.md\b|\.\.\/|^file:/.test(href))).toEqual([]);
  }, 120_000);

  /** Picks a sample language in the section's right panel and returns the code shown. */
  async function showSample(sectionId: string, label: string): Promise<string> {
    // The language menu is the dropdown of the section's right panel whose button names a sample.
    const marked = await page.evaluate((id) => {
      document.querySelectorAll("[data-test-language]").forEach((e) => e.removeAttribute("data-test-language"));
      const section = [...document.querySelectorAll("[id]")].find((e) => e.id.toLowerCase() === id)!;
      // The section holds a right panel per part (request, responses); the samples' one has the language menu.
      const menus = [...section.querySelectorAll("[data-testid=right-panel] [data-testid=dropdown] > button")];
      const button = menus.find((b) => /^(curl|TypeScript.*|Payload)$/.test(b.textContent!.trim()));
      const panel = button?.closest("[data-testid=right-panel]");
      if (!button) return false;
      button.setAttribute("data-test-language", "button");
      panel!.setAttribute("data-test-language", "panel");
      return true;
    }, sectionId);
    expect(marked, `${sectionId}: no sample menu`).toBe(true);
    await page.click("[data-test-language=button]");
    await page.locator("[data-component-name='Dropdown/DropdownMenuItem']:visible", { hasText: new RegExp(`^${label.replace(/[()]/g, "\\$&")}$`) }).first().click();
    await page.waitForFunction(() => document.querySelector("[data-test-language=button]")?.textContent?.trim() !== "", undefined, { timeout: 5_000 });
    return page.evaluate(() => document.querySelector("[data-test-language=panel] pre")?.textContent ?? "");
  }
});

/** Code as text, whatever the highlighter's line breaks and indentation of wrapped lines. */
const normalise = (code: string) => code.replace(/\s+/g, " ").trim();
