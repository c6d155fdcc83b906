/** `--report json=PATH,junit=PATH,md=PATH,html=PATH`: each requested format written to its file. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { htmlReport } from "./html-report.ts";
import { junitReport } from "./junit-report.ts";
import { markdownReport } from "./markdown-report.ts";
import type { RunReport } from "./result-types.ts";

export type ReportFormat = "json" | "junit" | "md" | "html";
export const reportFormats: readonly ReportFormat[] = ["json", "junit", "md", "html"];

export function renderReport(report: RunReport, format: ReportFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "junit":
      return junitReport(report);
    case "md":
      return markdownReport(report);
    case "html":
      return htmlReport(report);
  }
}

export async function writeReports(report: RunReport, targets: Readonly<Partial<Record<ReportFormat, string>>>): Promise<string[]> {
  const written: string[] = [];
  for (const format of reportFormats) {
    const path = targets[format];
    if (!path) continue;
    const full = resolve(path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, renderReport(report, format));
    written.push(full);
  }
  return written;
}
