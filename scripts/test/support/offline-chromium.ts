/** Debian's Chromium, headless, and a browser context with the network cut off, for the offline docs tests. */
import { chromium, type Browser, type BrowserContext } from "playwright";

/** `executablePath`: from `needProgram("chromium", …)` (scripts/lib/outside-programs.ts). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** A context in which every non-file request is refused and listed in `refused`; no service worker can answer either. */
export async function offlineContext(browser: Browser): Promise<{ context: BrowserContext; refused: string[] }> {
  const context = await browser.newContext({ offline: true, serviceWorkers: "block" });
  const refused: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    refused.push(url);
    return route.abort("internetdisconnected");
  });
  return { context, refused };
}
