import { chromium } from "playwright";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await b.newContext({ offline: true, viewport: { width: 1600, height: 1000 } });
const page = await ctx.newPage();
await page.goto("file:///work/wt/repo/docs/index.html");
await page.waitForSelector("#api-content", { timeout: 30000 });
await page.evaluate(() => (location.hash = "#/models/models.list"));
await page.waitForFunction(() => [...document.querySelectorAll("[id]")].some((e) => e.id === "models/models.list"), undefined, { timeout: 20000 }); await page.waitForTimeout(1000);
console.log(await page.evaluate(() => {
  const id = "models/models.list";
  const section = [...document.querySelectorAll("[id]")].find((e) => e.id.toLowerCase() === id);
  let layout = section; let n = 0;
  while (layout && !layout.querySelector("[data-testid=right-panel]")) { layout = layout.parentElement; n++; }
  const panel = layout?.querySelector("[data-testid=right-panel]");
  const dd = [...(panel?.querySelectorAll("[data-testid=dropdown]") ?? [])].map(d => d.outerHTML.replace(/<svg.*?<\/svg>/g, "").slice(0, 300));
  const row = document.querySelector("[id$='in=headers&path=anthropic-beta']");
  return { n, hasPanel: !!panel, panelText: panel?.innerText.slice(0, 200), dd, row: row?.outerHTML.slice(0, 200), rowParent: row?.parentElement?.innerText.slice(0, 100) };
}));
await b.close();
