/**
 * The answer against the spec: the status is one the operation declares, the content
 * type is declared for it, and the body validates (a JSON body, every SSE event's data,
 * every JSONL line) — via @claude-spec/contract, so unknown block, delta and event types
 * pass as the spec's open unions allow.
 */
import { formatViolation, type OperationId, type Violation } from "@claude-spec/contract";
import { fail, pass, show, skip, type CheckResult } from "./check-result.ts";
import type { ResponseView } from "./response-view.ts";
import { specValidator } from "./spec-validator.ts";

const maxShown = 5;

function summarize(violations: readonly Violation[]): string {
  const lines = violations.slice(0, maxShown).map(formatViolation);
  if (violations.length > maxShown) lines.push(`… and ${violations.length - maxShown} more`);
  return lines.join("\n");
}

export function schemaChecks(view: ResponseView, operationId: string): CheckResult[] {
  const v = specValidator();
  const id = operationId as OperationId;
  const status = view.response.status;
  const out: CheckResult[] = [];
  const statusFact = `${operationId} answers only with statuses the spec declares`;
  if (!v.declaresStatus(id, status)) {
    out.push(fail("spec.status", statusFact, { received: String(status), message: `status ${status} is not declared for ${operationId}` }));
    return out;
  }
  const declared = v.responseMediaTypes(id, status);
  const typeFact = `${operationId} ${status} is sent as ${declared.join(" or ") || "no body"}`;
  if (declared.length > 0 && !v.declaresMediaType(id, status, view.mediaType)) {
    out.push(fail("spec.content-type", typeFact, { expected: declared.join(" or "), received: view.response.headers["content-type"] ?? "(absent)" }));
    return out;
  }
  out.push(pass("spec.content-type", typeFact));

  const bodyFact = `the ${operationId} ${status} body validates against the spec`;
  const violations: Violation[] = [];
  if (view.response.events) {
    view.response.events.forEach(({ event }, i) => {
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return; // framing reports data that is not JSON
      }
      violations.push(...v.responseBody(id, status, "text/event-stream", data, `response.sse[${i}].data`));
    });
  } else if (view.mediaType === "application/x-jsonl" || view.mediaType === "application/jsonl") {
    view.text.split("\n").forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        violations.push(...v.responseBody(id, status, view.mediaType, JSON.parse(line), `response.jsonl[${i}]`));
      } catch {
        violations.push({ where: `response.jsonl[${i}]`, pointer: "", rule: "json", message: "the line is not JSON" });
      }
    });
  } else if (view.mediaType === "application/json") {
    if (view.json === undefined) {
      out.push(fail("spec.body", bodyFact, { received: show(view.text.slice(0, 200)), message: `the body is not JSON (${view.jsonError})` }));
      return out;
    }
    violations.push(...v.responseBody(id, status, "application/json", view.json));
  } else {
    out.push(skip("spec.body", bodyFact, `a ${view.mediaType || "untyped"} body has no schema`));
    return out;
  }
  out.push(violations.length ? fail("spec.body", bodyFact, { message: summarize(violations) }) : pass("spec.body", bodyFact));
  return out;
}

/** The response headers the spec declares for this status: values valid, required ones present. */
export function specHeaderCheck(view: ResponseView, operationId: string): CheckResult {
  const fact = `the response headers the spec declares for ${operationId} ${view.response.status} are present and valid`;
  const violations = specValidator().responseHeaders(operationId as OperationId, view.response.status, view.response.headers);
  return violations.length ? fail("spec.headers", fact, { message: summarize(violations) }) : pass("spec.headers", fact);
}
