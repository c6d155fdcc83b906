/**
 * @module
 * The claude-spec conformance suite: data-driven cases (cases/, described by
 * case.schema.json) run against any Claude API target and checked against the spec, with
 * the reference server as the default target and as the recording upstream of proxies.
 */
export { runConformance, dryRun, selectedCases, summarize, defaultModel, type RunOptions, type RunListener } from "./run/runner.ts";
export { SetupError } from "./run/setup-error.ts";
export type { FaultOverride } from "./run/run-case.ts";
export { loadCases, listCaseFiles, CorpusError } from "./cases/load-cases.ts";
export { selectCases, type Selection } from "./cases/select-cases.ts";
export { caseSchemaPath, casesDir, caseShapeProblems } from "./cases/case-schema.ts";
export { checkCorpus, type CorpusReport } from "./corpus/check-corpus.ts";
export { loadFixtureCases } from "./fixtures/fixture-cases.ts";
export { startEmbeddedServer, type EmbeddedServer } from "./target/embedded-server.ts";
export { UpstreamRecord } from "./target/upstream-record.ts";
export { consoleReporter } from "./report/console-reporter.ts";
export { renderReport, writeReports, reportFormats, type ReportFormat } from "./report/write-reports.ts";
export { Redactor, redactHeaders } from "./report/redact.ts";
export type { CaseResult, ExchangeRecord, RunReport, RunSummary } from "./report/result-types.ts";
export type { CheckResult } from "./checks/check-result.ts";
export type * from "./cases/case-types.ts";
